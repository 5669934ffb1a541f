import { findVague } from './vague';

describe('vague attribution: weasel families over word classes', () => {
  it.each([
    ['Several commentators suggested that the vote was rigged.', 'Several commentators'],
    ['Some argue that the canal was never finished.', 'Some'],
    ['The plan was criticised by some as too costly.', 'some'],
    ['It is now acknowledged that the treaty was signed under duress.', 'It is now acknowledged that'],
    ['The bridge is widely regarded as the oldest in the valley.', 'is widely regarded as'],
    ['The raid was condemned as a breach of the ceasefire.', 'was condemned as'],
    ['The album has been praised as her finest work.', 'has been praised as'],
  ])('%s → source "%s"', (s, source) => expect(findVague(s)?.source).toBe(source));

  it.each([
    'The plan was criticised by the finance minister.',
    'The bridge is known as the Iron Gate.',
    'Several soldiers were wounded near the pass.',
    'The bridge was seen as the convoy approached.',
    'The raid was condemned by the provincial governor as a breach of the ceasefire.',
    'The album was praised in several reviews.',
  ])('finds none in: %s', (s) => expect(findVague(s)).toBeNull());
});
