import { tokenize } from '../../lexicon/tokens';
import { factsFor, rubric } from '../testing/facts';
import { findGeneralisations, vagueGeneralisation } from './vague-generalisation';

const kinds = (s: string) => findGeneralisations(tokenize(s)).map((g) => g.kind);

describe('vague generalisation', () => {
  it.each([
    ['Many historians regard the treaty as a turning point.', 'quantifier'],
    ['Some residents oppose the new road.', 'quantifier'],
    ['Several accounts place the battle further east.', 'quantifier'],
    ['Many of the old houses were built of mud brick.', 'quantifier'],
    ['A handful of writers have praised the novel.', 'quantifier'],
    ['Certain villages refuse to pay the tax.', 'quantifier'],
    ['The dish is widely eaten across the region.', 'consensus'],
    ['The pass is generally thought to be the oldest trade route.', 'consensus'],
    ['She is best known for her early novels.', 'reputation'],
    ['The fortress is legendary among travellers.', 'reputation'],
    ['The bazaar is one of the most visited places in the city.', 'reputation'],
    ['The shrine is the most popular site in the district.', 'reputation'],
    ["He was one of the country's most prominent poets.", 'reputation'],
    ['Her most important work is a history of the valley.', 'reputation'],
  ])('%s → %s', (s, kind) => expect(kinds(s)).toContain(kind));

  it.each([
    'Some 40 people attended the meeting.',
    'Several hundred families left the valley.',
    'Many civilians were killed in the blast.',
    'Security forces detained several suspects in the raid.',
    'It is the most recent bridge in the province.',
    'The district is the most populous in the province.',
    'The most senior commander was detained.',
    'The bridge is most exposed in spring.',
    'The council held several meetings, including one in March.',
    'How many delegates attended is unknown.',
    'The brigade moved two battalions into the valley.',
    'The band released Many Rivers Down as a single.',
    'The ferry crossed the lake several times a day.',
    'For some years the road stayed closed.',
    'It is certain that the bridge will reopen.',
    'The patrol apprehended several armed men near the market.',
    'The bridge is one of the two crossings on the river.',
  ])('finds none in: %s', (s) => expect(kinds(s)).toEqual([]));

  it('quotes the words that fired, with weight 0 and neither a hedge nor a source', () => {
    const f = factsFor('The treaty is widely seen as a turning point.');
    const [s] = vagueGeneralisation.apply(f, rubric());
    expect(s.id).toBe('vague-generalisation');
    expect(s.weight).toBe(0);
    expect(f.text.slice(s.span[0], s.span[1])).toBe('widely');
    expect(s.reason).toContain('"widely"');
    expect(f.hedges).toEqual([]);
  });

  it('emits nothing on a sentence without one', () => {
    expect(vagueGeneralisation.apply(factsFor('The patrol returned to base at noon.'), rubric())).toEqual([]);
  });
});
