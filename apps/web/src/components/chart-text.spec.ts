/// <reference types="jest" />
import { axisTicks, wrapLabel } from './chart-text';

describe('chart text layout', () => {
  it('keeps short labels whole and wraps long ones at spaces', () => {
    expect(wrapLabel('ISAF', 18)).toEqual({ lines: ['ISAF'], truncated: false });
    expect(wrapLabel('Daily Outlook Afghanistan', 18)).toEqual({
      lines: ['Daily Outlook', 'Afghanistan'],
      truncated: false,
    });
  });

  it('truncates what does not fit in the lines with an ellipsis, never past the line width', () => {
    const r = wrapLabel('Ministry of Interior Affairs of the Islamic Republic of Afghanistan', 18);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]!.endsWith('…')).toBe(true);
    for (const l of r.lines) expect(l.length).toBeLessThanOrEqual(18);
    const long = wrapLabel('Supercalifragilisticexpialidocious-outlet', 10);
    for (const l of long.lines) expect(l.length).toBeLessThanOrEqual(10);
    expect(long.truncated).toBe(true);
  });

  it('thins axis ticks so labels cannot overlap, always labelling the last point', () => {
    const plot = 500;
    const label = 46;
    for (const n of [1, 2, 8, 12, 40, 120]) {
      const ticks = axisTicks(n, plot, label);
      expect(ticks[ticks.length - 1]).toBe(n - 1);
      const spacing = n > 1 ? plot / (n - 1) : plot;
      for (let i = 1; i < ticks.length; i++)
        expect((ticks[i]! - ticks[i - 1]!) * spacing).toBeGreaterThanOrEqual(label);
    }
    expect(axisTicks(40, plot, label).length).toBeGreaterThan(4);
  });
});
