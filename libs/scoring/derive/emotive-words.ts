/**
 * Writes rubric/alarmism/emotive-words.json from the lexicon of VADER (Hutto & Gilbert 2014, the
 * `vader-sentiment` package, src/vader_lexicon.js; valences rated by ten human raters on −4…+4):
 * words rated at most −MAX_VALENCE that AFINN (the list the `sentiment` package ships, counted by
 * the negativity signal) does not rate at all. VADER covers emotive words AFINN lacks ("hysteria",
 * "slaughtered", "sinister"), the negative side of loaded wording. Only plain words (letters,
 * inner hyphen or apostrophe): VADER's emoticons and chat acronyms are no newspaper wording. Not
 * tuned on any corpus. Deterministic.
 *
 *   node -r @swc-node/register libs/scoring/derive/emotive-words.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import afinn from 'sentiment/languages/en/labels.json';
import cueLexicon from '../rubric/attribution/cue-lexicon.json';

/** A quarter of VADER's scale: below it are words raters barely found negative. */
const MAX_VALENCE = Number(process.env.MAX_VALENCE ?? -1);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lexicon } = require('vader-sentiment/src/vader_lexicon.js') as { lexicon: Record<string, number> };
const rated = new Set(Object.keys(afinn as Record<string, number>));
// Reporting cues report, whatever a rater felt about them ('argued', 'denied', 'warned').
const cues = new Set((cueLexicon.cues as { forms: string[] }[]).flatMap((c) => c.forms));
/**
 * Dixon's (1982) DIMENSION adjectives and their comparison forms measure ('low numbers', 'the low hundreds', 'a lower
 * estimate'); a rater's valence for them is the figurative sense ('feeling low'), not how a report frames a threat.
 */
const DIMENSION = new Set([
  'big',
  'bigger',
  'biggest',
  'large',
  'larger',
  'largest',
  'small',
  'smaller',
  'smallest',
  'little',
  'littler',
  'littlest',
  'high',
  'higher',
  'highest',
  'low',
  'lower',
  'lowest',
  'long',
  'longer',
  'longest',
  'short',
  'shorter',
  'shortest',
  'deep',
  'deeper',
  'deepest',
  'shallow',
  'shallower',
  'shallowest',
  'wide',
  'wider',
  'widest',
  'narrow',
  'narrower',
  'narrowest',
  'thick',
  'thicker',
  'thickest',
  'thin',
  'thinner',
  'thinnest',
  'tall',
  'taller',
  'tallest',
]);
const words: Record<string, number> = {};
for (const [w, v] of Object.entries(lexicon).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (/^[a-z][a-z'-]*[a-z]$/.test(w) && v <= MAX_VALENCE && !rated.has(w) && !cues.has(w) && !DIMENSION.has(w))
    words[w] = v;
}

const out = {
  description: `Negative emotive words AFINN does not rate: the lexicon of VADER (Hutto & Gilbert 2014, vader-sentiment src/vader_lexicon.js, mean valence of ten human raters on -4..+4), plain words rated ${MAX_VALENCE} or below and absent from AFINN (sentiment/languages/en/labels.json, which the negativity signal counts), so one word has one rating and one reason; surface forms of the reporting cues counted on PolNeAR train (rubric/attribution/cue-lexicon.json 'forms': 'argued', 'denied') are left out, as reporting is not emotion, and so are Dixon's (1982) dimension adjectives and their comparison forms ('low', 'lower'), which measure. They carry the fearful and loaded wording of SemEval-2020 PTC 'Loaded_Language' and 'Appeal_to_fear' that AFINN misses ('hysteria', 'slaughtered', 'sinister'). Written by libs/scoring/derive/emotive-words.ts; the threshold is a quarter of VADER's scale, not tuned on any corpus. The rule skips words another lexicon accounts for (incident verbs, topic nouns, hedges, the other alarm lexicons) and negated words.`,
  maxValence: MAX_VALENCE,
  words,
};
const path = resolve(__dirname, '../rubric/alarmism/emotive-words.json');
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${path}: ${Object.keys(words).length} words\n`);
