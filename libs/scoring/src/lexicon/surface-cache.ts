/**
 * Per-word records keyed by a stretch of the text, looked up without slicing it. Article vocabulary repeats, so
 * most tokens are a hit: the tokenizer hashes the word's characters as it scans them and the table compares them in
 * place, where slicing the word out and hashing it again for a Map was most of a tokenizer's time.
 */

/** One step of the hash a scanner folds each UTF-16 unit into, starting from 0. */
export const hashStep = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

export function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = hashStep(hash, text.charCodeAt(k));
  return hash;
}

interface Entry<V> {
  readonly surface: string;
  readonly hash: number;
  readonly value: V;
}

function sameSurface(text: string, start: number, end: number, surface: string): boolean {
  if (surface.length !== end - start) return false;
  for (let k = 0; k < surface.length; k++) if (surface.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Open addressing over a power-of-two table, emptied when half full: bounded however much text passes through. */
export class SurfaceCache<V> {
  private table: (Entry<V> | undefined)[];
  private count = 0;
  private readonly mask: number;

  constructor(
    private readonly slots: number,
    private readonly make: (surface: string) => V,
  ) {
    this.mask = slots - 1;
    this.table = SurfaceCache.empty(slots);
  }

  private static empty<V>(slots: number): (Entry<V> | undefined)[] {
    return new Array<Entry<V> | undefined>(slots).fill(undefined);
  }

  /** The record for text[start, end), whose `hashRange` is `hash`. */
  get(text: string, start: number, end: number, hash: number): V {
    let slot = hash & this.mask;
    for (let e = this.table[slot]; e !== undefined; e = this.table[slot]) {
      if (e.hash === hash && sameSurface(text, start, end, e.surface)) return e.value;
      slot = (slot + 1) & this.mask;
    }
    const surface = text.slice(start, end);
    const value = this.make(surface);
    if (this.count >= this.slots >> 1) {
      this.table = SurfaceCache.empty(this.slots);
      this.count = 0;
      slot = hash & this.mask;
    }
    this.table[slot] = { surface, hash, value };
    this.count++;
    return value;
  }
}
