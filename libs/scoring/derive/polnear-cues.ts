/**
 * Derives the reporting-cue lexicon (rubric/attribution/cue-lexicon.json) from the gold `Cue` spans
 * of PolNeAR train: every content word of the corpus is lemmatised, read as verb or noun and placed
 * in a complement frame with the same functions the attribution stage uses at run time
 * (src/attribution/frames.ts); a (lemma, reading, frame) is kept when it is a gold cue often enough
 * and more often than not. Deterministic: the same corpus gives the same file.
 *
 *   node -r @swc-node/register libs/scoring/derive/polnear-cues.ts [sharedDir]
 *
 * Only PolNeAR `train` is read (the split fixed for deriving cues); `dev` stays held out.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize, type Token } from '../src/attribution/tokens';
import { frameAt, readingAt } from '../src/attribution/frames';
import { AUTHOR_SUBJECT, isAdverb, isCueCandidate, lemmaOf, CLOSED_CLASS } from './lemmas';

/** When the numbers were taken; fixed so that re-running gives a byte-identical file. */
const DERIVED_ON = '2026-12-02';
/**
 * Lemmas left out whatever their counts, each for a linguistic reason that the counts cannot see.
 * Written into the lexicon beside the kept entries so the exclusion is as visible as the data.
 */
export const EXCLUDED: Record<string, string> = {
  seem: 'evidential raising verb: "the road seems safe" is the author hedging, which the hedging rules score; the in-domain guide does not count it as attribution',
  appear: 'evidential raising verb, as seem',
  know: 'factive verb (Kiparsky & Kiparsky 1970): "X knows that P" has the author vouch for P, so P is not relayed from X',
  learn: 'factive verb, as know',
  realiz: 'factive verb, as know',
  understand: 'factive verb, as know',
  rememb: 'factive verb, as know',
  regret: 'factive verb, as know',
  notic: 'factive verb, as know',
  discov: 'factive verb, as know',
  awar: 'factive adjective ("aware that"), as know',
  clear: 'epistemic adjective: "it is clear that", "far from clear whether" is the author\'s own judgement or hedge',
  unclear: 'epistemic adjective, as clear',
  fire: 'physical-force verb: "fired back" is a reporting metaphor in political news but gunfire in conflict reporting, this tool\'s domain',
  shot: 'physical-force verb, as fire ("shot back")',
  shoot: 'physical-force verb, as fire',
  attack:
    'physical-force verb, as fire: "attacked the plan" in politics, "attacked the checkpoint" in conflict reporting',
  blast: 'physical-force verb, as fire ("blasted the bill"; "blasting caps", "the blast")',
  strike: 'physical-force verb, as fire',
  hit: 'physical-force verb, as fire',
  target: 'physical-force verb, as fire',
  posit:
    'the Porter stem joins "position(ed)" and "positive" to "posit": "forces positioned on the ridge" is no report',
  care: 'the stem joins "careful" ("careful planning") to "care"',
  stand: 'posture verb: "stood by his remarks" in politics, "forces stood by" in conflict reporting',
  go: 'motion verb: "went on to say" in politics, "the patrol went out" in conflict reporting',
  requir: 'deontic, not a report: a rule or law "requires" something of someone',
  order:
    'a command, not a report: "the district leader ordered his group to prepare IEDs" describes an act of command in conflict reporting',
  identifi:
    'in military reporting "positively identified a weapon" is target identification, an action; the passive "identified … by ISAF" is a hand-listed cue (cue-verbs.json passiveByAgent)',
  'question object':
    '"questioned the occupants" is interrogation in incident reports (issue 9 lists it among operational verbs); "questioned that …" stays',
  'call p-out':
    '"called out for all occupants to exit" is an operational call-out in raid reports, not a statement ("called out X" as criticism is the political sense)',
  accord:
    '"according to" is a fixed object-source phrase handled by cue-verbs.json objectSource, with its own source rules',
  want: 'volition verb (Quirk et al. 1985 §16.40, verbs of wanting and intending): "the IMU plans to launch attacks", "China wants influence" report no content from their subject; the writer asserts the subject\'s aim, which the in-domain guide does not count as attribution and the threat rules must read as the writer\'s own claim. PolNeAR counts intentions, so this costs recall there (README, version 2.3.11)',
  plan: 'volition verb, as want',
  intend: 'volition verb, as want',
  decid:
    'decision verb with a to-infinitive, as want ("Tajikistan decided to close the border" is the writer\'s account of what it did)',
  look: '"looking to" is a volition verb, as want',
  will: '"willing to" is a disposition adjective (Quirk et al. 1985 §16.75: willing, inclined, eager, reluctant), as want',
  inclin: '"inclined to" is a disposition adjective, as willing',
  'vote to': '"voted to approve" reports an act, not its subject\'s words; "voted against" stays, as PolNeAR counts it',
  'hope to':
    '"hope" with a to-infinitive is a volition verb, as want ("the militants hope to seize the district"); "hopes that …" stays, an attitude report as "believes that" is',
};

/** A lemma must be a gold cue at least this often in train to be considered at all. */
const MIN_LEMMA_CUES = 8;
/** A (reading, frame) of a kept lemma must be a gold cue at least this often … */
const MIN_FRAME_CUES = 4;
/** A surface form must itself occur inside a gold cue at least this often to be matched. */
const MIN_FORM_CUES = 2;
/** A frame seen at least this often is judged on its own counts; a rarer one takes its lemma's rate (back-off). */
const MIN_FRAME_EVIDENCE = 6;
/** … and in at least this share of its occurrences in train (a majority: a cue more often than not). */
const MIN_FRAME_RATE = 2 / 3;

interface Stat {
  cue: number;
  total: number;
}
interface LemmaStat extends Stat {
  forms: Map<string, number>;
  frames: Map<string, Stat>;
}

/** Character spans of the brat text-bound annotations of one kind ("Cue", "Content"). */
function spansOf(ann: string, kind: string): [number, number][] {
  const out: [number, number][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body?.startsWith(`${kind} `)) continue;
    for (const part of body.slice(kind.length + 1).split(';')) {
      const [s, e] = part.trim().split(' ').map(Number);
      if (Number.isFinite(s) && Number.isFinite(e)) out.push([s, e]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The split's articles; where several annotators labelled one, the first .ann in sorted order (as the evaluation does). */
function articles(dir: string): { text: string; cues: [number, number][]; contents: [number, number][] }[] {
  const chosen = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions'))
    .filter((x) => x.endsWith('.ann'))
    .sort()) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, f);
  }
  return [...chosen].map(([name, f]) => {
    const ann = readFileSync(join(dir, 'attributions', f), 'utf8');
    return {
      text: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'),
      cues: spansOf(ann, 'Cue'),
      contents: spansOf(ann, 'Content'),
    };
  });
}

function inside(spans: [number, number][], t: Token): boolean {
  for (const [s, e] of spans) if (t.start >= s && t.end <= e) return true;
  return false;
}

export function derive(shared: string): object {
  const dir = join(shared, 'external', 'polnear', 'train');
  const docs = articles(dir);
  const stats = new Map<string, LemmaStat>();
  let tokensSeen = 0;
  for (const d of docs) {
    const tokens = tokenize(d.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // The author's own voice ("I think", "we want") is never credited at run time, so it is not counted either.
      if (!isCueCandidate(tokens, i) || CLOSED_CLASS.has(t.lower) || isAdverb(t.lower) || AUTHOR_SUBJECT(tokens, i))
        continue;
      tokensSeen++;
      const lemma = lemmaOf(t.lower);
      const s = stats.get(lemma) ?? { cue: 0, total: 0, forms: new Map(), frames: new Map() };
      stats.set(lemma, s);
      const isCue = inside(d.cues, t) ? 1 : 0;
      // Inside someone else's reported content annotators rarely mark a nested cue, and the sentence is attributed
      // anyway: an unmarked word there is no evidence against it, so only cues are counted there.
      if (!isCue && inside(d.contents, t)) continue;
      s.cue += isCue;
      s.total++;
      if (isCue) s.forms.set(t.lower, (s.forms.get(t.lower) ?? 0) + 1);
      const key = `${readingAt(tokens, i)} ${frameAt(tokens, i + 1)}`;
      const f = s.frames.get(key) ?? { cue: 0, total: 0 };
      f.cue += isCue;
      f.total++;
      s.frames.set(key, f);
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const cues: object[] = [];
  for (const [lemma, s] of [...stats].sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1))) {
    if (s.cue < MIN_LEMMA_CUES || lemma in EXCLUDED) continue;
    const readings: Record<string, object> = {};
    for (const reading of ['verb', 'noun']) {
      const frames = [...s.frames]
        .filter(([k]) => k.startsWith(`${reading} `))
        .map(([k, f]) => [k.slice(reading.length + 1), f] as const)
        .sort((a, b) => b[1].cue - a[1].cue || b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
      const cue = frames.reduce((n, [, f]) => n + f.cue, 0);
      const total = frames.reduce((n, [, f]) => n + f.total, 0);
      // Back-off: a frame seen too rarely to judge takes the rate of the lemma in this reading.
      const others = cue >= MIN_LEMMA_CUES && cue / total >= MIN_FRAME_RATE;
      const kept: Record<string, [number, number]> = {};
      const rejected: Record<string, [number, number]> = {};
      for (const [frame, f] of frames) {
        const excluded = `${lemma} ${frame}` in EXCLUDED;
        if (!excluded && f.cue >= MIN_FRAME_CUES && f.cue / f.total >= MIN_FRAME_RATE) kept[frame] = [f.cue, f.total];
        // A preposition is chosen by its verb ("call for", "talk about"): particle frames must be attested, never backed off.
        else if (others && (f.total >= MIN_FRAME_EVIDENCE || excluded || frame.startsWith('p-')))
          rejected[frame] = [f.cue, f.total];
      }
      if (Object.keys(kept).length > 0 || others)
        readings[reading] = { rate: [cue, total], others, frames: kept, ...(others ? { rejected } : {}) };
    }
    if (Object.keys(readings).length === 0) continue;
    // A form seen once inside a cue may be a different word with the same stem ("positive" for "posit").
    const forms = [...s.forms]
      .filter(([, n]) => n >= MIN_FORM_CUES)
      .map(([w]) => w)
      .sort();
    cues.push({ lemma, cue: s.cue, total: s.total, rate: round(s.cue / s.total), forms, ...readings });
  }
  return {
    description:
      `Reporting cues counted, not remembered: the lemmas of gold Cue spans in PolNeAR v1.0 train (${docs.length} articles, ` +
      `first annotator's .ann in sorted order; ${tokensSeen} content-word tokens), derived on ${DERIVED_ON} by ` +
      'libs/scoring/derive/polnear-cues.ts. Each token is lemmatised (lower case, English irregular verb forms, Porter stem), ' +
      'read as a verb or a noun from the word before it, and placed in the complement frame that follows it (that-clause, ' +
      'bare clause, quotation/colon, to-infinitive, object, sentence end, comma, or a particle p-for/p-on/…), by the same ' +
      'functions the attribution stage runs (src/attribution/frames.ts). A lemma is kept when it is a gold cue at least ' +
      `${MIN_LEMMA_CUES} times; a frame of it when it is a gold cue at least ${MIN_FRAME_CUES} times and in at least ` +
      'two thirds of its occurrences in that frame ([gold cue count, occurrences]). Back-off: when a lemma is a cue in two ' +
      `thirds of all its occurrences in a reading (others: true), a clausal or nominal frame seen fewer than ${MIN_FRAME_EVIDENCE} ` +
      'times takes that rate and counts too (a preposition is chosen by its verb, so p- frames must be attested); frames seen ' +
      'that often and below the rate are listed as rejected. PolNeAR counts beliefs and ' +
      'intentions (believe, want, hope, promise) as attributions, so they are here by count. Not counted: closed-class words, ' +
      '-ly adverbs ("publicly said") and words whose subject is I/we/you (the author\'s voice, never credited); inside another ' +
      "attribution's Content span only gold cues are counted, since annotators rarely mark nested cues there and the sentence " +
      'is attributed anyway (so rates are measured where the cue decides the sentence). ' +
      `forms: the surface forms seen inside a gold cue at least ${MIN_FORM_CUES} times. ` +
      'excluded: lemmas (or "lemma frame" pairs) left out for the reason given, whatever their counts.',
    derivation: {
      corpus: 'PolNeAR v1.0',
      split: 'train',
      articles: docs.length,
      derivedOn: DERIVED_ON,
      minLemmaCues: MIN_LEMMA_CUES,
      minFrameCues: MIN_FRAME_CUES,
      minFrameRate: MIN_FRAME_RATE,
      minFrameEvidence: MIN_FRAME_EVIDENCE,
      minFormCues: MIN_FORM_CUES,
    },
    excluded: EXCLUDED,
    cues,
  };
}

if (require.main === module) {
  const shared = resolve(process.argv[2] ?? join(__dirname, '../../../../shared'));
  const out = join(__dirname, '../rubric/attribution/cue-lexicon.json');
  const lexicon = derive(shared) as { cues: unknown[] };
  writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
  console.log(`wrote ${lexicon.cues.length} cue lemmas to ${out}`);
}
