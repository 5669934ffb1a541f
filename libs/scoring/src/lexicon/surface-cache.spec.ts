import { hashRange, SurfaceCache } from './surface-cache';

describe('SurfaceCache', () => {
  const lookup = (cache: SurfaceCache<{ s: string }>, text: string, start: number, end: number) =>
    cache.get(text, start, end, hashRange(text, start, end));

  it('finds a stretch of text by its characters, wherever it stands', () => {
    let made = 0;
    const cache = new SurfaceCache(16, (s) => ({ s, n: made++ }));
    const first = lookup(cache, 'the attack', 4, 10);
    expect(first.s).toBe('attack');
    expect(lookup(cache, 'attack!', 0, 6)).toBe(first);
    expect(lookup(cache, 'attacks', 0, 7).s).toBe('attacks');
    expect(made).toBe(2);
  });

  it('stays bounded: a full table is emptied and refilled', () => {
    let made = 0;
    const cache = new SurfaceCache(8, (s) => ({ s, n: made++ }));
    for (let i = 0; i < 100; i++) expect(lookup(cache, `w${i}`, 0, `w${i}`.length).s).toBe(`w${i}`);
    expect(made).toBe(100);
    expect(lookup(cache, 'w99', 0, 3).s).toBe('w99');
  });
});
