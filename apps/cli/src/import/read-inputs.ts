import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { describeExtensions, hasAcceptedEnding } from '@auditor/vocabulary';

/** Metadata a record may carry; names follow the upload API (INDEX.json's `published` and the corpus's `eventDate` are accepted too). */
export interface ImportMetadata {
  title?: string;
  url?: string;
  outlet?: string;
  outletType?: string;
  publishedAt?: string;
  author?: string;
}

export interface ImportRecord {
  /** Where it came from, for the failure report: a file name or "file.jsonl:line". */
  origin: string;
  /** Raw bytes of a file (type sniffed like an upload), or the text/html of a JSONL record. */
  content: { bytes: Buffer; filename: string } | { text: string } | { html: string };
  metadata: ImportMetadata;
}

export type ReadResult = { record: ImportRecord } | { origin: string; error: string };

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function metadataOf(r: Record<string, unknown>): ImportMetadata {
  return {
    title: str(r.title),
    url: str(r.url),
    outlet: str(r.outlet),
    outletType: str(r.outletType),
    publishedAt: str(r.publishedAt) ?? str(r.published) ?? str(r.eventDate),
    author: str(r.author),
  };
}

/** A folder's article files, with metadata from an INDEX.json beside them (`[{file, outlet, …}]`) when present. */
export function* readFolder(dir: string): Generator<ReadResult> {
  const indexFile = join(dir, 'INDEX.json');
  const index = new Map<string, ImportMetadata>();
  if (existsSync(indexFile)) {
    const entries = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, unknown>[];
    for (const e of entries) if (typeof e.file === 'string') index.set(e.file, metadataOf(e));
  }
  const files = readdirSync(dir)
    .filter((f) => f !== 'INDEX.json' && statSync(join(dir, f)).isFile())
    .sort();
  for (const f of files) {
    if (!hasAcceptedEnding(f)) {
      yield { origin: f, error: `unsupported file type ${extname(f) || '(none)'}: use ${describeExtensions()}` };
      continue;
    }
    yield {
      record: {
        origin: f,
        content: { bytes: readFileSync(join(dir, f)), filename: basename(f) },
        metadata: index.get(f) ?? {},
      },
    };
  }
}

/** One record per JSONL line: `{text | html, title?, url?, outlet?, outletType?, publishedAt?, author?}`. */
export async function* readJsonl(file: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const origin = `${basename(file)}:${n}`;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      yield { origin, error: `invalid JSON: ${(e as Error).message}` };
      continue;
    }
    const text = typeof r.text === 'string' ? r.text : undefined;
    const html = typeof r.html === 'string' ? r.html : undefined;
    if (!text && !html) {
      yield { origin, error: 'record has neither "text" nor "html"' };
      continue;
    }
    yield {
      record: {
        origin: typeof r.id === 'string' ? `${origin} (${r.id})` : origin,
        content: text ? { text } : { html: html! },
        metadata: metadataOf(r),
      },
    };
  }
}

export async function* readInputs(path: string): AsyncGenerator<ReadResult> {
  if (!existsSync(path)) throw new Error(`not found: ${path}`);
  if (statSync(path).isDirectory()) yield* readFolder(path);
  else if (path.endsWith('.jsonl')) yield* readJsonl(path);
  else if (hasAcceptedEnding(path))
    yield {
      record: {
        origin: basename(path),
        content: { bytes: readFileSync(path), filename: basename(path) },
        metadata: {},
      },
    };
  else throw new Error(`cannot import ${path}: give a folder of ${describeExtensions()} files or a .jsonl file`);
}
