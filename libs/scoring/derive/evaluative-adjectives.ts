/**
 * Writes rubric/alarmism/evaluative-adjectives.json from the English lexicon of Pattern (De Smedt &
 * Daelemans 2012, shipped in the `natural` package): adjectives rated strongly subjective
 * (subjectivity >= 0.8), strongly polar (|polarity| >= 0.5) and rated with confidence >= 0.9, praise and blame alike, the mark of
 * loaded wording ("despicable", "heroic", "absurd", "stunning"). Adjectives AFINN already rates
 * negative are left out: the negativity signal counts them. Deterministic.
 *
 *   node -r @swc-node/register libs/scoring/derive/evaluative-adjectives.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pattern from 'natural/lib/natural/sentiment/English/pattern-sentiment-en.json';
import afinn from 'sentiment/languages/en/labels.json';

const MIN_SUBJECTIVITY = Number(process.env.MIN_SUBJECTIVITY ?? 0.8);
const MIN_POLARITY = Number(process.env.MIN_POLARITY ?? 0.5);
/** Pattern's own confidence in the rating; below it are sense-collapsed ratings of everyday words ('own', 'true', 'latest'). */
const MIN_CONFIDENCE = Number(process.env.MIN_CONFIDENCE ?? 0.9);

interface PatternEntry {
  pos: string;
  polarity: string;
  subjectivity: string;
  confidence: string;
}

const afinnScores = new Map<string, number>(Object.entries(afinn as Record<string, number>));
const terms = Object.entries(pattern as unknown as Record<string, PatternEntry>)
  .filter(
    ([w, e]) =>
      /^[a-z][a-z-]*[a-z]$/.test(w) &&
      e.pos === 'JJ' &&
      +e.subjectivity >= MIN_SUBJECTIVITY &&
      Math.abs(+e.polarity) >= MIN_POLARITY &&
      +e.confidence >= MIN_CONFIDENCE,
  )
  .filter(([w]) => (afinnScores.get(w) ?? 0) >= 0)
  .map(([w]) => `=${w}`)
  .sort();

const out = {
  description: `Evaluative adjectives: strongly subjective and strongly polar adjectives, praise and blame alike, a mark of loaded wording (SemEval-2020 PTC 'Loaded_Language'). Origin: the English lexicon of Pattern (De Smedt & Daelemans 2012, natural/lib/natural/sentiment/English/pattern-sentiment-en.json), adjectives (JJ) with subjectivity >= ${MIN_SUBJECTIVITY}, |polarity| >= ${MIN_POLARITY} and Pattern's confidence >= ${MIN_CONFIDENCE} (below it are sense-collapsed ratings of everyday words: 'own', 'true', 'latest', 'common'), less those AFINN already rates negative (the negativity signal counts them). Written by libs/scoring/derive/evaluative-adjectives.ts; not tuned on any corpus. Words another lexicon accounts for (hedges such as 'impossible', 'unlikely') are skipped by the rule.`,
  terms,
};
const path = resolve(__dirname, '../rubric/alarmism/evaluative-adjectives.json');
writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
console.log(`${terms.length} evaluative adjectives → ${path}`);
