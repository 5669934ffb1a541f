import { Lexicon } from './lexicon';
import { numericValue, stem, tokenize } from './tokens';

describe('Lexicon', () => {
  const lex = new Lexicon({ description: 'test', terms: ['infested', 'wave of attacks', '=likely'] });

  it('matches inflections through stems and phrases token by token, with offsets', () => {
    const text = 'Towns infest with fighters; a wave of attacks followed.';
    const m = lex.match(tokenize(text));
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['infest', 'wave of attacks']);
  });

  it('matches "=" terms exactly, so "likely" does not match "like"', () => {
    expect(lex.has(tokenize('It looks like rain.'))).toBe(false);
    expect(lex.has(tokenize('It is likely to rain.'))).toBe(true);
  });

  it('does not match a phrase broken by another word', () => {
    expect(lex.has(tokenize('a wave of new attacks'))).toBe(false);
  });
});

describe('tokens', () => {
  it('keeps absolute offsets and reads figures with separators', () => {
    const t = tokenize('About 1,000 men', 10);
    expect(t[1]).toMatchObject({ word: '1,000', start: 16, end: 21 });
    expect(numericValue('1,000')).toBe(1000);
    expect(numericValue('1,00,000')).toBe(100000);
  });
});

describe('stems of possessives', () => {
  it('stems a possessive as its noun, so lexicon entries match "the Taliban\'s" and "the group\'s"', () => {
    expect(stem("taliban's")).toBe(stem('taliban'));
    expect(stem("group's")).toBe(stem('group'));
    expect(tokenize('the group’s fighters')[1].stem).toBe(stem('group'));
  });
});
