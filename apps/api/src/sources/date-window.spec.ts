import { BadRequestException } from '@nestjs/common';
import { parseWindow, planWindow, windowParams } from './date-window';

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

  describe('as statement parameters (whole months, whole days, instants)', () => {
    const none: [string, string] = ['infinity', 'infinity'];

    it('reads the cut months by whole days', () => {
      expect(windowParams(parseWindow('2016-03-17', '2019-11-03'))).toEqual({
        monthFrom: '2016-04-01T00:00:00.000Z',
        monthTo: '2019-11-01T00:00:00.000Z',
        days: [
          ['2016-03-17T00:00:00.000Z', '2016-04-01T00:00:00.000Z'],
          ['2019-11-01T00:00:00.000Z', '2019-11-04T00:00:00.000Z'],
        ],
        instants: [none, none, none, none],
      });
    });

    it('counts the undated bucket only without any bound', () => {
      expect(windowParams(parseWindow())).toMatchObject({ monthFrom: '-infinity', monthTo: 'infinity' });
      expect(windowParams(parseWindow(undefined, '2024-01-31'))).toMatchObject({
        monthFrom: '0001-01-02T00:00:00Z',
        monthTo: '2024-02-01T00:00:00.000Z',
        days: [none, none],
      });
    });

    it('reads a window inside one month from day rows, and a bound inside a day from article rows', () => {
      expect(windowParams(parseWindow('2024-01-10', '2024-01-20'))).toEqual({
        monthFrom: 'infinity',
        monthTo: 'infinity',
        days: [['2024-01-10T00:00:00.000Z', '2024-01-21T00:00:00.000Z'], none],
        instants: [none, none, none, none],
      });
      expect(windowParams(parseWindow('2024-01-10T05:00:00Z', '2024-03-20T10:00:00Z'))).toEqual({
        monthFrom: '2024-02-01T00:00:00.000Z',
        monthTo: '2024-03-01T00:00:00.000Z',
        days: [
          ['2024-01-11T00:00:00.000Z', '2024-02-01T00:00:00.000Z'],
          ['2024-03-01T00:00:00.000Z', '2024-03-20T00:00:00.000Z'],
        ],
        instants: [
          ['2024-01-10T05:00:00.000Z', '2024-01-11T00:00:00.000Z'],
          ['2024-03-20T00:00:00.000Z', '2024-03-20T10:00:00.001Z'],
          none,
          none,
        ],
      });
    });
  });
});
