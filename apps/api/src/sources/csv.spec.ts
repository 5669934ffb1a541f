import { csvCell, flatten, sourceHeaders, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and leaves plain cells alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-4)).toBe('-4');
  });

  it('writes CRLF rows with a header', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('flattens nested objects and arrays into dotted metric names', () => {
    expect(flatten({ a: { b: 1, c: [2, 3] }, d: null, e: [], f: new Date('2024-01-01T00:00:00Z') })).toEqual([
      ['a.b', 1],
      ['a.c.0', 2],
      ['a.c.1', 3],
      ['d', null],
      ['e', ''],
      ['f', '2024-01-01T00:00:00.000Z'],
    ]);
  });

  it('heads compared sources by name, adding the kind and then the id only where names repeat', () => {
    expect(
      sourceHeaders([
        { id: 'outlet:1', name: 'Pajhwok', kind: 'outlet' },
        { id: 'outlet:2', name: 'ISAF', kind: 'outlet' },
        { id: 'cited:3', name: 'ISAF', kind: 'cited' },
        { id: 'cited:4', name: 'Ministry', kind: 'cited' },
        { id: 'cited:5', name: 'Ministry', kind: 'cited' },
      ]),
    ).toEqual([
      'Pajhwok',
      'ISAF (outlet)',
      'ISAF (cited source)',
      'Ministry (cited source) cited:4',
      'Ministry (cited source) cited:5',
    ]);
  });
});
