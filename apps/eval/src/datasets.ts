import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OutletType } from '@auditor/scoring';

/** ../shared beside the repository (or SHARED_DIR): read-only material for evaluation and benchmarks. */
export function sharedDir(): string {
  const dir = process.env.SHARED_DIR ?? resolve(__dirname, '../../../../shared');
  if (!existsSync(join(dir, 'eval')))
    throw new Error(`shared data not found at ${dir}; set SHARED_DIR to the folder holding eval/, seeds/ and corpora/`);
  return dir;
}

export interface Label {
  doc: string;
  i: number;
  text: string;
  kind: 'assertion' | 'heading' | 'caption' | 'question' | 'reference';
  attributed: boolean;
  source: string | null;
  sourceType: string | null;
  named: boolean;
  hedged: boolean;
  alarmism: 0 | 1 | 2;
  footnote: boolean;
}

export interface EvalDocument {
  id: string;
  text: string;
  outletType?: OutletType;
  publishedAt?: Date;
  author?: string;
  labels: Label[];
}

export interface SeedMeta {
  file: string;
  outlet: string;
  outletType: OutletType;
  title: string | null;
  author: string | null;
  published: string | null;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** "2013-10" or "2024-02-19" → a UTC date; partial dates take the first day. */
export function parsePartialDate(s: string | null | undefined): Date | undefined {
  const m = s ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s) : null;
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1)) : undefined;
}

export function seedIndex(shared = sharedDir()): SeedMeta[] {
  return JSON.parse(readFileSync(join(shared, 'seeds', 'INDEX.json'), 'utf8')) as SeedMeta[];
}

export interface PressRelease {
  id: string;
  outlet: string;
  outletType: OutletType;
  text: string;
  eventDate?: string;
}

export function pressReleases(shared = sharedDir()): PressRelease[] {
  return readJsonl<PressRelease>(join(shared, 'corpora', 'isaf-press-releases.jsonl'));
}

/** The labelled documents: seeds 003 and 004 and ten press releases. */
export function labelledDocuments(shared = sharedDir()): EvalDocument[] {
  const seeds = seedIndex(shared);
  const releases = new Map(pressReleases(shared).map((r) => [r.id, r]));
  const byDoc = new Map<string, Label[]>();
  for (const file of ['seed003.jsonl', 'seed004.jsonl', 'isaf-dev.jsonl']) {
    for (const l of readJsonl<Label>(join(shared, 'eval', file))) {
      const list = byDoc.get(l.doc) ?? [];
      list.push(l);
      byDoc.set(l.doc, list);
    }
  }
  const docs: EvalDocument[] = [];
  for (const [id, labels] of byDoc) {
    const seed = /^seed(\d{3})$/.exec(id);
    if (seed) {
      const meta = seeds.find((s) => s.file.startsWith(seed[1]));
      if (!meta) throw new Error(`no seed file for ${id}`);
      docs.push({
        id,
        text: readFileSync(join(shared, 'seeds', meta.file), 'utf8'),
        outletType: meta.outletType,
        publishedAt: parsePartialDate(meta.published),
        author: meta.author ?? undefined,
        labels,
      });
    } else {
      const r = releases.get(id);
      if (!r) throw new Error(`no press release ${id}`);
      docs.push({ id, text: r.text, outletType: 'military', publishedAt: parsePartialDate(r.eventDate), labels });
    }
  }
  return docs;
}
