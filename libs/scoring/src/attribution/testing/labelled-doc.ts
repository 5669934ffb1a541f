/**
 * Test support: rebuilds a SegmentedDocument from the labelled eval files in ../shared/eval, by
 * locating each labelled sentence in the document text (whitespace-normalised search mapped back
 * to original offsets). Texts are read from ../shared at run time, never copied into the repo.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Segment, SegmentKind, SegmentedDocument, SourceType } from '../../types';

export const SHARED_DIR = path.resolve(__dirname, '../../../../../../shared');

export interface LabelRecord {
  doc: string;
  i: number;
  text: string;
  kind: SegmentKind | 'quote-only';
  attributed: boolean;
  source: string | null;
  sourceType: SourceType | null;
  named: boolean;
  hedged: boolean;
  alarmism: number;
  footnote: boolean;
}

export interface LabelledDoc {
  id: string;
  doc: SegmentedDocument;
  /** labels[k] belongs to doc.segments[k]. */
  labels: LabelRecord[];
  publishedAt?: Date;
}

const SEED_FILES: Record<string, string> = {
  seed003: 'seeds/003_52405558d12fdc3c.txt',
  seed004: 'seeds/004_72d0bf9971058bc5.txt',
};

/** Paragraph boundaries: a blank line or one or more U+2028 line separators. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\u2028+\s*/g;

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Whitespace-collapsed copy of `text` with, for each of its characters, the original offset. */
function normalise(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (!inSpace && norm.length > 0) {
        norm += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      norm += text[i];
      map.push(i);
      inSpace = false;
    }
  }
  return { norm, map };
}

/** Builds the document from its text and its labels, in label order. */
export function buildLabelledDoc(id: string, text: string, labels: LabelRecord[], publishedAt?: Date): LabelledDoc {
  const { norm, map } = normalise(text);
  const breaks: number[] = [];
  for (const m of text.matchAll(PARAGRAPH_BREAK)) breaks.push(m.index ?? 0);
  const blockOf = (offset: number): number => {
    let lo = 0;
    while (lo < breaks.length && breaks[lo] < offset) lo++;
    return lo;
  };
  const segments: Segment[] = [];
  const kept: LabelRecord[] = [];
  let cursor = 0;
  for (const label of labels) {
    const needle = label.text.replace(/\s+/g, ' ').trim();
    let at = norm.indexOf(needle, cursor);
    if (at < 0) at = norm.indexOf(needle);
    if (at < 0) throw new Error(`${id} #${label.i}: labelled text not found in document`);
    const start = map[at];
    const end = map[at + needle.length - 1] + 1;
    cursor = at + needle.length;
    const block = blockOf(start);
    const prevBreak = block > 0 ? breaks[block - 1] : -1;
    const before = prevBreak >= 0 ? text.slice(0, prevBreak).trimEnd() : '';
    segments.push({
      kind: label.kind === 'quote-only' ? 'assertion' : label.kind,
      start,
      end,
      text: text.slice(start, end),
      block,
      blockQuote: before.endsWith(':'),
      references: [],
    });
    kept.push(label);
  }
  return { id, doc: { text, segments, referenceEntries: [] }, labels: kept, publishedAt };
}

interface PressRelease {
  id: string;
  text: string;
  eventDate?: string;
}

/** All labelled documents: seed003, seed004 and the ISAF dev press releases. */
export function loadLabelledDocs(): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  for (const [id, file] of Object.entries(SEED_FILES)) {
    const labels = readJsonl<LabelRecord>(path.join(SHARED_DIR, 'eval', `${id}.jsonl`));
    out.push(
      buildLabelledDoc(
        id,
        fs.readFileSync(path.join(SHARED_DIR, file), 'utf8'),
        labels,
        id === 'seed004' ? new Date('2013-10-01') : undefined,
      ),
    );
  }
  const releases = new Map(
    readJsonl<PressRelease>(path.join(SHARED_DIR, 'corpora', 'isaf-press-releases.jsonl')).map((r) => [r.id, r]),
  );
  const byDoc = new Map<string, LabelRecord[]>();
  for (const r of readJsonl<LabelRecord>(path.join(SHARED_DIR, 'eval', 'isaf-dev.jsonl'))) {
    byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r]);
  }
  for (const [id, labels] of byDoc) {
    const rel = releases.get(id);
    if (!rel) throw new Error(`press release ${id} missing from the corpus`);
    out.push(buildLabelledDoc(id, rel.text, labels, rel.eventDate ? new Date(rel.eventDate) : undefined));
  }
  return out;
}
