import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { OutletType, scoreDocument } from '@auditor/scoring';
import { pressReleases, seedIndex, sharedDir } from '../../eval/src/datasets';

interface BenchDoc {
  text: string;
  outletType?: OutletType;
}

/** Real article text: the five seeds and the 724 press releases (about 0.68 MB together). */
function realDocuments(): BenchDoc[] {
  const shared = sharedDir();
  const meta = new Map(seedIndex(shared).map((m) => [m.file, m]));
  const seeds = readdirSync(join(shared, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(join(shared, 'seeds', f), 'utf8'), outletType: meta.get(f)?.outletType }));
  return [...seeds, ...pressReleases(shared).map((r) => ({ text: r.text, outletType: r.outletType }))];
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

/** MB/s of `sentiment.analyze` over the same documents, for at least `targetMb` (after a warm-up pass). */
function afinnRate(docs: BenchDoc[], targetMb: number): number {
  const sentiment = new Sentiment();
  for (const d of docs) sentiment.analyze(d.text);
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  while (bytes < targetMb * 1024 * 1024) {
    for (const d of docs) {
      sentiment.analyze(d.text);
      bytes += Buffer.byteLength(d.text);
    }
  }
  return mb(bytes) / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/**
 * Scores the real corpus repeatedly, one document at a time, until `targetMb` of text has been
 * read, printing throughput and peak RSS at each doubling so flat memory is visible.
 */
export function runScoringBench(targetMb = 16): void {
  const docs = realDocuments();
  const corpusBytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  // Warm-up pass: JIT compilation, lexicon compilation and module loading are not throughput
  // (a running service pays them once).
  for (const d of docs) scoreDocument(d.text, { outletType: d.outletType });

  console.log(`scoring bench: ${docs.length} real documents, ${mb(corpusBytes).toFixed(2)} MB per pass, one core`);
  console.log('input MB   seconds   MB/s   assertions/s   peak RSS MB');
  let bytes = 0,
    assertions = 0,
    checkpoint = 1;
  const t0 = process.hrtime.bigint();
  while (bytes < targetMb * 1024 * 1024) {
    for (const d of docs) {
      assertions += scoreDocument(d.text, { outletType: d.outletType }).assertions.length;
      bytes += Buffer.byteLength(d.text);
      if (mb(bytes) >= checkpoint) {
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        console.log(
          `${mb(bytes).toFixed(1).padStart(8)}  ${s.toFixed(2).padStart(8)}  ${(mb(bytes) / s).toFixed(2).padStart(5)}  ${Math.round(
            assertions / s,
          )
            .toString()
            .padStart(13)}  ${rssMb().toFixed(0).padStart(12)}`,
        );
        checkpoint *= 2;
      }
    }
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = mb(bytes) / s;
  console.log(
    `total: ${mb(bytes).toFixed(1)} MB in ${s.toFixed(2)} s = ${rate.toFixed(2)} MB/s, ${Math.round(assertions / s)} assertions/s, peak RSS ${rssMb().toFixed(0)} MB`,
  );

  // The machine's yardstick, run right after on the same text: a plain AFINN lexicon pass. MB/s
  // differs between machines and with load; the ratio to this pass travels between them.
  const afinn = afinnRate(docs, targetMb);
  console.log(
    `AFINN lexicon pass (sentiment.analyze), same text: ${afinn.toFixed(2)} MB/s; scoring / AFINN = ${(rate / afinn).toFixed(3)}`,
  );

  // One long input: the whole corpus as a single document, to show cost stays linear in length.
  const long = docs.map((d) => d.text).join('\n\n');
  const t1 = process.hrtime.bigint();
  const n = scoreDocument(long).assertions.length;
  const s1 = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(
    `single ${mb(Buffer.byteLength(long)).toFixed(2)} MB document: ${s1.toFixed(2)} s = ${(mb(Buffer.byteLength(long)) / s1).toFixed(2)} MB/s, ${n} assertions, peak RSS ${rssMb().toFixed(0)} MB`,
  );
}
