/**
 * The article formats an upload or an import may carry. Sniffing, extraction, the upload route's
 * documentation, the CLI importer and the upload screen all read this table, so they cannot
 * disagree about what is accepted. Extractors live with the service (they need Node libraries);
 * it keys them by `FormatKind`, so a new entry here does not compile until it has one.
 */
export interface UploadFormat {
  kind: string;
  /** Lower-case file name endings, with the dot; the first is the one shown in short lists. */
  extensions: readonly string[];
  /** The media type a browser or client sends for such a file. */
  mediaType: string;
  /** The media type the original is stored and served back with. */
  storedMediaType: string;
  /** How a sentence names it: "plain text", "HTML", "a PDF". */
  label: string;
  /** Its word in a list of formats: "not a text, HTML or PDF article". */
  noun: string;
  /** Extra words for the file picker's hint, e.g. the required encoding. */
  note?: string;
}

export const UPLOAD_FORMATS = [
  // Markdown is read as plain text: its light markup does not hide words from the scorer.
  {
    kind: 'text',
    extensions: ['.txt', '.text', '.md'],
    mediaType: 'text/plain',
    storedMediaType: 'text/plain; charset=utf-8',
    label: 'plain text',
    noun: 'text',
    note: 'UTF-8',
  },
  {
    kind: 'html',
    extensions: ['.html', '.htm'],
    mediaType: 'text/html',
    storedMediaType: 'text/html; charset=utf-8',
    label: 'HTML',
    noun: 'HTML',
  },
  {
    kind: 'pdf',
    extensions: ['.pdf'],
    mediaType: 'application/pdf',
    storedMediaType: 'application/pdf',
    label: 'a PDF',
    noun: 'PDF',
  },
] as const satisfies readonly UploadFormat[];

export type FormatKind = (typeof UPLOAD_FORMATS)[number]['kind'];
export const FORMAT_KINDS: readonly FormatKind[] = UPLOAD_FORMATS.map((f) => f.kind);

export function uploadFormat(kind: FormatKind): UploadFormat {
  const f = UPLOAD_FORMATS.find((x) => x.kind === kind);
  if (!f) throw new Error(`no upload format "${kind}"`);
  return f;
}

/** The ending of a file name, lower-cased with its dot ("" when there is none). */
export function extensionOf(name: string | null | undefined): string {
  const m = /\.[a-z0-9]+$/i.exec(name ?? '');
  return m ? m[0].toLowerCase() : '';
}

/** What the file name promises: a kind, 'none' for a name without an ending, null for an unsupported ending. */
export function formatOfFilename(name: string | null | undefined): FormatKind | 'none' | null {
  const ext = extensionOf(name);
  if (!ext) return 'none';
  return UPLOAD_FORMATS.find((f) => (f.extensions as readonly string[]).includes(ext))?.kind ?? null;
}

/** A file name whose ending names an upload format (the content is still sniffed when read). */
export function hasAcceptedEnding(name: string | null | undefined): boolean {
  const kind = formatOfFilename(name);
  return kind !== null && kind !== 'none';
}

/** Every accepted ending, in table order: ".txt, .text, .md, .html, .htm, .pdf". */
export const ACCEPTED_EXTENSIONS: readonly string[] = UPLOAD_FORMATS.flatMap((f) => f.extensions);

/** Every media type a client may send a file as, in table order. */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = UPLOAD_FORMATS.map((f) => f.mediaType);

/** The value of an `<input type="file" accept>`: endings and media types. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, ...ACCEPTED_MEDIA_TYPES].join(',');

const orList = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');

/** For messages: ".txt/.text/.md, .html/.htm or .pdf". */
export function describeExtensions(): string {
  return orList(UPLOAD_FORMATS.map((f) => f.extensions.join('/')));
}

/** For messages: "text, HTML or PDF". */
export function describeFormats(): string {
  return orList(UPLOAD_FORMATS.map((f) => f.noun));
}
