/**
 * Checks against the shared labelled data. The texts are read from ../shared at
 * run time and never copied into the repository.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Segment } from '../types';
import { segment } from './index';

const SHARED = path.resolve(__dirname, '../../../../../shared');

interface Label {
  doc: string;
  text: string;
  kind: string;
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function loadDocs(): { docs: Map<string, string>; labels: Label[] } {
  const labels = [
    ...readJsonl<Label>(path.join(SHARED, 'eval/seed003.jsonl')),
    ...readJsonl<Label>(path.join(SHARED, 'eval/seed004.jsonl')),
    ...readJsonl<Label>(path.join(SHARED, 'eval/isaf-dev.jsonl')),
  ];
  const docs = new Map<string, string>([
    ['seed003', fs.readFileSync(path.join(SHARED, 'seeds/003_52405558d12fdc3c.txt'), 'utf8')],
    ['seed004', fs.readFileSync(path.join(SHARED, 'seeds/004_72d0bf9971058bc5.txt'), 'utf8')],
  ]);
  for (const r of readJsonl<{ id: string; text: string }>(path.join(SHARED, 'corpora/isaf-press-releases.jsonl'))) {
    if (labels.some((l) => l.doc === r.id)) docs.set(r.id, r.text);
  }
  return { docs, labels };
}

/** Whitespace-collapsed copy of `text` with a map back to original offsets. */
function normalise(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (!space && norm) {
        norm += ' ';
        map.push(i);
      }
      space = true;
    } else {
      norm += text[i];
      map.push(i);
      space = false;
    }
  }
  return { norm, map };
}

interface Match {
  label: Label;
  seg: Segment | null;
  iou: number;
  span: [number, number];
}

function matchLabels(): {
  matches: Match[];
  segments: Array<{ doc: string; seg: Segment; spans: Array<[number, number]> }>;
} {
  const { docs, labels } = loadDocs();
  const matches: Match[] = [];
  const segments: Array<{ doc: string; seg: Segment; spans: Array<[number, number]> }> = [];
  for (const [doc, text] of docs) {
    const segs = segment(text).segments;
    const { norm, map } = normalise(text);
    const spans: Array<[number, number]> = [];
    let from = 0;
    for (const label of labels.filter((l) => l.doc === doc)) {
      const t = label.text.replace(/\s+/g, ' ').trim();
      let k = norm.indexOf(t, from);
      if (k < 0) k = norm.indexOf(t);
      if (k < 0) throw new Error(`label text not in ${doc}: ${t.slice(0, 60)}`);
      from = k + 1;
      const span: [number, number] = [map[k], map[k + t.length - 1] + 1];
      spans.push(span);
      let best: Segment | null = null;
      let overlap = 0;
      for (const s of segs) {
        const o = Math.min(span[1], s.end) - Math.max(span[0], s.start);
        if (o > overlap) {
          overlap = o;
          best = s;
        }
      }
      const iou = best ? overlap / (span[1] - span[0] + best.end - best.start - overlap) : 0;
      matches.push({ label, seg: best, iou, span });
    }
    for (const seg of segs) segments.push({ doc, seg, spans });
  }
  return { matches, segments };
}

describe('labelled corpus', () => {
  const { matches, segments } = matchLabels();

  it('finds at least 95% of labelled assertions as assertion segments', () => {
    const assertions = matches.filter((m) => m.label.kind === 'assertion');
    const found = assertions.filter((m) => m.seg?.kind === 'assertion' && m.iou >= 0.8);
    expect(assertions.length).toBeGreaterThan(250);
    expect(found.length / assertions.length).toBeGreaterThanOrEqual(0.95);
  });

  it('emits at most 5% of labelled headings, captions, questions and references as assertions', () => {
    const others = matches.filter((m) => m.label.kind !== 'assertion');
    const leaked = others.filter((m) => m.seg?.kind === 'assertion' && m.iou >= 0.5);
    expect(others.length).toBeGreaterThan(40);
    expect(leaked.length / others.length).toBeLessThanOrEqual(0.05);
  });

  it('gives most non-assertions their labelled kind', () => {
    const others = matches.filter((m) => m.label.kind !== 'assertion');
    const right = others.filter((m) => m.seg?.kind === m.label.kind && m.iou >= 0.8);
    expect(right.length / others.length).toBeGreaterThanOrEqual(0.9);
  });

  it('leaks almost no boilerplate as assertions', () => {
    const assertions = segments.filter((s) => s.seg.kind === 'assertion');
    const unmatched = assertions.filter(
      ({ seg, spans }) =>
        !spans.some(([a, b]) => {
          const o = Math.min(b, seg.end) - Math.max(a, seg.start);
          return o > 0 && o / (b - a + seg.end - seg.start - o) >= 0.5;
        }),
    );
    expect(unmatched.length / assertions.length).toBeLessThanOrEqual(0.02);
  });
});

describe('seeds and press releases', () => {
  const seedDir = path.join(SHARED, 'seeds');
  const seeds = fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));
  const press = readJsonl<{ text: string }>(path.join(SHARED, 'corpora/isaf-press-releases.jsonl')).map((r) => r.text);

  it('returns segments and entries that are exact, trimmed slices of the input', () => {
    for (const text of [...seeds, ...press]) {
      const doc = segment(text);
      let last = -1;
      for (const s of doc.segments) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
      for (const e of doc.referenceEntries) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('drops the web chrome of the seed pages', () => {
    const all = seeds
      .map((t) =>
        segment(t)
          .segments.map((s) => s.text)
          .join('\n'),
      )
      .join('\n');
    for (const chrome of [
      'Spelling error',
      'Tweet',
      'Whatsapp',
      'Go Top',
      'make active links',
      'can be reached',
      'Views expres',
      'Photo: A',
      'Picture sour',
      ' min\n',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it('finds the reference list of the CABAR page and the PDF footnotes', () => {
    const cabar = segment(seeds[0]);
    expect(cabar.referenceEntries.filter((e) => /^\d+$/.test(e.label)).length).toBeGreaterThanOrEqual(14);
    const pdf = segment(seeds[1]);
    expect(pdf.referenceEntries.length).toBeGreaterThanOrEqual(20);
    expect(pdf.referenceEntries.filter((e) => e.urls.length > 0).length).toBeGreaterThanOrEqual(12);
  });
});
