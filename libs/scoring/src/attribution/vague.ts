/**
 * Vague attribution: "reports say", "it is believed", "reportedly", "based on local tips". The AAN
 * critique's complaint is exactly this — claims nobody can be held to, "amplified by repetition".
 */
import { VAGUE_PATTERNS } from './lexicon';

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
  for (const { re, group, sourceText } of VAGUE_PATTERNS) {
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
