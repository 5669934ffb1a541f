/**
 * Why the engine's source disagrees with PolNeAR's gold source, bucketed by cause, on TRAIN only
 * (dev is held out: its individual errors are never listed).
 *
 *   node -r @swc-node/register apps/eval/src/external/agreement-errors.ts [--examples N] [--bucket NAME]
 *
 * The population is the one source agreement is measured over (attribution-eval.ts): true
 * positives with a gold cue inside the sentence, gold pronouns read as their gold referent. Buckets are tried in the order below; the first
 * that applies names the miss.
 */
import { scoreDocument, type Attribution } from '@auditor/scoring';
import { contentWords, cuedIn, goldAttributed, polnearDocuments, sourceAgrees, type GoldAttribution } from './polnear';

export type Bucket =
  | 'gold has no source'
  | 'gold pronoun without a gold referent'
  | 'gold pronoun, engine disagrees with its gold referent'
  | 'predicted source has no content word'
  | 'predicted vague (anonymous)'
  | 'predicted from another sentence (carried / coreference)'
  | 'according to'
  | 'span boundary (overlaps gold source)'
  | 'wrong subject of the same cue'
  | 'different cue chosen';

const overlaps = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

export function bucketOf(gold: GoldAttribution[], a: Attribution, start: number, end: number): Bucket {
  const sources = gold.flatMap((g) => g.source);
  if (sources.length === 0) return 'gold has no source';
  if (sources.every((s) => contentWords(s.text).size === 0))
    return sources.some((s) => s.referent !== undefined)
      ? 'gold pronoun, engine disagrees with its gold referent'
      : 'gold pronoun without a gold referent';
  if (contentWords(a.source).size === 0) return 'predicted source has no content word';
  if (a.via === 'vague') return 'predicted vague (anonymous)';
  if (a.span[1] <= start || a.span[0] >= end) return 'predicted from another sentence (carried / coreference)';
  if (/^according\b/i.test(a.cue)) return 'according to';
  if (sources.some((s) => overlaps(s.span, a.span))) return 'span boundary (overlaps gold source)';
  const sameCue = a.cueSpan && gold.some((g) => g.cue.some((c) => overlaps(c, a.cueSpan!)));
  return sameCue ? 'wrong subject of the same cue' : 'different cue chosen';
}

interface Miss {
  bucket: Bucket;
  doc: string;
  sentence: string;
  predicted: string;
  cue: string;
  via: string;
  gold: string;
}

export function agreementMisses(): { cued: number; agree: number; misses: Miss[] } {
  let cued = 0,
    agree = 0;
  const misses: Miss[] = [];
  for (const doc of polnearDocuments('train')) {
    const scored = scoreDocument(doc.text, { outletType: 'media' });
    for (const s of scored.assertions) {
      if (!s.attribution || !goldAttributed(doc, s.start, s.end)) continue;
      const gold = cuedIn(doc, s.start, s.end);
      if (gold.length === 0) continue;
      cued++;
      if (sourceAgrees(doc, s.start, s.end, s.attribution.source)) {
        agree++;
        continue;
      }
      const bucket = bucketOf(gold, s.attribution, s.start, s.end);
      misses.push({
        bucket,
        doc: doc.name,
        sentence: s.text.replace(/\s+/g, ' '),
        predicted: s.attribution.source,
        cue: s.attribution.cue,
        via: s.attribution.via,
        gold: gold
          .map(
            (g) =>
              `${g.source.map((x) => (x.referent ? `${x.text}→${x.referent}` : x.text)).join('+') || '∅'} <${g.cue.map(([a, b]) => doc.text.slice(a, b)).join(' ')}>`,
          )
          .join(' | '),
      });
    }
  }
  return { cued, agree, misses };
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const examples = Number(arg('--examples') ?? 0);
  const only = arg('--bucket');
  const { cued, agree, misses } = agreementMisses();
  const counts = new Map<Bucket, Miss[]>();
  for (const m of misses) counts.set(m.bucket, [...(counts.get(m.bucket) ?? []), m]);
  console.log(
    `PolNeAR train: ${cued} cued true positives, ${agree} agree (${(agree / cued).toFixed(3)}), ${misses.length} misses`,
  );
  for (const [b, ms] of [...counts].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${String(ms.length).padStart(5)}  ${((ms.length / cued) * 100).toFixed(1).padStart(5)}%  ${b}`);
    if (only && !b.startsWith(only)) continue;
    for (const m of ms.slice(0, examples))
      console.log(
        `         [${m.doc}] pred "${m.predicted}" (${m.via}, ${m.cue}) gold ${m.gold}\n           ${m.sentence.slice(0, 220)}`,
      );
  }
  // A pronoun the gold gives no referent for ("I", "we", "you") cannot agree, nor can a cue whose gold attribution
  // names no source: the metric's ceiling on this split.
  const unresolved = counts.get('gold pronoun without a gold referent')?.length ?? 0;
  const noSource = counts.get('gold has no source')?.length ?? 0;
  console.log(
    `ceiling under the definition (every other miss fixed): ${((cued - unresolved - noSource) / cued).toFixed(3)}; ` +
      `fixable misses ${misses.length - unresolved - noSource}`,
  );
}
