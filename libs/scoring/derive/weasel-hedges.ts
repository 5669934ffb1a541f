/**
 * Counts, on the tuning half of the CoNLL-2010 Wikipedia weasel sentences, how often each entry of
 * the hedge lexicon fires (after the sense rules of src/rules/hedging/senses.ts) and how often the
 * sentence is labelled uncertain, and writes rubric/hedging/hedges.counts.json. Entries whose
 * origin is the corpus are those the lexicon description names; the counts document every entry,
 * so a low-precision one is visible (and kept only for a linguistic reason stated there).
 *
 *   node -r @swc-node/register libs/scoring/derive/weasel-hedges.ts [sharedDir]
 *
 * Only rows with halfOf(text) === 'fit' are read; the held-out half is never opened here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { halfOf } from '../../../apps/eval/src/external/splits';
import { tokenize } from '../src/lexicon/tokens';
import { defaultRubric } from '../src/rubric';
import { findHedges } from '../src/rules/hedging/hedges';

const DERIVED_ON = '2026-12-06';
/** An entry counts as supported by the corpus at this precision and support (base rate ≈ 0.29). */
const MIN_PRECISION = 0.6;
const MIN_SUPPORT = 5;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let field = '',
    row: string[] = [],
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function main(): void {
  const shared = process.argv[2] ?? resolve(__dirname, '../../../../shared');
  const [header, ...body] = csvRows(readFileSync(join(shared, 'external', 'weasel', 'train.csv'), 'utf8'));
  const ti = header.indexOf('text'),
    li = header.indexOf('label');
  const rows = body
    .filter((r) => r.length > Math.max(ti, li))
    .map((r) => ({ text: r[ti].trim(), label: r[li] === '1' }))
    .filter((r) => halfOf(r.text) === 'fit');
  const rubric = defaultRubric();
  const counts = new Map<string, { sentences: number; uncertain: number }>();
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const r of rows) {
    const tokens = tokenize(r.text);
    const found = findHedges(tokens, rubric.lexiconSet.matchAll(tokens).hedges);
    for (const term of new Set(found.map((m) => m.term))) {
      const c = counts.get(term) ?? { sentences: 0, uncertain: 0 };
      c.sentences++;
      if (r.label) c.uncertain++;
      counts.set(term, c);
    }
    if (found.length > 0 && r.label) tp++;
    else if (found.length > 0) fp++;
    else if (r.label) fn++;
  }
  const positives = rows.filter((r) => r.label).length;
  const entries = [...counts]
    .sort((a, b) => b[1].sentences - a[1].sentences || a[0].localeCompare(b[0]))
    .map(([term, c]) => ({
      term,
      ...c,
      precision: Math.round((c.uncertain / c.sentences) * 1000) / 1000,
      supported: c.sentences >= MIN_SUPPORT && c.uncertain / c.sentences >= MIN_PRECISION,
    }));
  const out = {
    description:
      'How often each hedge-lexicon entry fires (after the sense rules) on the CoNLL-2010 Wikipedia weasel sentences of the tuning half, and how many of those sentences are labelled uncertain. Written by libs/scoring/derive/weasel-hedges.ts; the held-out half is not read. "supported" = at least minSupport sentences and precision at least minPrecision. The corpus labels weasel words (vague attribution, vague quantifiers) more than hedges, so a textbook hedge can fall below the base rate here (generic "may", named "X claims that"); such entries stay for the linguistic reasons in hedges.json, and their counts are shown, not hidden.',
    corpus:
      'CoNLL-2010 shared task, Wikipedia weasel sentences (../shared/external/weasel/train.csv), rows with halfOf(text) === "fit"',
    derivedOn: DERIVED_ON,
    sentences: rows.length,
    uncertain: positives,
    baseRate: Math.round((positives / rows.length) * 1000) / 1000,
    minPrecision: MIN_PRECISION,
    minSupport: MIN_SUPPORT,
    hedgeFlag: {
      precision: round(tp / (tp + fp)),
      recall: round(tp / (tp + fn)),
      f1: round((2 * tp) / (2 * tp + fp + fn)),
    },
    entries,
  };
  const path = resolve(__dirname, '../rubric/hedging/hedges.counts.json');
  writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
  console.log(
    `${entries.length} entries fired on ${rows.length} tuning sentences; hedge flag F1 ${out.hedgeFlag.f1} → ${path}`,
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

main();
