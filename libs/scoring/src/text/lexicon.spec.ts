import { anyMatch, firstMatchIndex, PLAIN, plainSource, BOILERPLATE_LINES, PHOTO_CREDITS } from './lexicon';

describe('ASCII-narrowed patterns', () => {
  it('narrow exactly on plain characters: \\p{L}, \\p{N}, \\p{Lu}, \\p{Ll} meet only their ASCII ranges there', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!PLAIN.test(ch)) continue;
      expect([/\p{L}/u.test(ch), /\p{N}/u.test(ch), /\p{Lu}/u.test(ch), /\p{Ll}/u.test(ch)]).toEqual([
        /[A-Za-z]/.test(ch),
        /[0-9]/.test(ch),
        /[A-Z]/.test(ch),
        /[a-z]/.test(ch),
      ]);
    }
  });

  it('rewrites property classes inside and outside brackets, and gives up on others', () => {
    expect(plainSource("^[\\p{L}][\\p{L}\\p{N} .'’-]{2,60}\\s\\p{Lu}$")).toBe(
      "^[A-Za-z][A-Za-z0-9 .'’-]{2,60}\\s[A-Z]$",
    );
    expect(plainSource('\\\\p{L}')).toBe('\\\\p{L}'); // an escaped backslash, then literal text
    expect(plainSource('\\P{L}')).toBeNull();
    expect(plainSource('\\p{Script=Latin}')).toBeNull();
  });

  it('gives the same answers on plain and other text', () => {
    expect(anyMatch(BOILERPLATE_LINES, 'Jane Doe 12 min read')).toBe(true);
    expect(anyMatch(BOILERPLATE_LINES, 'Jürgen Müller 12 min read')).toBe(true);
    expect(anyMatch(BOILERPLATE_LINES, 'Steppe Monitor – English')).toBe(true);
    expect(anyMatch(BOILERPLATE_LINES, 'The minister said on Monday 12 min read')).toBe(false);
    expect(firstMatchIndex(PHOTO_CREDITS, 'Soldiers at the gate. (Reuters)')).toBe(21);
    expect(firstMatchIndex(PHOTO_CREDITS, 'Soldiers at the gate. (Agência Brasil)')).toBe(21);
    expect(firstMatchIndex(PHOTO_CREDITS, 'Soldiers at the gate.')).toBe(-1);
  });
});
