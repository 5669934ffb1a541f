/**
 * Content sniffing: what the uploaded bytes really are, whatever the file is called or the client
 * claims. Extension and mimetype are user input and cheap to get wrong (or to fake); the bytes are
 * what the extractors will actually parse.
 */

import { type FormatKind } from '@auditor/vocabulary';

export type Sniffed =
  | { kind: FormatKind }
  /** Recognisably binary: a known file signature, or NUL bytes. `label` names it for the message. */
  | { kind: 'binary'; label: string }
  /** Not binary, but not valid UTF-8 either (Latin-1, Windows-1252, UTF-16 …). */
  | { kind: 'non-utf8' };

/** Signatures of formats people upload by mistake, so the error can say what the file looks like. */
const SIGNATURES: ReadonlyArray<{ label: string; bytes: number[]; offset?: number }> = [
  { label: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { label: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { label: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { label: 'a ZIP archive (or a Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { label: 'a legacy Microsoft Office file', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { label: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { label: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'an executable', bytes: [0x4d, 0x5a] },
];

const startsWith = (b: Uint8Array, sig: number[], offset = 0) => b.length >= offset + sig.length && sig.every((x, i) => b[offset + i] === x);

/** PDF readers accept the header anywhere in the first 1 KB (some generators prepend junk); so do we. */
function isPdf(b: Uint8Array): boolean {
  const head = Buffer.from(b.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * HTML when the document opens with markup (after a BOM, whitespace and comments), or declares
 * itself with a doctype/<html>/<body> early on. A text file that merely mentions "<p>" mid-sentence
 * stays text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const opening = head.replace(/^(\s|<!--[\s\S]*?-->)*/, '');
  if (/^<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6]|section|header|table|ul|ol|span|a|br|blockquote)\b[^>]*>/i.test(opening)) return true;
  return /<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head);
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (isPdf(bytes)) return { kind: 'pdf' };
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes, s.offset)) return { kind: 'binary', label: s.label };
  // UTF-16 text carries NULs between ASCII letters; name it rather than calling it binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'non-utf8' };
  if (bytes.includes(0)) return { kind: 'binary', label: 'binary data' };
  const text = decodeUtf8(bytes);
  if (text === null) return { kind: 'non-utf8' };
  return { kind: looksLikeHtml(text) ? 'html' : 'text' };
}
