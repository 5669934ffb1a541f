import { UPLOAD_FORMATS } from '@auditor/vocabulary';
import { EXTRACTORS, FORMAT_EXTRACTORS } from './extractors';

describe('extractors', () => {
  it('gives every format of the vocabulary table one extractor, in its order', () => {
    expect(FORMAT_EXTRACTORS.map((f) => f.kind)).toEqual(UPLOAD_FORMATS.map((f) => f.kind));
    expect(Object.keys(EXTRACTORS).sort()).toEqual(UPLOAD_FORMATS.map((f) => f.kind).sort());
  });

  it('leaves exactly one text format to take whatever UTF-8 text no other claims', () => {
    // Sniffing needs one fallback: none would refuse plain text, two would make the choice arbitrary.
    expect(
      FORMAT_EXTRACTORS.filter(({ extractor: x }) => x.reads === 'text' && !x.recognise).map((f) => f.kind),
    ).toEqual(['text']);
  });
});
