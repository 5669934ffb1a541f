import { CATCH_UP_MAX_MS, catchUpDelay } from './catch-up';

describe('catchUpDelay', () => {
  it('doubles from one second and stays at the ceiling however long the figures trail', () => {
    expect([0, 1, 2, 3, 4].map(catchUpDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(catchUpDelay(5)).toBe(CATCH_UP_MAX_MS);
    expect(catchUpDelay(1_000)).toBe(CATCH_UP_MAX_MS);
    expect(catchUpDelay(-3)).toBe(1_000);
  });
});
