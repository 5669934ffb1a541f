import { WordSet } from './word-scan';

describe('WordSet', () => {
  const groups = [
    ['said', 'says'],
    ['reported', 'report'],
    ['a1', 'x_y'],
  ];
  const set = new WordSet(groups);
  const asRegex = (text: string): number =>
    groups.reduce(
      (bits, words, g) => (new RegExp(`\\b(?:${words.join('|')})\\b`, 'i').test(text) ? bits | (1 << g) : bits),
      0,
    );

  it.each([
    'He said so.',
    'SAID: nothing',
    'unsaid, resaid and saids',
    'the report’s author',
    'reported-ly; reportedly',
    'éreported and saidé',
    'a1 a12 x_y x_yz _said',
    'says',
    '',
  ])('finds what /\\b(?:…)\\b/i finds in %j', (text) => expect(set.scan(text)).toBe(asRegex(text)));

  it.each([
    ['said', 1],
    ['report', 2],
    ['x_y', 4],
    ['sai', 0],
    ['saids', 0],
    ['Said', 0],
    ['said-so', 0],
    ['', 0],
  ])('looks up %j as a whole word: %d', (word, bits) => expect(set.lookup(word)).toBe(bits));

  it('may stop once the wanted groups are found', () => {
    expect(set.scan('said and reported', 1) & 1).toBe(1);
  });
});
