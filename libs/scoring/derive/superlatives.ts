/**
 * Writes rubric/alarmism/superlatives.json: the morphological superlatives of English ('deadliest',
 * 'biggest', 'worst', 'greatest'), a closed grammatical class — the form by which exaggeration ranks
 * a thing above all others. Origin: the lexicon of the Brill part-of-speech tagger shipped with
 * natural (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json), lower-case
 * words whose most frequent tag (the first) is JJS or RBS. Left out: 'most' and 'least', which
 * mostly quantify ('most of the fighters'), superlatives of time, age and position ('latest', 'nearest'), and words another alarm signal rates (AFINN negative
 * words such as 'worst': negativity). Not tuned on any corpus. Deterministic.
 *
 *   node -r @swc-node/register libs/scoring/derive/superlatives.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import brill from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
import afinn from 'sentiment/languages/en/labels.json';

const QUANTIFIERS = new Set(['most', 'least']);
/**
 * Superlatives of time, age and position order things rather than exaggerate them ('the latest
 * report', 'the nearest village'); 'midwest' and 'lastest' are tagging errors of the lexicon.
 */
const ORDERING = new Set([
  'earliest',
  'latest',
  'lastest',
  'newest',
  'oldest',
  'eldest',
  'youngest',
  'yongst',
  'soonest',
  'nearest',
  'closest',
  'farthest',
  'furthest',
  'uppermost',
  'midwest',
]);
const afinnNegative = new Set(
  Object.entries(afinn as Record<string, number>)
    .filter(([, v]) => v < 0)
    .map(([w]) => w),
);
const words = Object.entries(brill as unknown as Record<string, string[]>)
  .filter(
    ([w, tags]) =>
      /^[a-z]+$/.test(w) &&
      (tags[0] === 'JJS' || tags[0] === 'RBS') &&
      !QUANTIFIERS.has(w) &&
      !ORDERING.has(w) &&
      !afinnNegative.has(w),
  )
  .map(([w]) => w)
  .sort();

const out = {
  description: `Superlatives, a closed grammatical class: exaggeration ranks a thing above all others ('the deadliest', 'the biggest ever'). Origin: the Brill part-of-speech tagger's lexicon shipped with natural (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json), lower-case words whose most frequent tag is JJS or RBS, less 'most' and 'least' (mostly quantifiers: 'most of the fighters'), superlatives of time, age and position that order rather than exaggerate ('latest', 'oldest', 'nearest'; tagging errors 'midwest', 'lastest', 'yongst') and AFINN's negative words ('worst': the negativity signal rates them). Written by libs/scoring/derive/superlatives.ts; not tuned on any corpus. The rule also reads 'the most' + adjective (the periphrastic superlative, rubric 2.3.23) and a comparative against a universal standard ('stronger than ever', 'more dangerous than any other'; Quirk et al. 1985 §7.82, rubric 2.3.24) as superlatives: 'most', 'ever' and 'any' count only in those frames (rules/alarmism/superlatives.ts).`,
  words,
};
const path = resolve(__dirname, '../rubric/alarmism/superlatives.json');
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${path}: ${words.length} words\n`);
