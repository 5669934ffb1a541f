import { countWords, isWs } from './chars';

describe('chars', () => {
  it('isWs is exactly what \\s matches, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWs(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('countWords counts runs of non-space inside the range, as split(/\\s+/) would', () => {
    const text = '  Officials\u00a0said,\tin  Kabul\u2009on\nMonday  ';
    expect(countWords(text, 0, text.length)).toBe(
      text
        .trim()
        .split(/\s+/)
        .filter((w) => w).length,
    );
    expect(countWords(text, 0, text.length)).toBe(6);
    // A range that starts mid-word counts the rest of that word.
    expect(countWords(text, 4, 13)).toBe(2);
    expect(countWords(text, 3, 3)).toBe(0);
  });
});
