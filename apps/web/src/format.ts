/** Small display helpers shared by the screens (no DOM). */

export const num = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits).replace(/\.0+$/, '');

export const pct = (share: number | null | undefined, digits = 1): string =>
  share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits).replace(/\.0$/, '')}%`;

export const ci = (c: [number, number] | null | undefined): string => (c ? `${num(c[0])}–${num(c[1])}` : 'n/a');

export const signed = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${num(v)}`;

export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "sourcingQuality" → "sourcing quality". */
export const words = (id: string): string =>
  id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();

export const ADMIRALTY_RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const ADMIRALTY_CREDIBILITY: Record<string, string> = {
  '1': 'confirmed by other sources',
  '2': 'probably true',
  '3': 'possibly true',
  '4': 'doubtful',
  '5': 'improbable',
  '6': 'truth cannot be judged',
};

export function admiraltyText(grade: string | null | undefined): string {
  if (!grade) return '—';
  const r = ADMIRALTY_RELIABILITY[grade[0] ?? ''];
  const c = ADMIRALTY_CREDIBILITY[grade.slice(1)];
  return `${grade}${r || c ? ` (${[r, c].filter(Boolean).join(', ')})` : ''}`;
}

export const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
