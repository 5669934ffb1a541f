/** A cell: strings are escaped, numbers written as they are, null/undefined as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

// A text cell starting with one of these would be run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote cells holding a comma, quote or line break; double embedded quotes. */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Flattens nested objects and arrays into `a.b.0.c` → value rows, for the card's metric,value CSV. */
export function flatten(value: unknown, prefix = '', out: Array<[string, CsvValue]> = []): Array<[string, CsvValue]> {
  if (value instanceof Date) out.push([prefix, value.toISOString()]);
  else if (Array.isArray(value)) {
    if (!value.length) out.push([prefix, '']);
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push([prefix, value as CsvValue]);
  return out;
}

/**
 * Column headers for sources side by side: their names, which is what a spreadsheet reader needs;
 * an outlet and a cited source can share a name ("ISAF"), so a repeated name takes its kind, and
 * if that still repeats, its id (the `id` row below the header always gives the exact source).
 */
export function sourceHeaders(
  sources: ReadonlyArray<{ id: string; name: string; kind: 'outlet' | 'cited' }>,
): string[] {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const names = count(sources.map((s) => s.name));
  const withKind = sources.map((s) =>
    names.get(s.name)! > 1 ? `${s.name} (${s.kind === 'outlet' ? 'outlet' : 'cited source'})` : s.name,
  );
  const again = count(withKind);
  return withKind.map((h, i) => (again.get(h)! > 1 ? `${h} ${sources[i]!.id}` : h));
}

/** "attachment" with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
