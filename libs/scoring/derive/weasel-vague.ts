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

const DERIVED_ON = '2026-12-02';
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
      if (c === '"' && input[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || (c === '\r' && input[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const QUANTIFIERS = ['some', 'many', 'most', 'several', 'numerous', 'certain', 'various', 'few', 'other', 'a number of', 'a few'];
const HOLDERS = [
  'critics', 'experts', 'analysts', 'observers', 'commentators', 'scholars', 'historians', 'people', 'sources', 'researchers',
  'scientists', 'officials', 'fans', 'writers', 'authors', 'reviewers', 'economists', 'theorists', 'academics', 'sceptics', 'skeptics',
  'supporters', 'opponents', 'residents', 'members', 'users', 'authorities', 'accounts', 'reports', 'claims', 'rumours', 'rumors',
];
const OPINION_VERBS = ['say', 'believe', 'argue', 'claim', 'suggest', 'feel', 'think', 'contend', 'maintain', 'consider', 'speculate', 'allege', 'assert', 'insist', 'note', 'hold'];
const PARTICIPLES = [
  'considered', 'regarded', 'believed', 'thought', 'said', 'claimed', 'seen', 'viewed', 'described', 'called', 'reported', 'alleged',
  'rumored', 'rumoured', 'suggested', 'argued', 'held', 'deemed', 'perceived', 'acknowledged', 'accepted', 'recognized', 'recognised',
  'noted', 'estimated', 'suspected', 'speculated', 'credited', 'criticized', 'criticised', 'praised', 'known', 'expected', 'predicted',
  'projected', 'feared', 'understood', 'assumed', 'presumed',
];
const BY_VAGUE = '(?:some|many|others|most|several|critics|experts|scholars|historians|commentators|observers|analysts)';
const ADV = '(?:(?:widely|generally|often|commonly|sometimes|also|frequently|largely|still|now) )?';

/** `anchors`: whole words one of which every match contains (the sentence prefilter and the pattern's own gate use them). */
interface Candidate { family: string; re: string; source: number; anchors: string[] }

/** One candidate per holder noun, opinion verb or participle, each over the whole grammar around it, so counts pool. */
function candidates(): Candidate[] {
  const out: Candidate[] = [];
  const quant = `(?:${QUANTIFIERS.join('|')})`;
  for (const h of HOLDERS) out.push({ family: 'quantified holder', re: `\\b(${quant} (?:\\w+ )?${h})\\b`, source: 1, anchors: [h] });
  for (const v of OPINION_VERBS) out.push({ family: 'quantifier as subject', re: `\\b(${quant}|others) ${v}s?\\b`, source: 1, anchors: [v, `${v}s`] });
  for (const p of PARTICIPLES) {
    out.push({ family: 'passive by a vague agent', re: `\\b(?:is|are|was|were|been|be) ${ADV}${p} by ${BY_VAGUE}\\b`, source: 0, anchors: [p] });
    out.push({ family: 'impersonal passive', re: `\\bit (?:is|was|has been|had been) ${ADV}${p} that\\b`, source: 0, anchors: [p] });
    out.push({ family: 'evaluative passive', re: `\\b(?:is|are|was|were) ${ADV}${p} (?:to be|as)\\b`, source: 0, anchors: [p] });
  }
  out.push({ family: 'according to a vague holder', re: '\\b(?:according to|in the (?:eyes|view|opinion) of) (some|many|others|critics|most)\\b', source: 1, anchors: ['according', 'eyes', 'view', 'opinion'] });
  return out;
}

export function derive(shared: string): object {
  const rows = parseCsv(readFileSync(join(shared, 'external', 'weasel', 'train.csv'), 'utf8'));
  const header = rows.shift() ?? [];
  const ti = header.indexOf('text');
  const li = header.indexOf('label');
  const tune = rows.filter((r) => r.length > Math.max(ti, li)).map((r) => ({ text: r[ti].trim(), label: r[li] === '1' }))
    .filter((r) => fnv1a(r.text) % 2 === 0);
  const positives = tune.filter((r) => r.label).length;
  const kept: object[] = [];
  for (const c of candidates()) {
    const re = new RegExp(c.re, 'i');
    let pos = 0, neg = 0;
    for (const r of tune) if (re.test(r.text)) { if (r.label) pos++; else neg++; }
    if (pos >= MIN_POSITIVES && pos / (pos + neg) >= MIN_PRECISION) kept.push({ re: c.re, source: c.source, family: c.family, anchors: c.anchors, counts: [pos, neg] });
  }
  return {
    description:
      'Weasel-style vague attribution ("some critics", "many believe", "is considered by some", "it has been argued that"), ' +
      `derived on ${DERIVED_ON} by libs/scoring/derive/weasel-vague.ts from the tuning half of the CoNLL-2010 Wikipedia weasel ` +
      `train sentences (${tune.length} sentences, ${positives} labelled uncertain; the half whose text hashes even, as ` +
      'apps/eval/src/external/splits.ts fixes; the held-out half is never read). Candidates come from a small grammar of vague ' +
      'attribution (quantifier + holder noun, quantifier as subject of an opinion verb, passive with a vague agent, impersonal ' +
      `passive, evaluative passive, "according to some"); one is kept when it matches at least ${MIN_POSITIVES} uncertain ` +
      `sentences and at least ${MIN_PRECISION * 100}% of the sentences it matches are uncertain. counts: [uncertain, certain] ` +
      'matches. Used like vague-sources.json: the match is the cue and an anonymous, unnamed source.',
    derivation: { corpus: 'CoNLL-2010 Wikipedia weasel (train.csv)', half: 'fit (tuning)', sentences: tune.length, positives, derivedOn: DERIVED_ON, minPositives: MIN_POSITIVES, minPrecision: MIN_PRECISION },
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
