/// <reference types="jest" />
import { isDone, mapAtMost } from './jobs';

describe('mapAtMost', () => {
  it('never runs more than `width` at once and returns results in the items order', async () => {
    // The first items take longest, so they finish after later ones.
    const delays = [30, 20, 1, 10, 5];
    let running = 0;
    let most = 0;
    const results = await mapAtMost([0, 1, 2, 3, 4], 3, async (i) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, delays[i]));
      running--;
      return i * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(3);
  });

  it('starts no worker for no items', async () => {
    const fn = jest.fn(async () => 1);
    expect(await mapAtMost([], 3, fn)).toEqual([]);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('isDone', () => {
  it('counts scored, failed and not-uploaded as finished, nothing else', () => {
    expect(
      (['waiting', 'uploading', 'queued', 'scoring', 'scored', 'failed', 'error'] as const).filter(isDone),
    ).toEqual(['scored', 'failed', 'error']);
  });
});
