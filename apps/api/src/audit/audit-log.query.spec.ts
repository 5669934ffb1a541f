import { actionFilter } from './audit-log.query';

describe('audit action filter', () => {
  it('is exact, a prefix ending at the dot for "x.*", or nothing for "*"', () => {
    expect(actionFilter('review.override')).toBe('review.override');
    expect(actionFilter('review.*')).toEqual({ startsWith: 'review.' });
    expect(actionFilter('*')).toBeUndefined();
    expect(actionFilter(undefined)).toBeUndefined();
  });
});
