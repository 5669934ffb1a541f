/**
 * Derives weasel-style vague attribution patterns (rubric/attribution/vague-weasel.json) by counting,
 * on the tuning half of the CoNLL-2010 Wikipedia weasel sentences, how often each candidate pattern
 * from a small grammar of vague attribution ("some critics", "many believe", "is considered by some",
 * "it has been argued that") occurs in sentences labelled uncertain (1) and certain (0). A pattern is
 * kept when it is common and precise enough; the counts go into the file beside it.
 *
 *   node -r @swc-node/register libs/scoring/derive/weasel-vague.ts [sharedDir]
 *
 * Only rows whose text hashes to the tuning half are read (the split of apps/eval/src/external/splits.ts);
 * the held-out half is never opened here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cueLexicon from '../rubric/attribution/cue-lexicon.json';
import { withSpellings } from '../src/attribution/lexicon';

const DERIVED_ON = '2026-12-07';
/** A pattern must match at least this many uncertain (label 1) tuning sentences … */
const MIN_POSITIVES = 4;
/** … and be uncertain in at least this share of the tuning sentences it matches. */
const MIN_PRECISION = 0.75;

/** FNV-1a, 32 bit, as apps/eval/src/external/splits.ts: even hashes are the tuning ('fit') half. */
function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** RFC 4180 rows (quoted fields may hold commas, line breaks and doubled quotes). */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && input[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const QUANTIFIERS = [
  'some',
  'many',
  'most',
  'several',
  'numerous',
  'certain',
  'various',
  'few',
  'other',
  'a number of',
  'a few',
];
/** Human and collective nouns that hold or voice views: the class of people a weasel sentence leaves unnamed. */
const HOLDERS = [
  'critics',
  'experts',
  'analysts',
  'observers',
  'commentators',
  'scholars',
  'historians',
  'people',
  'sources',
  'researchers',
  'scientists',
  'officials',
  'fans',
  'writers',
  'authors',
  'reviewers',
  'economists',
  'theorists',
  'academics',
  'sceptics',
  'skeptics',
  'supporters',
  'opponents',
  'residents',
  'members',
  'users',
  'authorities',
  'accounts',
  'reports',
  'claims',
  'rumours',
  'rumors',
  'journalists',
  'pundits',
  'detractors',
  'admirers',
  'proponents',
  'advocates',
  'believers',
  'followers',
  'specialists',
  'commentaries',
  'readers',
  'viewers',
  'listeners',
  'linguists',
  'philosophers',
  'theologians',
  'physicians',
  'doctors',
  'politicians',
  'activists',
];
/**
 * Verbs that take a reported clause, read from the derived PolNeAR cue lexicon (cue-lexicon.json: lemmas whose verb reading
 * was a gold cue with a 'that' or bare-clause complement), so this class is counted on another corpus, not chosen here;
 * with their British spellings ("emphasised", "recognised"), as the attribution stage reads them.
 */
const CLAUSE_VERBS = [
  ...new Set(
    (cueLexicon.cues as { forms: string[]; verb?: { frames?: Record<string, unknown> } }[])
      .filter((c) => c.verb?.frames && ('that' in c.verb.frames || 'clause' in c.verb.frames))
      .flatMap((c) => withSpellings(c.forms)),
  ),
].sort();
const PARTICIPLES = [
  // The verbs of doubting a claim (rubric 2.3.23): "has been questioned by several analysts", "is disputed by many".
  'questioned',
  'disputed',
  'doubted',
  'contested',
  'considered',
  'regarded',
  'believed',
  'thought',
  'said',
  'claimed',
  'seen',
  'viewed',
  'described',
  'called',
  'reported',
  'alleged',
  'rumored',
  'rumoured',
  'suggested',
  'argued',
  'held',
  'deemed',
  'perceived',
  'acknowledged',
  'accepted',
  'recognized',
  'recognised',
  'noted',
  'estimated',
  'suspected',
  'speculated',
  'credited',
  'criticized',
  'criticised',
  'praised',
  'known',
  'expected',
  'predicted',
  'projected',
  'feared',
  'understood',
  'assumed',
  'presumed',
];
/**
 * Participles of cognition and evaluation (verbs of judging someone or something to be so): with "as"/"to be" and no
 * agent they credit a judgement to nobody ("is regarded as"). Verbs of perception, description and naming ("seen as",
 * "described as", "known as") are left out: they as often report what something looks like or is called.
 */
const JUDGING = [
  'considered',
  'regarded',
  'deemed',
  'believed',
  'thought',
  'perceived',
  'viewed',
  'reckoned',
  'reputed',
  'hailed',
  'touted',
  'judged',
  // Verbs of praising and condemning take the same 'X as Y' judgement ('was condemned as propaganda', 'was heralded as a triumph').
  'heralded',
  'lauded',
  'acclaimed',
  'praised',
  'criticized',
  'criticised',
  'condemned',
  'denounced',
  'derided',
  'dismissed',
  'decried',
  'ridiculed',
];
const ADV =
  '(?:(?:widely|generally|often|commonly|sometimes|also|frequently|largely|still|now|increasingly|popularly|traditionally|universally) )?';

/** `anchors`: whole words one of which every match contains (the sentence prefilter and the pattern's own gate use them). */
/**
 * `requires`: words one of which every match also contains, checked (by attribution/vague.ts) only once an anchor is
 * present: a family anchored on common verbs or participles ("said", "known") is then tried only where a quantifier or
 * a vague agent also stands, which keeps the attribution stage fast.
 */
interface Candidate {
  family: string;
  re: string;
  source: number;
  anchors: string[];
  requires?: string[];
}

const alt = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;

/**
 * One candidate per family, each over its whole word classes, so counts pool and a family is kept or dropped as a
 * mechanism, never word by word: a holder noun or verb the tuning half never shows is covered as soon as it is in the class.
 */
/** The single words of the quantifier class, one of which any quantified phrase contains. */
const QUANTIFIER_WORDS = [...new Set(QUANTIFIERS.map((q) => q.split(' ').pop() as string))];

function candidates(): Candidate[] {
  const quant = alt(QUANTIFIERS);
  const holder = alt(HOLDERS);
  const verbs = alt(CLAUSE_VERBS);
  const vagueAgent = `(?:${quant} (?:\\w+ )?${holder}|${holder}|some|many|others|most|several)`;
  return [
    {
      family: 'quantified holder voicing a view',
      re: `\\b(${quant} (?:\\w+ ){0,2}${holder})(?: \\w+ly)?(?: (?:have|had|also|still|would|do|did|now|often))? ${verbs}\\b`,
      source: 1,
      anchors: HOLDERS,
      requires: QUANTIFIER_WORDS,
    },
    {
      family: 'quantifier as the subject of a view',
      re: `(?<=^|[,;:] |\\b(?:and|but|while|whereas|although|though|that) )\\b((?:some|many|most|others|several|a number|a few|few))(?: \\w+ly)?(?: (?:have|had|would|also|still|even|do|did))? ${verbs}\\b`,
      source: 1,
      anchors: CLAUSE_VERBS,
      requires: ['some', 'many', 'most', 'others', 'several', 'number', 'few'],
    },
    {
      family: 'passive by a vague agent',
      re: `\\b(?:is|are|was|were|been|be|being) ${ADV}${alt(PARTICIPLES)} by (${vagueAgent})\\b`,
      source: 1,
      anchors: PARTICIPLES,
      requires: [...new Set([...QUANTIFIER_WORDS, 'others', ...HOLDERS])],
    },
    {
      family: 'impersonal passive',
      re: `\\bit (?:is|was|has been|had been) ${ADV}${alt(PARTICIPLES)} that\\b`,
      source: 0,
      anchors: PARTICIPLES,
    },
    {
      family: 'evaluative passive',
      re: `\\b(?:is|are|was|were|has been|have been|had been) ${ADV}${alt(JUDGING)} (?:to be|as)\\b(?! (?:a |an |the )?(?:result|part|well|soon|long|far|much|many|follows))`,
      source: 0,
      anchors: JUDGING,
    },
    {
      family: 'according to a vague holder',
      re: `\\b(?:according to|in the (?:eyes|view|opinion) of) (some|many|others|critics|most|${quant} (?:\\w+ )?${holder})\\b`,
      source: 1,
      anchors: ['according', 'eyes', 'view', 'opinion'],
    },
  ];
}

export function derive(shared: string): object {
  const rows = parseCsv(readFileSync(join(shared, 'external', 'weasel', 'train.csv'), 'utf8'));
  const header = rows.shift() ?? [];
  const ti = header.indexOf('text');
  const li = header.indexOf('label');
  const tune = rows
    .filter((r) => r.length > Math.max(ti, li))
    .map((r) => ({ text: r[ti].trim(), label: r[li] === '1' }))
    .filter((r) => fnv1a(r.text) % 2 === 0);
  const positives = tune.filter((r) => r.label).length;
  const kept: object[] = [];
  for (const c of candidates()) {
    const re = new RegExp(c.re, 'i');
    let pos = 0,
      neg = 0;
    for (const r of tune)
      if (re.test(r.text)) {
        if (r.label) pos++;
        else neg++;
      }
    if (require.main === module) console.log(`${c.family}: ${pos} uncertain, ${neg} certain`);
    if (pos >= MIN_POSITIVES && pos / (pos + neg) >= MIN_PRECISION)
      kept.push({
        re: c.re,
        source: c.source,
        family: c.family,
        anchors: c.anchors,
        ...(c.requires ? { requires: c.requires } : {}),
        counts: [pos, neg],
      });
  }
  return {
    description:
      'Weasel-style vague attribution ("some critics argue", "many believe", "is considered by some", "it has been argued that"), ' +
      `derived on ${DERIVED_ON} by libs/scoring/derive/weasel-vague.ts from the tuning half of the CoNLL-2010 Wikipedia weasel ` +
      `train sentences (${tune.length} sentences, ${positives} labelled uncertain; the half whose text hashes even, as ` +
      'apps/eval/src/external/splits.ts fixes; the held-out half is never read). Candidates come from a small grammar of vague ' +
      'attribution, one pattern per family over whole word classes (quantified holder noun voicing a view, quantifier as the ' +
      'subject of a view, passive with a vague agent, impersonal passive, agentless evaluative passive, "according to some"; ' +
      'holder nouns and judging participles are linguistic classes listed in the script, the verbs of a view are the derived ' +
      "PolNeAR cue lexicon's verbs with a that- or clause complement); a family is kept or dropped as a whole, never word by " +
      `word, when it matches at least ${MIN_POSITIVES} uncertain ` +
      `sentences and at least ${MIN_PRECISION * 100}% of the sentences it matches are uncertain. counts: [uncertain, certain] ` +
      'matches. Used like vague-sources.json: the match is the cue and an anonymous, unnamed source.',
    derivation: {
      corpus: 'CoNLL-2010 Wikipedia weasel (train.csv)',
      half: 'fit (tuning)',
      sentences: tune.length,
      positives,
      derivedOn: DERIVED_ON,
      minPositives: MIN_POSITIVES,
      minPrecision: MIN_PRECISION,
    },
    patterns: kept,
  };
}

if (require.main === module) {
  const shared = resolve(process.argv[2] ?? join(__dirname, '../../../../shared'));
  const out = join(__dirname, '../rubric/attribution/vague-weasel.json');
  const lexicon = derive(shared) as { patterns: unknown[] };
  writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
  console.log(`wrote ${lexicon.patterns.length} patterns to ${out}`);
}
