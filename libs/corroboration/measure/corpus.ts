import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { segment } from '@auditor/scoring';
import { ClaimInput } from '../src';

const CORPUS = '/work/shared/corpora/isaf-press-releases.jsonl';
const SEEDS = '/work/shared/seeds';

interface PressRelease {
  id: string;
  outlet: string;
  text: string;
  eventDate?: string;
}
interface SeedEntry {
  file: string;
  outlet: string;
  published: string | null;
}

/** Assertions of the press releases and seeds, read at run time (their text never enters the repo). */
export function loadAssertions(): ClaimInput[] {
  const out: ClaimInput[] = [];
  const push = (docId: string, text: string, outlet: string, publishedAt: Date | null): void => {
    segment(text).segments.forEach((s, i) => {
      if (s.kind !== 'assertion') return;
      // Ids are "document id # segment index" so hand verdicts survive re-runs without storing text.
      out.push({ assertionId: `${docId}#${i}`, articleId: docId, text: s.text, publishedAt, outlet, citedSource: null, provenance: 'unattributed', hasEvidence: false });
    });
  };
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PressRelease;
    // Releases are dated by their event; they come out the next day and say "yesterday" (the
    // dateline of isafpr-0001 is Jan. 25 for a Jan. 24 event), so publication = event + 1 day.
    push(r.id, r.text, r.outlet, r.eventDate ? new Date(Date.parse(r.eventDate) + 86_400_000) : null);
  }
  const index = JSON.parse(readFileSync(join(SEEDS, 'INDEX.json'), 'utf8')) as SeedEntry[];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const meta = index.find((e) => e.file === file);
    const published = meta?.published ? new Date(meta.published) : null;
    push(`seed-${file.replace(/\.txt$/, '')}`, readFileSync(join(SEEDS, file), 'utf8'), meta?.outlet ?? file, published);
  }
  return out;
}

/** Chronological, undated last, stable: the order a live import would see them in. */
export function chronological(inputs: ClaimInput[]): ClaimInput[] {
  const t = (x: ClaimInput): number => x.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return inputs.map((x, i) => ({ x, i })).sort((a, b) => t(a.x) - t(b.x) || a.i - b.i).map(({ x }) => x);
}
