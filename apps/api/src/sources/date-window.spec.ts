import { BadRequestException } from '@nestjs/common';
import { parseWindow, planWindow } from './date-window';

const d = (s: string) => new Date(s);

describe('date windows', () => {
  it('includes the whole day of a bare upper date', () => {
    expect(parseWindow('2024-01-15', '2024-01-15')).toEqual({
      from: d('2024-01-15T00:00:00Z'),
      toExcl: d('2024-01-16T00:00:00Z'),
    });
    expect(() => parseWindow('2024-02-01', '2024-01-01')).toThrow(BadRequestException);
  });

  it('reads whole months from the month table and only the cut months from article rows', () => {
    expect(planWindow(parseWindow('2016-03-17', '2019-11-03'))).toEqual({
      months: { from: d('2016-04-01T00:00:00Z'), to: d('2019-11-01T00:00:00Z') },
      edges: [
        [d('2016-03-17T00:00:00Z'), d('2016-04-01T00:00:00Z')],
        [d('2019-11-01T00:00:00Z'), d('2019-11-04T00:00:00Z')],
      ],
    });
  });

  it('needs no edges for whole months or an open window', () => {
    expect(planWindow(parseWindow('2024-03-01', '2024-03-31'))).toEqual({
      months: { from: d('2024-03-01T00:00:00Z'), to: d('2024-04-01T00:00:00Z') },
      edges: [],
    });
    expect(planWindow(parseWindow())).toEqual({ months: { from: null, to: null }, edges: [] });
  });

  it('reads a window inside one month from article rows alone', () => {
    const w = parseWindow('2024-01-10', '2024-01-20');
    expect(planWindow(w)).toEqual({ months: null, edges: [[w.from, w.toExcl]] });
  });
});
