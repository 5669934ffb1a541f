import * as fs from 'fs';
import * as path from 'path';
import { attribute } from './index';
import { loadLabelledDocs, SHARED_DIR } from './testing/labelled-doc';
import { scoreAttribution } from './testing/metrics';

// Targets from the attribution issue; the same ones are checked on labelled texts we do not have.
describe('attribution on the labelled eval set (../shared/eval)', () => {
  it('finds the shared eval files', () => {
    expect(fs.existsSync(path.join(SHARED_DIR, 'eval', 'seed004.jsonl'))).toBe(true);
  });

  const docs = loadLabelledDocs();
  const scores = scoreAttribution(docs, (d) => attribute(d.doc, { publishedAt: d.publishedAt }));

  it('locates every labelled sentence in its document', () => {
    for (const d of docs) for (const s of d.doc.segments) expect(d.doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(scores.assertions).toBeGreaterThan(250);
  });

  it('detects attribution with precision, recall and F1 of at least 0.90', () => {
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('types sources with macro-F1 of at least 0.80', () => {
    expect(scores.typeMacroF1).toBeGreaterThanOrEqual(0.8);
  });

  it('tells named from unnamed sources with accuracy of at least 0.85', () => {
    expect(scores.namedAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
