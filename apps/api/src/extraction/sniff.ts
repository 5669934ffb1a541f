/**
 * Content sniffing: what the uploaded bytes really are, whatever the file is called or the client
 * claims. Extension and mimetype are user input and cheap to get wrong (or to fake); the bytes are
 * what the extractors will actually parse.
 */

import { type FormatKind } from '@auditor/vocabulary';
import { FORMAT_EXTRACTORS } from './extractors';

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

const startsWith = (b: Uint8Array, sig: number[], offset = 0) =>
  b.length >= offset + sig.length && sig.every((x, i) => b[offset + i] === x);

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Each format's extractor says how to recognise it: formats read from bytes are tried before the
 * signatures of known binary files, text formats on the decoded text, the one without a test last.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  for (const { kind, extractor: x } of FORMAT_EXTRACTORS)
    if (x.reads === 'bytes' && x.recognise(bytes)) return { kind };
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes, s.offset)) return { kind: 'binary', label: s.label };
  // UTF-16 text carries NULs between ASCII letters; name it rather than calling it binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'non-utf8' };
  if (bytes.includes(0)) return { kind: 'binary', label: 'binary data' };
  const text = decodeUtf8(bytes);
  if (text === null) return { kind: 'non-utf8' };
  for (const { kind, extractor: x } of FORMAT_EXTRACTORS)
    if (x.reads === 'text' && x.recognise?.(text)) return { kind };
  const anyText = FORMAT_EXTRACTORS.find(({ extractor: x }) => x.reads === 'text' && !x.recognise);
  return anyText ? { kind: anyText.kind } : { kind: 'binary', label: 'text in no accepted format' };
}
