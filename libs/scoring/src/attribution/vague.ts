/**
 * Vague attribution: "reports say", "it is believed", "reportedly", "based on local tips". The AAN
 * critique's complaint is exactly this — claims nobody can be held to, "amplified by repetition".
 */
import { VAGUE_ANCHOR_RE, VAGUE_PATTERNS } from './lexicon';
import vagueWeasel from '../../rubric/attribution/vague-weasel.json';

/**
 * A weasel family's second gate (vague-weasel.json `requires`): words one of which every match also holds, looked up
 * only once an anchor is present, so a family anchored on "said" runs only where a quantifier or vague agent stands too.
 * All families' required words are found in one scan per sentence.
 */
const REQUIRES = new Map<string, ReadonlySet<string>>(
  (vagueWeasel.patterns as { re: string; requires?: string[] }[])
    .filter((p) => p.requires && p.requires.length > 0)
    .map((p) => [p.re, new Set(p.requires)]),
);
const REQUIRED_WORDS = [...new Set([...REQUIRES.values()].flatMap((w) => [...w]))].sort((a, b) => b.length - a.length);
const REQUIRED_RE = new RegExp(`\\b(?:${REQUIRED_WORDS.join('|')})\\b`, 'gi');
const REQUIRED_BY = VAGUE_PATTERNS.map((p) => REQUIRES.get(p.re.source) ?? null);
/** Anchors as Sets: a sentence holds few anchor words, and some families have hundreds, so the sentence's words are looked up. */
const ANCHOR_SETS = VAGUE_PATTERNS.map((p) => new Set(p.anchors));
const EVERY_FAMILY_ANCHORED = VAGUE_PATTERNS.every((p) => p.anchors.length > 0);

const holdsAny = (found: ReadonlySet<string> | null, wanted: ReadonlySet<string>): boolean => {
  if (found) for (const w of found) if (wanted.has(w)) return true;
  return false;
};

function wordsIn(text: string, re: RegExp): Set<string> {
  const found = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.add(m[0].toLowerCase());
  return found;
}

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
  let requiredFound: Set<string> | null = null;
  VAGUE_ANCHOR_RE.lastIndex = 0;
  for (let a = VAGUE_ANCHOR_RE.exec(text); a !== null; a = VAGUE_ANCHOR_RE.exec(text))
    (present ??= new Set()).add(a[0].toLowerCase());
  // Most sentences hold no anchor word: then no family can match, and none need be looked at.
  if (present === null && EVERY_FAMILY_ANCHORED) return null;
  for (let i = 0; i < VAGUE_PATTERNS.length; i++) {
    const { re, group, sourceText, anchors } = VAGUE_PATTERNS[i];
    if (anchors.length > 0 && !holdsAny(present, ANCHOR_SETS[i])) continue;
    const required = REQUIRED_BY[i];
    if (required) {
      requiredFound ??= wordsIn(text, REQUIRED_RE);
      if (!holdsAny(requiredFound, required)) continue;
    }
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
