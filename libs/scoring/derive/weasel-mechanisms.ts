/**
 * Which mechanism flags each CoNLL-2010 Wikipedia weasel sentence of the TUNING half, and how often
 * each mechanism and each cue is right there: the counts a cue is kept or dropped on. Prints a table;
 * writes nothing. The held-out half is never read here.
 *
 *   node -r @swc-node/register libs/scoring/derive/weasel-mechanisms.ts [--list mechanism[:cue]] [--fn]
 *
 * `--list hedge:may` prints the tuning-half sentences that cue flags, with their labels; `--fn`
 * prints tuning-half positives no mechanism flags.
 */
import { scoreDocument, type ScoredAssertion } from '../src';
import { weaselRows } from '../../../apps/eval/src/external/weasel';

type Hit = { mechanism: string; cue: string };

/** Every reason the weasel measure would flag the sentence (see engineFlags), with the cue that fired. */
function hits(assertions: readonly ScoredAssertion[]): Hit[] {
  const out: Hit[] = [];
  for (const a of assertions) {
    for (const s of a.signals) {
      if (s.id === 'hedge')
        out.push({ mechanism: 'hedge', cue: a.text.slice(s.span[0] - a.start, s.span[1] - a.start).toLowerCase() });
      if (s.id === 'vague-generalisation')
        out.push({
          mechanism: 'generalisation',
          cue: a.text.slice(s.span[0] - a.start, s.span[1] - a.start).toLowerCase(),
        });
    }
    const at = a.attribution;
    if (at && (at.via === 'vague' || (at.sourceType === 'anonymous' && !at.named)))
      out.push({
        mechanism: at.via === 'vague' ? 'vague-attribution' : 'anonymous',
        cue: `${at.source.toLowerCase()} | ${at.cue.toLowerCase()}`,
      });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const listAt = args.indexOf('--list');
  const list = listAt >= 0 ? args[listAt + 1] : undefined;
  const rows = weaselRows().filter((r) => r.half === 'fit');
  const byMech = new Map<string, { n: number; pos: number; only: number; onlyPos: number }>();
  const byCue = new Map<string, { n: number; pos: number; only: number; onlyPos: number }>();
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const r of rows) {
    const h = hits(scoreDocument(r.text).assertions);
    const flagged = h.length > 0;
    if (flagged && r.label) tp++;
    else if (flagged) fp++;
    else if (r.label) fn++;
    const mechs = new Set(h.map((x) => x.mechanism));
    for (const m of mechs) {
      const c = byMech.get(m) ?? { n: 0, pos: 0, only: 0, onlyPos: 0 };
      c.n++;
      if (r.label) c.pos++;
      if (mechs.size === 1) {
        c.only++;
        if (r.label) c.onlyPos++;
      }
      byMech.set(m, c);
    }
    const keys = new Set(
      h.map(
        (x) =>
          `${x.mechanism}:${x.mechanism === 'hedge' || x.mechanism === 'generalisation' ? x.cue.split(/\s+/)[0] : x.cue}`,
      ),
    );
    for (const k of keys) {
      const c = byCue.get(k) ?? { n: 0, pos: 0, only: 0, onlyPos: 0 };
      c.n++;
      if (r.label) c.pos++;
      if (keys.size === 1) {
        c.only++;
        if (r.label) c.onlyPos++;
      }
      byCue.set(k, c);
    }
    if (list && [...keys].some((k) => k === list || k.startsWith(list + (list.includes(':') ? '' : ':'))))
      console.log(`${r.label ? '+' : '-'} ${[...keys].join(', ')} || ${r.text}`);
    if (args.includes('--fn') && r.label && !flagged) console.log(`FN ${r.text}`);
  }
  if (list || args.includes('--fn')) return;
  const f = (x: number) => x.toFixed(3);
  console.log(
    `tuning half: ${rows.length} sentences, ${rows.filter((r) => r.label).length} positive; P ${f(tp / (tp + fp))} R ${f(tp / (tp + fn))} F1 ${f((2 * tp) / (2 * tp + fp + fn))}`,
  );
  for (const [m, c] of [...byMech].sort((a, b) => b[1].n - a[1].n))
    console.log(`${m.padEnd(20)} n ${c.n} prec ${f(c.pos / c.n)}  alone n ${c.only} prec ${f(c.onlyPos / c.only)}`);
  for (const [k, c] of [...byCue].filter(([, c]) => c.n >= 3).sort((a, b) => b[1].n - a[1].n))
    console.log(
      `${String(c.n).padStart(4)} ${f(c.pos / c.n)}  alone ${String(c.only).padStart(4)} ${c.only ? f(c.onlyPos / c.only) : '  -  '}  ${k}`,
    );
}

main();
