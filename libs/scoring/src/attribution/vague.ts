/**
 * Vague attribution: "reports say", "it is believed", "reportedly", "based on local tips". The AAN
 * critique's complaint is exactly this — claims nobody can be held to, "amplified by repetition".
 */
import { VAGUE_ANCHOR_RE, VAGUE_PATTERNS } from './lexicon';

export interface VagueHit {
  cue: string;
  cueStart: number;
  cueEnd: number;
  source: string;
  sourceStart: number;
  sourceEnd: number;
}

/** First vague attribution in `text` (offsets relative to `text`), or null. */
export function findVague(text: string): VagueHit | null {
  let best: VagueHit | null = null;
  // One pass finds which anchor words the sentence holds; a pattern none of whose anchors is there is not tried.
  let present: Set<string> | null = null;
  VAGUE_ANCHOR_RE.lastIndex = 0;
  for (let a = VAGUE_ANCHOR_RE.exec(text); a !== null; a = VAGUE_ANCHOR_RE.exec(text)) (present ??= new Set()).add(a[0].toLowerCase());
  for (const { re, group, sourceText, anchors } of VAGUE_PATTERNS) {
    if (anchors.length > 0 && !anchors.some((w) => present?.has(w))) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m || (best && m.index >= best.cueStart)) continue;
    const g = m[group] ?? m[0];
    const gStart = group === 0 ? m.index : m.index + m[0].indexOf(g);
    best = {
      cue: m[0],
      cueStart: m.index,
      cueEnd: m.index + m[0].length,
      source: sourceText ?? g,
      sourceStart: gStart,
      sourceEnd: sourceText ? gStart + m[0].length : gStart + g.length,
    };
  }
  return best;
}
