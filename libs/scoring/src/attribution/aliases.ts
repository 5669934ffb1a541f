/**
 * Canonical source names, so that one origin cited under several names ("ISAF", "International
 * Security Assistance Force", "the ISAF Joint Command") counts once — the AAN critique's "data mist"
 * is many outlets repeating one source.
 */
import stateBodyNames from '../../rubric/attribution/state-body-names.json';
import { analyseMention, type MentionParts } from './mention-parts';
import { STATE_NAME_OF, stateKey } from './lexicon';

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

/** National adjective or state name → the state (not lexicon.ts STATES, the set of state speakers). */
const STATE_OF: ReadonlyMap<string, string> = new Map(Object.entries(stateBodyNames.states));
const BODIES: ReadonlyMap<string, string> = new Map(
  Object.entries(stateBodyNames.bodies).flatMap(([canonical, names]) => names.map((n) => [n, canonical] as const)),
);
const STATE_WORD = /^([\p{L}.]+?)(?:['’]s)?$/u;

/**
 * "the Tajik Interior Ministry", "Tajikistan's Interior Ministry", "the Interior Ministry of Tajikistan", "the Tajik
 * Ministry of Internal Affairs" → "Interior Ministry of Tajikistan" (state-body-names.json); null for any other phrase.
 */
export function stateBodyName(text: string): string | null {
  // "the Ministry of Internal Affairs (MVD) of Tajikistan": a bracketed acronym is no part of the body's name.
  const words = text
    .replace(LEADING_ARTICLE, '')
    .replace(/\s*\([A-Z][A-Z0-9.&-]{1,9}\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const state = (w: string | undefined): string | undefined =>
    w === undefined ? undefined : STATE_OF.get(STATE_WORD.exec(w.toLowerCase())?.[1] ?? '');
  const body = (ws: string[]): string | undefined => BODIES.get(ws.join(' ').toLowerCase());
  // "<state> <body>", "<state>'s <body>"
  const before = state(words[0]);
  const bodyAfter = before ? body(words.slice(1)) : undefined;
  if (before && bodyAfter) return `${bodyAfter} of ${before}`;
  // "<body> of <state>"
  const of = words.lastIndexOf('of');
  const after = of > 0 && of === words.length - 2 ? state(words[words.length - 1]) : undefined;
  const bodyBefore = after ? body(words.slice(0, of)) : undefined;
  return after && bodyBefore ? `${bodyBefore} of ${after}` : null;
}

export function canonicalFromParts(p: MentionParts): string {
  if (p.person) return squash(p.text.slice(p.person[0], p.person[1]));
  // "the Kyrgyz Republic", "the U.S.", "America": one state under any of its names.
  const state = STATE_NAME_OF.get(stateKey(p.text));
  if (state) return state;
  const stateBody = stateBodyName(p.text);
  if (stateBody) return stateBody;
  const head = p.head;
  const personRole =
    head && (head.info.person || head.info.crowd || (head.info.type === 'anonymous' && !head.info.document));
  if (p.orgs.length > 0 && !personRole) return p.orgs[0].canonical;
  return p.text.replace(LEADING_ARTICLE, '').replace(/\s+/g, ' ').trim();
}

/** Alias-normalised name of a source mention ("the ICG report" → "International Crisis Group"). */
export function canonicalSourceName(mention: string): string {
  return canonicalFromParts(analyseMention(mention));
}

/** Line breaks and runs of spaces inside a name (PDF text: "Emomali \n\nRahmon") are not part of it. */
const squash = (name: string) => name.replace(/\s+/g, ' ').trim();

/** "Roche and Heathershaw", "Roche, Heathershaw and Tucker": the surnames of a coordination, or null. */
const COORDINATION = /\s*,\s*(?:and\s+)?|\s+and\s+/;
const SURNAME = /^\p{Lu}[\p{Ll}’'-]+$/u;

function coordinatedSurnames(name: string): string[] | null {
  if (!/\sand\s|,/.test(name)) return null;
  const parts = name.split(COORDINATION);
  return parts.length > 1 && parts.every((p) => SURNAME.test(p)) ? parts : null;
}

const joinNames = (names: readonly string[]) =>
  names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Document-aware canonical: a surname alone ("Tucker") becomes the full name the document gave
 * earlier ("Noah Tucker"), and so does each surname of a coordination ("Roche and Heathershaw" →
 * "Sophie Roche and John Heathershaw"), so the pair cited first in full and later by surnames is
 * one source. Only the text before `before` is searched, by plain indexOf, so the cost stays
 * proportional to the number of occurrences rather than to a regex scan of the document.
 */
export function resolveSurname(name: string, docText: string, before: number): string {
  const clean = squash(name);
  const surnames = coordinatedSurnames(clean);
  if (surnames) return joinNames(surnames.map((s) => resolveOne(s, docText, before)));
  return resolveOne(clean, docText, before);
}

/** "Mr. Naeemi", "Ms Rahimova": a courtesy title before a surname, the newspaper style for a second mention. */
const COURTESY_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.? (\p{Lu}\p{Ll}[\p{L}’'-]*)$/u;

function resolveOne(name: string, docText: string, before: number): string {
  const courtesy = COURTESY_SURNAME.exec(name);
  if (courtesy) {
    const full = resolveOne(courtesy[1], docText, before);
    return full === courtesy[1] ? name : full;
  }
  if (/\s/.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) return name;
  let at = docText.indexOf(name);
  while (at >= 0 && at < before) {
    const after = docText[at + name.length];
    if (!after || !/[\p{L}]/u.test(after)) {
      const words = docText.slice(Math.max(0, at - 60), at).split(/\s+/);
      words.pop();
      const given: string[] = [];
      for (let k = words.length - 1; k >= 0 && given.length < 2; k--) {
        const w = words[k];
        if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(w) || /^(?:The|A|An|And|But|Army|Analyst|Col|Gen|Lt|Maj|Capt)$/.test(w))
          break;
        given.unshift(w);
      }
      if (given.length > 0 && docText[at - 1] === ' ') return `${given.join(' ')} ${name}`;
    }
    at = docText.indexOf(name, at + name.length);
  }
  return name;
}
