/**
 * PolNeAR (Political News Attribution Relations) as a sentence-level attribution test: for every
 * assertion the engine emits, is it attributed in the gold annotation, and does the engine's
 * source agree with the gold source? Definitions follow issue 9 exactly, so engine and baselines
 * are measured on the same emitted sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../datasets';

export type PolnearSplit = 'train' | 'dev';

export interface GoldSource {
  span: [number, number];
  text: string;
  /**
   * For a third-person pronoun ("he", "they", "its"), the gold's own referent: the nearest earlier gold source mention
   * that has a content word and agrees in number (see `resolveGoldPronouns`). Absent when none does, and for first-
   * and second-person pronouns (the author, the reader), whose referent the text does not name.
   */
  referent?: string;
}

export interface GoldAttribution {
  cue: [number, number][];
  source: GoldSource[];
  content: [number, number][];
}

export interface PolnearDoc {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

interface TextBound {
  kind: string;
  spans: [number, number][];
  text: string;
}

/** brat standoff: "T3\tContent 10 20;25 30\ttext" and "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3". */
export function parseAnn(ann: string): GoldAttribution[] {
  const tb = new Map<string, TextBound>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const kind = body.slice(0, sp);
      const spans = body
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(' ').map(Number) as [number, number]);
      if (spans.every((s) => s.length === 2 && Number.isFinite(s[0]) && Number.isFinite(s[1])))
        tb.set(id, { kind, spans, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body);
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const a: GoldAttribution = { cue: [], source: [], content: [] };
    for (const part of e.trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      const t = ref ? tb.get(ref) : undefined;
      if (!t) continue;
      if (/^Cue/.test(role)) a.cue.push(...t.spans);
      else if (/^Source/.test(role)) a.source.push(...t.spans.map((span) => ({ span, text: t.text })));
      else if (/^Content/.test(role)) a.content.push(...t.spans);
    }
    if (a.cue.length > 0 || a.content.length > 0) out.push(a);
  }
  return out;
}

/** The split's articles; where several annotators labelled one article, the first .ann in sorted order. */
export function polnearDocuments(split: PolnearSplit, shared = sharedDir()): PolnearDoc[] {
  const dir = join(shared, 'external', 'polnear', split);
  const chosen = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions'))
    .filter((x) => x.endsWith('.ann'))
    .sort()) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, f);
  }
  return [...chosen].map(([name, f]) => {
    const attributions = parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'));
    resolveGoldPronouns(attributions);
    return { name, text: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'), attributions };
  });
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const THIRD_PERSON = new Set([
  ...SINGULAR_PRONOUNS,
  'it',
  'its',
  'itself',
  'they',
  'them',
  'their',
  'theirs',
  'themselves',
]);

/** A mention that names more than one: a coordination ("Clinton and her husband") or a lower-case plural head ("the protesters"). */
function pluralMention(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return /\band\b|&/.test(text) || /^[a-z]+[^su]s$/.test(last);
}

/**
 * PolNeAR marks the pronoun itself as the source of "he said"; the project names the referent instead (LABELLING.md:
 * "if the source is only a pronoun, give the referent's name from context"), and so does the engine. To compare like
 * with like, a third-person pronoun source takes, from the gold alone, the nearest earlier gold source mention in the
 * article that has a content word, skipping plural mentions for a singular pronoun. This is the gold's own chain of
 * speakers, never the engine's output; a pronoun with no such mention keeps no referent and cannot agree.
 */
export function resolveGoldPronouns(attributions: GoldAttribution[]): void {
  const named = attributions
    .flatMap((a) => a.source)
    .filter((s) => contentWords(s.text).size > 0)
    .sort((a, b) => a.span[0] - b.span[0]);
  for (const s of attributions.flatMap((a) => a.source)) {
    const pronoun = s.text.trim().toLowerCase();
    if (!THIRD_PERSON.has(pronoun)) continue;
    const singular = SINGULAR_PRONOUNS.has(pronoun);
    for (let k = named.length - 1; k >= 0; k--) {
      const m = named[k];
      if (m.span[1] > s.span[0]) continue;
      if (singular && pluralMention(m.text)) continue;
      s.referent = m.text;
      break;
    }
  }
}

const overlap = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Gold attributions whose cue lies inside [start, end). */
export function cuedIn(doc: PolnearDoc, start: number, end: number): GoldAttribution[] {
  return doc.attributions.filter((a) => a.cue.some(([s, e]) => s >= start && e <= end));
}

/** An emitted sentence is gold-attributed when a gold cue lies inside it or a gold content span covers at least half of it. */
export function goldAttributed(doc: PolnearDoc, start: number, end: number): boolean {
  if (cuedIn(doc, start, end).length > 0) return true;
  const len = end - start;
  if (len <= 0) return false;
  return doc.attributions.some((a) => a.content.reduce((sum, c) => sum + overlap(c, [start, end]), 0) >= len / 2);
}

let stop: Set<string> | undefined;
function stopwords(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  stop ??= new Set<string>((require('natural/lib/natural/util/stopwords') as { words: string[] }).words);
  return stop;
}

export function contentWords(s: string): Set<string> {
  const words =
    s
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return new Set(words.map((w) => w.replace(/'s$/, '')).filter((w) => w.length > 1 && !stopwords().has(w)));
}

/**
 * The predicted source shares a content word with a gold source cued in the sentence. With `resolvePronouns`, a gold
 * pronoun source is read as its gold referent (`resolveGoldPronouns`); without it, the literal reading, under
 * which a pronoun (no content word) never agrees.
 */
export function sourceAgrees(
  doc: PolnearDoc,
  start: number,
  end: number,
  predictedSource: string,
  resolvePronouns = true,
): boolean {
  const predicted = contentWords(predictedSource);
  if (predicted.size === 0) return false;
  for (const a of cuedIn(doc, start, end)) {
    for (const s of a.source) {
      const gold = resolvePronouns && s.referent !== undefined ? s.referent : s.text;
      for (const w of contentWords(gold)) if (predicted.has(w)) return true;
    }
  }
  return false;
}
