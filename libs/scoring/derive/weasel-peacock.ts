/**
 * Writes rubric/hedging/peacock-adjectives.json: the praise adjectives whose superlative ("the most
 * popular", "Ireland's most prominent") ranks something among its peers with no judge named, the
 * peacock class of Wikipedia's "Manual of Style/Words to watch". Origin: the English lexicon of
 * Pattern (De Smedt & Daelemans 2012, shipped in `natural`), adjectives rated praising (polarity >=
 * 0.5) and at least half subjective (subjectivity >= 0.5): a rank in such a quality is an opinion,
 * unlike "the most populous" or "the most recent". Not tuned on any corpus; the weasel tuning-half
 * counts are printed as a check and written into the description.
 *
 *   node -r @swc-node/register libs/scoring/derive/weasel-peacock.ts
 *
 * Only rows with halfOf(text) === 'fit' are read; the held-out half is never opened here.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pattern from 'natural/lib/natural/sentiment/English/pattern-sentiment-en.json';
import { weaselRows } from '../../../apps/eval/src/external/weasel';

const MIN_POLARITY = 0.5;
const MIN_SUBJECTIVITY = 0.5;

interface PatternEntry {
  pos: string;
  polarity: string;
  subjectivity: string;
}

const words = Object.entries(pattern as unknown as Record<string, PatternEntry>)
  .filter(
    ([w, e]) =>
      /^[a-z][a-z-]*[a-z]$/.test(w) &&
      e.pos === 'JJ' &&
      +e.polarity >= MIN_POLARITY &&
      +e.subjectivity >= MIN_SUBJECTIVITY,
  )
  .map(([w]) => w)
  .sort();

// A check, not a fit: how often "most" + a class member stands in a tuning sentence labelled uncertain.
const set = new Set(words);
const rows = weaselRows().filter((r) => r.half === 'fit');
const hits = rows.filter((r) => [...r.text.toLowerCase().matchAll(/\bmost\s+([a-z-]+)/g)].some((m) => set.has(m[1])));
const uncertain = hits.filter((r) => r.label).length;
const base = rows.filter((r) => r.label).length / rows.length;
const round = (x: number) => Math.round(x * 1000) / 1000;

const out = {
  description: `Praise adjectives whose superlative is a peacock rank ('the most popular', 'one of Ireland's most prominent', 'its most important work'): a place among peers that no judge is said to have given, the peacock class of Wikipedia's 'Manual of Style/Words to watch', read by rules/hedging/vague-generalisation.ts as a reputation credited to nobody in particular. Origin: the English lexicon of Pattern (De Smedt & Daelemans 2012, natural/lib/natural/sentiment/English/pattern-sentiment-en.json), adjectives (JJ) with polarity >= ${MIN_POLARITY} and subjectivity >= ${MIN_SUBJECTIVITY}; a rank in a measurable quality ('most populous', 'most recent') is not in it. Written by libs/scoring/derive/weasel-peacock.ts; not tuned on any corpus. Check on the CoNLL-2010 Wikipedia weasel tuning half: 'most' + a member stands in ${hits.length} sentences, ${uncertain} labelled uncertain (${round(uncertain / hits.length)}; base rate ${round(base)}).`,
  terms: words,
};
writeFileSync(resolve(__dirname, '../rubric/hedging/peacock-adjectives.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${words.length} adjectives; tuning half: ${uncertain}/${hits.length} uncertain, base ${round(base)}`);
