import { attributionOf as one } from './testing/attribute-sentences';

describe('an author-date citation as the subject', () => {
  it.each([
    ['Karimova (2017) maps the smuggling routes through Khorog.', 'Karimova'],
    ['Rahimov and Osei (2020, p. 41) count nine such cases.', 'Rahimov and Osei'],
    ['Brandt et al. (2019) identify three separate cells in Osh.', 'Brandt'],
    ['However, Brandt et al. (2019) locate the cells elsewhere.', 'Brandt'],
    ['Karimova (2017) and Osei (2020) both trace the charges to one informant.', 'Karimova'],
    ['Karimova (2017) has also catalogued the trials.', 'Karimova'],
  ])('credits "%s" to %s', (s, source) => {
    expect(one(s)).toMatchObject({ source, sourceType: 'independent', named: true });
  });

  it.each([
    [
      'a past tense narrates: "Operation Steel Gate (2009) ended in spring"',
      'Operation Steel Gate (2009) ended in spring.',
    ],
    ['a copula describes', 'Khorog (2010) is a small town on the river.'],
    ['a citation inside a prepositional phrase', 'In Karimova (2017), the routes are mapped in detail.'],
    ['a description that is not a name', 'The survey (2017) maps the smuggling routes.'],
  ])('reads nothing when %s', (_why, s) => {
    expect(one(s)).toBeNull();
  });
});
