/**
 * Writes rubric/alarmism/loaded-words.json: negative loaded words neither AFINN nor VADER rate
 * ("despicable", "demonic", "scurrilous", "bogus", "massacre", "thugs"), from ML-SentiCon (Cruz,
 * Troyano, Pontes & Ortega 2014; English layer shipped with `natural`,
 * natural/lib/natural/sentiment/English/senticon_en.json): lemmas with a mean polarity of
 * -MIN_POLARITY or below, graded by that polarity. Not tuned on any corpus. Deterministic.
 *
 * Entries are surface forms: each lemma with its regular inflections ("thugs"). Porter stems were
 * tried and dropped: they join homographs ('base' the vice and 'based'). SentiCon rates one sense
 * of a word, often a rare one for a common word ('despite' the noun, 'off' the verb): a form is kept
 * only when the Brill tagger's lexicon gives the rated part of speech as its most frequent tag.
 * Left out, so that one word gives one reason: words AFINN rates (the negativity signal, or positive
 * by AFINN's raters), VADER's emotive words (emotive-word), the absolutes, surface forms of the
 * PolNeAR reporting cues (reporting is not emotion), and natural's stopwords.
 *
 *   node -r @swc-node/register libs/scoring/derive/loaded-words.ts
 *
 * Tried first and dropped: log-odds of words inside SemEval PTC alarm-technique spans against
 * technique-free lines on the fit half (Monroe et al. 2008, informative Dirichlet prior). Alarm
 * spans of 95 articles hold too few tokens: at z >= 3 in >= 5 articles 3 words survived, at
 * z >= 2 in >= 3 articles 28 mostly topical ones ("history", "world", "clergy").
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import senticon from 'natural/lib/natural/sentiment/English/senticon_en.json';
import brill from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
import afinn from 'sentiment/languages/en/labels.json';
import absolutes from '../rubric/alarmism/absolutes.json';
import emotive from '../rubric/alarmism/emotive-words.json';
import cueLexicon from '../rubric/attribution/cue-lexicon.json';

/** Half of SentiCon's -1..+1 scale: below it the ratings turn to everyday nouns ("names", "beef", "frequent"). */
const MIN_POLARITY = Number(process.env.MIN_POLARITY ?? 0.5);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { words: stopwords } = require('natural/lib/natural/util/stopwords') as { words: string[] };

interface Entry {
  pos: string;
  pol: string;
  std: string;
}
const lemmas = Object.entries(senticon as unknown as Record<string, Entry>)
  .filter(([w]) => /^[a-z][a-z'-]*[a-z]$/.test(w))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const rating = new Map(lemmas.map(([w, e]) => [w, +e.pol]));

const left = new Set<string>([
  ...Object.keys(afinn as Record<string, number>),
  ...Object.keys(emotive.words),
  ...absolutes.words,
  ...(cueLexicon.cues as { forms: string[] }[]).flatMap((c) => c.forms),
  ...stopwords,
]);

const sibilant = /(s|x|z|ch|sh)$/;
const consonantY = /[^aeiou]y$/;
const plural = (w: string) => (consonantY.test(w) ? `${w.slice(0, -1)}ies` : sibilant.test(w) ? `${w}es` : `${w}s`);
const past = (w: string) => (w.endsWith('e') ? `${w}d` : consonantY.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`);
const gerund = (w: string) => (w.endsWith('e') && !w.endsWith('ee') ? `${w.slice(0, -1)}ing` : `${w}ing`);

/** The lemma and its regular inflections (standard English morphology; no consonant doubling, no irregular forms), each with its Penn tag prefix. */
function forms(w: string, pos: string): [string, string][] {
  if (pos === 'n')
    return [
      [w, 'NN'],
      [plural(w), 'NNS'],
    ];
  if (pos === 'v')
    return [
      [w, 'VB'],
      [plural(w), 'VBZ'],
      [past(w), 'VB'],
      [gerund(w), 'VBG'],
    ];
  return [[w, pos === 'a' ? 'JJ' : 'RB']];
}

const tags = brill as unknown as Record<string, string[]>;
/**
 * SentiCon rates one sense, and for a common word often a rare one ('despite' the noun, 'off' the
 * verb, 'fell' the adjective). The Brill tagger's lexicon (shipped with natural, first tag = the
 * word's most frequent) says how the word is mostly used: a form is kept when that first tag has
 * the rated part of speech. A form the lexicon knows only capitalised is a name; one it does not
 * know at all is a rare word, kept.
 */
function mostlyUsedAs(form: string, tag: string): boolean {
  const t = tags[form];
  if (t) return t[0] === tag || (t[0].startsWith(tag) && !t[0].startsWith('NNP'));
  return !tags[form[0].toUpperCase() + form.slice(1)];
}

/**
 * A plural noun SentiCon rates as a lemma of its own, while the singular is a common noun (Brill's
 * first tag NN) it does not rate, names a plural-only sense: 'the elements' (the weather), 'names'
 * (insults), 'weeds' (mourning dress). The everyday plural ('insurgent elements') is not loaded.
 */
function pluralOnlySense(w: string, pos: string): boolean {
  if (pos !== 'n' || !w.endsWith('s')) return false;
  return [w.slice(0, -1), w.replace(/es$/, '')].some((x) => x !== w && tags[x]?.[0] === 'NN' && !rating.has(x));
}

const byForm = new Map<string, number>();
for (const [w, e] of lemmas) {
  const pol = +e.pol;
  if (pol > -MIN_POLARITY || pluralOnlySense(w, e.pos)) continue;
  for (const [f, tag] of forms(w, e.pos)) {
    // A form that is another lemma keeps that lemma's own rating; a form another signal rates is left to it.
    if (left.has(f) || (f !== w && rating.has(f)) || !mostlyUsedAs(f, tag)) continue;
    const prev = byForm.get(f);
    if (prev === undefined || pol < prev) byForm.set(f, pol);
  }
}

const words = Object.fromEntries([...byForm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const out = {
  description: `Negative loaded words AFINN and VADER do not rate ('despicable', 'demonic', 'scurrilous', 'bogus', 'massacre', 'thugs'), graded: ML-SentiCon (Cruz, Troyano, Pontes & Ortega 2014, English layer shipped with natural: natural/lib/natural/sentiment/English/senticon_en.json), single-word lemmas of mean polarity <= -${MIN_POLARITY} (half its -1..+1 scale; below it the ratings reach everyday nouns), with their regular inflections (nouns: plural; verbs: -s, -ed, -ing; no irregular forms), a form that is itself a SentiCon lemma keeping its own rating; a form is kept only when its most frequent tag in the Brill tagger's lexicon (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json, first tag) is the part of speech SentiCon rated, since SentiCon often rates a rare sense of a common word ('despite' the noun, 'off' the verb), and a form the lexicon knows only capitalised is a name; a plural lemma whose common singular SentiCon does not rate is a plural-only sense ('the elements', 'names') and is left out. Left out so one word gives one reason: words AFINN rates (sentiment/languages/en/labels.json), VADER's emotive words (emotive-words.json), absolutes.json, the PolNeAR reporting-cue forms (cue-lexicon.json: reporting is not emotion), natural's stopwords. Written by libs/scoring/derive/loaded-words.ts; not tuned on any corpus. The rule skips words another lexicon accounts for (incident verbs, topic nouns, hedges, the alarm lexicons) and negated words; a word's points scale with its polarity.`,
  minPolarity: MIN_POLARITY,
  words,
};
const path = resolve(__dirname, '../rubric/alarmism/loaded-words.json');
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${path}: ${byForm.size} forms\n`);
