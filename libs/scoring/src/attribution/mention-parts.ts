/**
 * Reads a source mention ("Almaty-based Kazak political analyst Marat Shibutov", "the head of
 * Kyrgyzstan’s state security service") into the parts typing needs: head role, organisations,
 * personal name, rank and determiner.
 */
import { tokenize, type Token } from './tokens';
import {
  findOrganisations,
  HONORIFICS,
  isCommonCapitalised,
  isPluralNoun,
  MAX_ROLE_WORDS,
  isOrgWord,
  RANK_TITLES,
  ROLES,
  isAgeNoun,
  STATE_MODIFIERS,
  STATE_SPEAKERS,
  STATES,
  type OrgMatch,
  type RoleInfo,
} from './lexicon';
import { MONTHS, NAME_PARTICLES, npPrepositionAt, SENTENCE_CAPS } from './words';

export interface RoleHit {
  key: string;
  info: RoleInfo;
  /** Token index of the role's last word. */
  index: number;
}

export interface MentionParts {
  text: string;
  tokens: Token[];
  /** Token index where the first post-head prepositional phrase starts ("of", "in" …), or tokens.length. */
  coreEnd: number;
  head: RoleHit | null;
  orgs: OrgMatch[];
  /** Character range of a personal name inside the mention. */
  person: [number, number] | null;
  rank: boolean;
  determiner: string | null;
  possessed: boolean;
}

const isPossessive = (t: Token): boolean => /[’']s$/i.test(t.text) || /s[’']$/.test(t.text);
const bare = (t: Token): string => t.lower.replace(/[’']s$/, '');

/** The role ending at token i, longest first ("border guards" before "guards"), with a possessive read bare. */
export function roleAt(tokens: Token[], i: number): RoleHit | null {
  for (let n = Math.min(MAX_ROLE_WORDS, i + 1); n >= 1; n--) {
    const words = tokens.slice(i - n + 1, i + 1);
    if (!words.every((w) => w.word)) continue;
    const key = words.map((w, k) => (k === words.length - 1 ? bare(w) : w.lower)).join(' ');
    const info = ROLES.get(key) ?? ROLES.get(key.replace(/-/g, ' '));
    if (info) return { key, info, index: i };
  }
  return null;
}

/** Token range of a personal name in `tokens[0..end)`, which must stand in head position. */
function personRange(tokens: Token[], end: number, orgs: OrgMatch[], base: number): [number, number] | null {
  const named = tokens.findIndex((t) => t.lower === 'named');
  if (named >= 0 && tokens[named + 1]?.cap) {
    let e = named + 1;
    while (e < tokens.length && tokens[e].cap) e++;
    return [named + 1, e];
  }
  let e = end;
  while (e > 0 && !tokens[e - 1].word) e--;
  let s = e;
  while (s > 0) {
    const t = tokens[s - 1];
    if (t.cap || (NAME_PARTICLES.has(t.lower) && s < e) || (t.lower === 'and' && s < e && tokens[s - 2]?.cap)) s--;
    else break;
  }
  const inOrg = (t: Token): boolean => orgs.some((o) => t.start - base >= o.start && t.end - base <= o.end);
  // Strip titles, ranks, state adjectives, affiliations and organisation words from the front.
  // "Deputy Minister Karim Saidov", "Police Chief Abdul Rahman": a capitalised title of role nouns goes too, when its
  // last word names a person ("Video Transcript", "Team Trump" hold no personal name).
  let titleRole: RoleInfo | undefined;
  while (s < e) {
    const t = tokens[s];
    const low = t.lower;
    const role = RANK_TITLES.has(low) ? undefined : ROLES.get(low);
    if (
      RANK_TITLES.has(low) ||
      role !== undefined ||
      STATE_MODIFIERS.has(low) ||
      STATES.has(low) ||
      isPossessive(t) ||
      inOrg(t) ||
      isOrgWord(t.text) ||
      SENTENCE_CAPS.has(low) ||
      low === 'and' ||
      (HONORIFICS.has(low) && e - s > 2) ||
      // "Interior Minister R. R.", "Defence Minister S. S.": a department's name before a person's role is the title's.
      (s + 2 < e && ROLES.get(tokens[s + 1].lower)?.person === true)
    ) {
      titleRole = role;
      s++;
    } else break;
  }
  if (s >= e || e - s > 7 || (titleRole && !titleRole.person)) return null;
  const run = tokens.slice(s, e);
  if (run.some((t) => inOrg(t) || isOrgWord(t.text) || ROLES.has(t.lower) || STATES.has(t.lower))) return null;
  if (STATE_SPEAKERS.has(run.map((t) => t.lower).join(' '))) return null;
  if (run.length === 1) {
    const t = run[0];
    if (!/\p{Ll}/u.test(t.text) || MONTHS.has(t.lower)) return null; // acronyms are organisations
    const prev = tokens[s - 1];
    // Alone, a capitalised common word ("Just", "Democratic") is an opener or a proper adjective, not a name.
    const licensed =
      // "Migrants said …": a plural common noun opening the sentence names a crowd, not a person.
      (s === 0 && !isCommonCapitalised(t.text) && !isPluralNoun(t.lower)) ||
      (prev && (RANK_TITLES.has(prev.lower) || HONORIFICS.has(prev.lower) || ROLES.has(bare(prev))));
    if (!licensed) return null;
  }
  return [s, e];
}

/** Source phrases recur ("coalition forces", "Col. Rafael Torres"): memoise, bounded so memory stays flat. */
const MEMO_LIMIT = 4096;
const memo = new Map<string, MentionParts>();

/** Parts of a mention; the result is shared and must not be mutated. */
export function analyseMention(text: string): MentionParts {
  let parts = memo.get(text);
  if (!parts) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    parts = readMention(text);
    memo.set(text, parts);
  }
  return parts;
}

function readMention(text: string): MentionParts {
  const tokens = tokenize(text);
  let coreEnd = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    if (npPrepositionAt(tokens, i) || tokens[i].lower === 'named' || tokens[i].text === ',') {
      coreEnd = i;
      break;
    }
  }
  let head: RoleHit | null = null;
  for (let i = 0; i < coreEnd; i++) {
    const hit = roleAt(tokens, i);
    // An age before another word modifies it ("62-year-old Brenda Johnson", "a 55-year-old salesman"); alone it is the head.
    // So does a role word that is as often an adjective ("general type"; role-nouns.json headOnly).
    const modifies = (isAgeNoun(hit?.key ?? '') || hit?.info.headOnly) && tokens[i + 1]?.word && i + 1 < coreEnd;
    if (hit && !isPossessive(tokens[i]) && !modifies) head = hit;
  }
  const orgs = findOrganisations(text);
  if (!head) {
    // "writing in The Diplomat", "a column in the Christian Science Monitor": past the core, a role word inside an
    // organisation's name is that name's, and heads nothing (in the core, typeOf reads the organisation first anyway).
    const inName = (t: Token): boolean => orgs.some((o) => t.start >= o.start && t.end <= o.end);
    for (let i = coreEnd; i < tokens.length && !head; i++) {
      const hit = roleAt(tokens, i);
      if (hit && !isPossessive(tokens[i]) && !inName(tokens[i])) head = hit;
    }
  }
  // "A Member State", "the Press Service": a capitalised role of several words is the head, not a title before a name.
  const headStart = head ? head.index - head.key.split(' ').length + 1 : -1;
  const named = personRange(tokens, coreEnd, orgs, 0);
  const pr = named && head && headStart < named[0] && head.index >= named[0] ? null : named;
  const first = tokens[0];
  return {
    text,
    tokens,
    coreEnd,
    head,
    orgs,
    person: pr ? [tokens[pr[0]].start, tokens[pr[1] - 1].end] : null,
    // "U.S. Attorney General Loretta Lynch": a rank word that ends a civil office of several words is no rank.
    rank: tokens.some(
      (t, i) => t.cap && RANK_TITLES.has(t.lower) && !!tokens[i + 1]?.cap && !roleAt(tokens, i)?.key.includes(' '),
    ),
    determiner:
      first && /^(the|a|an|this|these|those|its|their|his|her|several|some|many|few|multiple|most)$/.test(first.lower)
        ? first.lower
        : null,
    possessed: tokens.slice(0, head ? head.index : coreEnd).some(isPossessive),
  };
}
