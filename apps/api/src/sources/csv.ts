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

/** "attachment" with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
