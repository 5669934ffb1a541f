import { readFileSync } from 'node:fs';
import { OUTLET_TYPES, OutletType } from '@auditor/scoring';

/** A problem with what the user gave us; the CLI prints its message on one line and exits 1. */
export class UsageError extends Error {}

/** Reads a file or stdin ("-") as bytes, with a one-line message for a missing or unreadable file. */
export function readBytes(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`file not found: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a directory, not a text file`);
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Reads a file or stdin ("-") as UTF-8 text, refusing binary data and empty text. */
export function readText(file: string, bytes: Buffer = readBytes(file)): string {
  if (bytes.includes(0))
    throw new UsageError(`${file === '-' ? 'standard input' : file} looks like binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file === '-' ? 'standard input' : file} is not valid UTF-8 text`);
  }
  if (text.trim().length === 0)
    throw new UsageError(`${file === '-' ? 'standard input' : file} is empty: nothing to score`);
  return text;
}

export function parseOutletType(value: string | undefined): OutletType | undefined {
  if (value === undefined) return undefined;
  if (!(OUTLET_TYPES as readonly string[]).includes(value)) {
    throw new UsageError(`unknown outlet type "${value}": use one of ${OUTLET_TYPES.join(', ')}`);
  }
  return value as OutletType;
}

export function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!date || date.getUTCDate() !== +m![3] || date.getUTCMonth() !== +m![2] - 1) {
    throw new UsageError(`invalid date "${value}": use YYYY-MM-DD`);
  }
  return date;
}
