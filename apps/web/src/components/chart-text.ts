/**
 * Text layout for the SVG charts, pure so it can be tested: SVG does not wrap text, so long
 * labels are broken into lines here, and axis ticks are thinned so their labels cannot touch.
 * Widths are estimates in viewBox units (an average glyph is about 0.6 of the font size).
 */

export const glyphWidth = (fontSize: number) => fontSize * 0.6;

/**
 * Breaks a label into at most `maxLines` lines of `perLine` characters at spaces; a word longer
 * than a line is cut, and text left over ends the last line with "…" (the caller keeps the full
 * name in a <title> and the table alternative).
 */
export function wrapLabel(label: string, perLine: number, maxLines = 2): { lines: string[]; truncated: boolean } {
  const all: string[] = [];
  let current = '';
  for (let word of label.trim().split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length <= perLine) {
      current = `${current} ${word}`;
      continue;
    }
    if (current) all.push(current);
    while (word.length > perLine) {
      all.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    current = word;
  }
  if (current) all.push(current);
  if (all.length <= maxLines) return { lines: all, truncated: false };
  const lines = all.slice(0, maxLines);
  lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
  return { lines, truncated: true };
}

/**
 * Which of `n` evenly spaced points get an axis label so that labels `labelWidth` wide (plus a
 * gap) fit in `plotWidth`: every k-th point counted back from the last, so the latest month is
 * always labelled and the spacing stays even (no crowded last pair).
 */
export function axisTicks(n: number, plotWidth: number, labelWidth: number, gap = 8): number[] {
  if (n <= 0) return [];
  if (n === 1) return [0];
  const spacing = plotWidth / (n - 1);
  const step = Math.max(1, Math.ceil((labelWidth + gap) / spacing));
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}
