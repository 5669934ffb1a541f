import { inForeground } from '../common/foreground-work';
import type { SqlPool } from '../database/sql-pool';
import { SearchIndexUpkeep } from './search-index-upkeep';

describe('SearchIndexUpkeep', () => {
  let merges: number[];
  let upkeep: SearchIndexUpkeep;

  beforeEach(() => {
    jest.useFakeTimers();
    merges = [];
    const sql = { query: async () => void merges.push(Date.now()) } as unknown as SqlPool;
    upkeep = new SearchIndexUpkeep(sql);
  });
  afterEach(() => {
    upkeep.onModuleDestroy();
    jest.useRealTimers();
  });

  it('merges at once, then at most every two seconds, and merges what came meanwhile later', async () => {
    const t0 = Date.now();
    await upkeep.mergePending();
    expect(merges).toEqual([t0]);
    // Grouping batches in the next two seconds: one merge follows them, two seconds after the first.
    for (let i = 0; i < 5; i++) {
      await jest.advanceTimersByTimeAsync(300);
      await upkeep.mergePending();
    }
    expect(merges).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(600);
    expect(merges).toHaveLength(2);
    expect(merges[1]! - t0).toBeGreaterThanOrEqual(2000);
    // Nothing more is scheduled once the list was merged.
    await jest.advanceTimersByTimeAsync(10_000);
    expect(merges).toHaveLength(2);
  });

  it('waits for a burst of uploads in this process to end', async () => {
    let finish!: () => void;
    const upload = inForeground(() => new Promise<void>((resolve) => (finish = resolve)));
    await upkeep.mergePending();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(merges).toEqual([]); // the upload is still in flight: the merge keeps waiting
    finish();
    await upload;
    await jest.advanceTimersByTimeAsync(500);
    expect(merges).toEqual([]); // the burst ended less than a second ago
    await jest.advanceTimersByTimeAsync(1_500);
    expect(merges).toHaveLength(1);
  });
});
