/**
 * Photo captions: short paragraphs that end with a photo credit
 * ("… Photo: AP/Zabi Karimi", "… Picture source: Image shack", "… (Google Earth)").
 */
import { firstMatchIndex, PHOTO_CREDITS } from './lexicon';

const MAX_CAPTION = 500;
const TAIL = 140;
/** The bare "(Agency)" credit is only trusted on very short paragraphs. */
const MAX_PAREN_CAPTION = 250;

/** Offset in `s` where the credit starts, or -1 when `s` is not a captioned paragraph. */
export function creditStart(s: string): number {
  if (s.length > MAX_CAPTION) return -1;
  // Credits sit at the end, so only the tail is searched (the patterns allow at most ~80 characters of credit).
  const from = Math.max(0, s.length - TAIL);
  const rel = firstMatchIndex(PHOTO_CREDITS, from === 0 ? s : s.slice(from));
  if (rel < 0) return -1;
  const at = from + rel;
  if (s.length > MAX_PAREN_CAPTION && s.slice(at).trimStart().startsWith('(')) return -1;
  return at;
}
