import { scoreDocument } from '@auditor/scoring';
import { citesSource, sourceKey } from './cited-sources';

// Invented sentences: which attributions the scoring job turns into cited sources with report cards.
const attributionOf = (text: string) => scoreDocument(text, { outletType: 'media' }).assertions[0].attribution;

describe('citesSource', () => {
  it('gives a card to a typed source, named or not', () => {
    expect(citesSource(attributionOf('The interior ministry said the border post was closed on Friday.'))).toBe(true);
    expect(citesSource(attributionOf('Afghan officials said the border post was closed on Friday.'))).toBe(true);
  });

  it('gives none to a vague attribution that names nobody', () => {
    const vague = attributionOf('Reports say the border post was closed on Friday.');
    expect(vague?.sourceType).toBe('anonymous');
    expect(citesSource(vague)).toBe(false);
    expect(citesSource(null)).toBe(false);
  });

  it('gives one to a named body the engine could not type', () => {
    expect(citesSource({ source: 'KTZ', sourceType: 'anonymous', named: true })).toBe(true);
    expect(citesSource({ source: 'KTZ', sourceType: 'anonymous', named: false })).toBe(false);
  });

  it('gives none to a "he" it could not resolve: one person, but no name to keep a record under', () => {
    const he = attributionOf('"The post will stay shut," he said.');
    expect(he).toMatchObject({ sourceType: 'anonymous', named: true });
    expect(citesSource(he)).toBe(false);
  });

  it('keys names case-insensitively', () => {
    expect(sourceKey(' Interior Ministry ')).toBe(sourceKey('interior ministry'));
  });
});
