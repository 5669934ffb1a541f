import { tokenize } from './tokens';

// The grammar the hand-written scanner must keep: any change to one is a change to every lexicon match.
const GRAMMAR = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

describe('lexicon tokenize', () => {
  it.each([
    'Taliban’s fighters didn’t attack 1,000 posts on 2.5.2011.',
    "l'été d'Ávila O'Neill's rock'n'roll '' ’’ x'",
    'Bağlan × ÷ naïve Ǆemal ɏ Ȁ 12,00,000 3. 4, 5.6. ,7 a1b2',
    'ŞAHİN İstanbul “Quoted” — dash 😀 emoji 𝐀bold',
    '',
  ])('matches the token regex on %j', (text) => {
    const expected = [...text.matchAll(GRAMMAR)].map((m) => [m.index, m.index + m[0].length]);
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(expected);
  });

  it('gives the same form to repeated surfaces and separate ones to different surfaces', () => {
    const [a, b, c] = tokenize('Attack attack Attack');
    expect(a.form).toBe(c.form);
    expect(a.form).not.toBe(b.form);
    expect([a.word, a.capitalised, b.capitalised]).toEqual(['attack', true, false]);
  });
});
