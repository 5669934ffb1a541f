/**
 * The paragraph-level span sentences may not cross. Its own file because both builders make
 * blocks (blocks.ts for one-paragraph-per-line text, pdf.ts for wrapped PDF text) and blocks.ts
 * calls pdf.ts: the shape they share cannot live in either without an import cycle.
 */
export type BlockRole = 'text' | 'heading' | 'footnote' | 'url';

export interface Block {
  start: number;
  end: number;
  role: BlockRole;
  /** Footnote zone in PDF text (footnote and URL blocks of one page share it); -1 elsewhere. */
  zone: number;
}
