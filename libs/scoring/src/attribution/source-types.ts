/**
 * Types a source mention into the six source types and decides whether it is a specific,
 * identifiable source. Order matters: a rank or a gazetteer organisation in the phrase's core
 * beats a role noun, which beats organisation-name patterns; the appositive description the
 * article gives ("director of the Central Asia Centre …") is used when the phrase itself is silent.
 */
import type { AttributionContext, SourceType } from '../types';
import { analyseMention, roleAt, type MentionParts } from './mention-parts';
import {
  isCommonCapitalised,
  isPluralNoun,
  ORG_NAME_PATTERNS,
  STATES,
  STATE_MODIFIERS,
  STATE_SPEAKERS,
  stateKey,
  type OrgMatch,
} from './lexicon';
import { ASSOCIATION_LINKS, ATTITUDE_PREFIX, OPENER_NON_NAMES, SENTENCE_CAPS } from './words';
import { canonicalFromParts } from './aliases';
import { isVaguePhrase } from './vague';
import { associationLink } from './noun-phrase';
import { possessiveLength } from './tokens';

export interface ClassifyContext extends AttributionContext {
  sentence?: string;
  /** Appositive or pre-name description the document gives for this source. */
  description?: string;
}

export interface SourceClass {
  sourceType: SourceType;
  named: boolean;
  canonical: string;
  /** True when nothing in the phrase typed it and the default for names was used. */
  guessed?: boolean;
  /** True when the mention ties an unnamed source to someone ("sources close to X"): the whole phrase is the source. */
  tied?: boolean;
}

/** The Taliban took Kabul on 15 August 2021; from then on their statements are a government's. */
const TALIBAN_TAKEOVER = Date.UTC(2021, 7, 15);

/** A body of state named in a Taliban mention ("the Taliban's interior ministry", "the Taliban government"). */
const STATE_BODY = /\b(?:ministry|ministries|minister|government|cabinet|administration)\b/i;

function talibanType(ctx: ClassifyContext, mention: string): SourceType {
  const years = (ctx.sentence ?? '').match(/\b(?:19|20)\d\d\b/g)?.map(Number) ?? [];
  if (years.length > 0)
    return Math.max(...years) >= 2022 ||
      (years.includes(2021) && /August|September|October|November|December|takeover/i.test(ctx.sentence ?? ''))
      ? 'official'
      : 'insurgent';
  if (ctx.publishedAt && ctx.publishedAt.getTime() >= TALIBAN_TAKEOVER) return 'official';
  // Undated, a ministry or a government of the Taliban is the Taliban governing, which the guide types official; an
  // insurgency's "shadow" bodies stay insurgent.
  if (STATE_BODY.test(mention) && !/\bshadow\b/i.test(mention)) return 'official';
  return 'insurgent';
}

const orgType = (o: OrgMatch, ctx: ClassifyContext, mention: string): SourceType =>
  o.datedTaliban ? talibanType(ctx, mention) : o.type;

function patternType(text: string): SourceType | null {
  for (const [re, type] of ORG_NAME_PATTERNS) if (re.test(text)) return type;
  return null;
}

const REGIONAL_STATE =
  /\b(?:Afghan|Afghanistan|Tajik|Uzbek|Kyrgyz|Kazakh|Turkmen|Pakistani|Russian|Chinese|Iranian|Indian|Ministry|Police)\b/;
const STATE_SECURITY =
  /\b(?:intelligence|security services?|government|state|ministry|authorities|police|army|border|officials?|leaders)\b/i;
const INSURGENT_HINT =
  /\b(?:insurgent|militant|rebel|jihadi(?:st)?|terrorist|guerrilla|opposition commander|shadow)\b/i;
/**
 * Coalition forces and the armies of coalition states ("U.S. Army Col.", "ISAF commander", "Task Force"). "U.S." ends
 * in a full stop, after which `\b` never holds before a space ("U.S. Brig. Gen."): it has its own lookahead.
 */
const COALITION =
  /\bU\.S\.(?!\w)|\b(?:ISAF|NATO|[Cc]oalition|US|American|British|UK|German|French|Canadian|Australian|Italian|Polish|Dutch|Danish|Marines?|Navy|Air Force|Joint Command|Regional Command|Task Force|Resolute Support|CENTCOM|USFOR-A|Special Forces)\b/;
/** A state's own police, army, border and security services. */
const NATIONAL =
  /\b(?:police|Police|army|border|national|National|provincial|district|ministry|Ministry|ANA|ANP|ANSF|NDS|security services?)\b/;

/** Whose officer a rank or "commander" is, from words of the same phrase or description only. */
function officerType(...texts: string[]): SourceType | null {
  const t = texts.join(' ');
  if (INSURGENT_HINT.test(t)) return 'insurgent';
  if (REGIONAL_STATE.test(t) || NATIONAL.test(t)) return 'official';
  if (COALITION.test(t)) return 'military';
  return null;
}

/** Document nouns of counts and records (the role list's "records and findings" class), which a state keeps. */
const STATE_COUNTS = new Set(['estimate', 'estimates', 'data', 'statistics', 'records']);

/** The capitalised name in a place phrase after the head ("at the Oxus Society", "from the Steppe Institute"), or null. */
function bodyAfterHead(p: MentionParts): string | null {
  const prep = p.tokens[p.coreEnd];
  if (!prep || !/^(?:at|of|from|with)$/.test(prep.lower)) return null;
  const rest = p.tokens.slice(p.coreEnd + 1).filter((t) => t.cap);
  return rest.length > 0 ? rest.map((t) => t.text).join(' ') : null;
}

function hasStateModifier(p: MentionParts): boolean {
  const low = p.text.toLowerCase();
  return (
    p.tokens.some((t) => STATE_MODIFIERS.has(t.lower) || STATES.has(t.lower.replace(/[’']s$/, ''))) ||
    low.includes('central asian')
  );
}

function typeOf(p: MentionParts, ctx: ClassifyContext): SourceType | null {
  // A rank marks an officer, not whose: coalition only when the phrase or its description says so (national army and
  // police officers are officials); a rank alone is left to the description the document gives the person.
  if (p.rank) {
    const own = officerType(p.text, ctx.description ?? '');
    if (own) return own;
  }
  const coreChars = p.tokens[p.coreEnd - 1]?.end ?? p.text.length;
  const coreOrg = p.orgs.find((o) => o.start < coreChars);
  if (coreOrg) return orgType(coreOrg, ctx, p.text);
  const head = p.head;
  // "a statement from the ministry", "a report by the council": a document is typed by whoever issued it.
  const issuer = head?.info.document ? issuerType(p, ctx) : null;
  if (issuer) return issuer;
  // "court documents", "police records", "army figures": a document named by the noun of the body that keeps it is
  // that body's, as "documents from the court" would be.
  if (head?.info.document) {
    for (let k = 0; k < head.index; k++) {
      // "a Military Times survey": a capital followed by a capitalised word that is no role is part of a name.
      const next = p.tokens[k + 1];
      if (p.tokens[k].cap && next && next.cap && k + 1 < head.index && !roleAt(p.tokens, k + 1)) continue;
      const modifier = roleAt(p.tokens, k);
      if (modifier?.info.type && !modifier.info.document && modifier.info.type !== 'anonymous')
        return modifier.info.type;
    }
    // "Russian estimates", "Tajik data", "US intelligence estimates": a count named by a state's adjective is the
    // state's (its government's), as "Afghan forces" are its army; a poll or study so named ("a Russian poll") is anyone's.
    if (STATE_COUNTS.has(head.key) && p.tokens.slice(0, head.index).some((t) => STATE_MODIFIERS.has(t.lower)))
      return 'official';
  }
  if (head && head.info.type) {
    const t = head.info.type;
    if (t === 'anonymous' || head.info.crowd) {
      if (STATE_SECURITY.test(p.text) && hasStateModifier(p)) return 'official';
      if (head.info.stateSide && hasStateModifier(p)) return 'official';
      if (/\bintelligence\b/i.test(p.text) && hasStateModifier(p)) return 'official';
      if (p.orgs[0]) return orgType(p.orgs[0], ctx, p.text);
      // "Analysts at the Oxus Society", "researchers from the Steppe Policy Institute": a crowd of analysts placed in a
      // body the gazetteer does not list takes the type its name's head word gives, as a listed body's does above.
      // Not unnamed sources or bystanders ("sources at the ministry", "students at Kabul University"): anonymous.
      if (t !== 'anonymous') {
        const body = bodyAfterHead(p);
        const named = body ? patternType(body) : null;
        if (named) return named;
      }
      // "Shopkeeper Hasan Saidov": a person named by name is identifiable, which the guide's anonymous is not; typed
      // as a named person whose role says no side (as "Hasan Saidov, a shopkeeper" is).
      if (p.person && t === 'anonymous' && !head.info.crowd) return null;
      // "Balkh Traders Union", "Kabul Doctors Association": a capitalised crowd word inside a name is no crowd.
      const at = p.tokens[head.index];
      if (at?.cap && p.tokens[head.index + 1]?.cap) {
        const named = patternType(p.text);
        if (named) return named;
      }
      return 'anonymous';
    }
    // "the Interior Ministry's website", "the website of the IMU": a website publishes for whoever runs it (the guide
    // lists insurgents' websites with their communiqués), as an office speaks for its owner; only a website with no
    // owner named is a news outlet's.
    if (head.key === 'website') {
      const owner = p.possessed ? ownerType(p, ctx) : issuerType(p, ctx, /^of$/);
      if (owner) return owner;
    }
    // A state's own forces are its army, official; the guide counts US and coalition forces as the coalition's.
    if (
      t === 'military' &&
      /\b(?:forces?|troops|soldiers?|commandos?|officers?)\b/i.test(head.key) &&
      hasStateModifier(p)
    )
      return p.tokens.some((k) => COALITION_MODIFIERS.has(k.lower)) ? 'military' : 'official';
    // "the head of the IMU", "the chief of the Afghanistan Analysts Network": a typed memberOf role is of its body's side
    // when its "of" phrase names a typed body; of an untyped one ("the deputy head of the delegation") it keeps its own.
    if (head.info.memberOf) {
      const body = issuerType(p, ctx, /^of$/);
      if (body) return body;
    }
    return t;
  }
  if (p.orgs[0]) return orgType(p.orgs[0], ctx, p.text);
  const pattern = patternType(p.text);
  if (pattern) return pattern;
  if (head) {
    // "the militants’ spokesman", "the border guards’ commander": one who speaks or acts for an owner the phrase names
    // is of the owner's side.
    if (p.possessed && (SPEAKS_FOR.test(head.key) || OFFICES.has(head.key))) {
      const owner = ownerType(p, ctx);
      if (owner) return owner;
    }
    if (head.info.memberOf) {
      const body = issuerType(p, ctx, BELONGING_LINKS) ?? modifierBodyType(p, ctx);
      if (body) return body;
    }
    // "police commander" is official, "insurgent commander" insurgent, "ISAF commander" military; alone it says nothing.
    // So does a rank as a noun ("a Russian general", "the admiral").
    if (OFFICER_NOUNS.test(head.key)) return officerType(p.text, ctx.description ?? '');
    if (head.key === 'leader' || head.key === 'leadership')
      return INSURGENT_HINT.test(p.text) ? 'insurgent' : 'official';
    // "the militant group", "an insurgent organisation": the modifier says which side the body is on.
    if (/^(?:group|organi[sz]ation)$/.test(head.key) && INSURGENT_HINT.test(p.text)) return 'insurgent';
    // A spokesman or an office with no organisation named speaks, in this domain, for an official: "the governor's
    // office", "the president's press service"; in a coalition or insurgent release, for the party that issued it
    // ("ISAF has no reports of such an incident, a spokesman said").
    if (head.key.startsWith('spokes') || OFFICES.has(head.key))
      return (bareRole(p, head.index) ? partyOutlet(ctx) : null) ?? 'official';
    // "Kazakhstan's security agency", "the Kyrgyz border agency": a body whose noun says no side is its owner's, and a
    // state's own body is official, as "Afghan forces" are its army ("news agency" has a type of its own).
    if (CONTEXT_BODIES.has(head.key)) {
      const owner = p.possessed ? ownerType(p, ctx) : null;
      if (owner) return owner;
      if (hasStateModifier(p)) return 'official';
    }
  }
  // States and their coordinations ("Uzbekistan and Tajikistan", "Tashkent, Dushanbe and Bishkek") speak as governments.
  const states = p.text
    .replace(/^(?:both\s+)?the\s+/i, '')
    .toLowerCase()
    .split(/\s*(?:,|\band\b|&)\s*/)
    .filter(Boolean);
  if (
    states.length > 0 &&
    states.every((x) => STATE_SPEAKERS.has(x) || STATE_SPEAKERS.has(x.replace(/ government$/, '')))
  )
    return 'official';
  return null;
}

/** Type of the "from"/"by"/"of" phrase after a document's head, when it names a typed source. */
function issuerType(p: MentionParts, ctx: ClassifyContext, links = /^(?:from|by|of)$/): SourceType | null {
  const marker = p.tokens[p.coreEnd];
  const first = p.tokens[p.coreEnd + 1];
  if (!marker || !first || !links.test(marker.lower)) return null;
  const type = typeOf(analyseMention(p.text.slice(first.start)), ctx);
  return type === 'anonymous' ? null : type;
}

/**
 * "a provincial council member", "a Taliban member": a noun compound names the body before the role, as the "of" phrase
 * of "a member of the provincial council" does; typed by the words before the head when they name a typed body.
 */
function modifierBodyType(p: MentionParts, ctx: ClassifyContext): SourceType | null {
  const head = p.head;
  if (!head || head.index === 0) return null;
  // "a steering committee member for the caucus": the phrase after the head names the body, typed or not.
  const link = p.tokens[p.coreEnd];
  if (link && BELONGING_LINKS.test(link.lower)) return null;
  // Only the noun right before the head is the compound's body: "government outreach director" names no government.
  const before = p.tokens[head.index - 1];
  const org = p.orgs.find((o) => o.start <= before.start && before.end <= o.end);
  if (org) return orgType(org, ctx, p.text);
  const body = roleAt(p.tokens, head.index - 1)?.info;
  return body?.type && !body.person && !body.document && !body.crowd && body.type !== 'anonymous' ? body.type : null;
}

/**
 * State modifiers of the coalition's troop contributors among organisations.json's stateModifiers: the labelling guide
 * types "US/coalition military officers" as military, where a national army is otherwise official.
 */
const COALITION_MODIFIERS = new Set(['us', 'u.s.', 'american', 'british', 'german', 'french', 'western']);

/**
 * The links by which a `memberOf` role (role-nouns.json) names its body: "a member of", "staff at", "an adviser from",
 * and the "to" of a service noun's complement ("an adviser to the president": see words.ts ofLikeAt).
 */
const BELONGING_LINKS = /^(?:of|at|for|from|to)$/;

/** A commander or a rank used as a noun: whose officer it is, the phrase or its description says (officerType). */
const OFFICER_NOUNS = /^(?:commander|generals?|colonels?|admirals?|brigadiers?)$/;

/** Roles whose side is their owner's ("X's spokesman", "X's commander", "X's leader"). */
const SPEAKS_FOR = /^(?:spokes\w*|commanders?|leaders?|leadership|representatives?|envoys?)$/;
/** A role that speaks or acts for a body ("spokesman", "leader", "envoy"). */
export const speaksFor = (key: string): boolean => SPEAKS_FOR.test(key);

/** Type of the possessive owner before the head ("the militants’" in "the militants’ spokesman"), when typed. */
function ownerType(p: MentionParts, ctx: ClassifyContext): SourceType | null {
  const end = p.head ? p.head.index : p.coreEnd;
  let last = -1;
  for (let k = 0; k < end; k++) if (possessiveLength(p.tokens[k].text) > 0) last = k;
  if (last < 0) return null;
  const owner = p.text.slice(0, p.tokens[last].end - possessiveLength(p.tokens[last].text));
  const type = typeOf(analyseMention(owner), ctx);
  return type === 'anonymous' ? null : type;
}

/** Bodies typed by context in role-nouns.json (type null): whose they are gives their side. */
const CONTEXT_BODIES = new Set(['agency', 'panel']);

/** Offices that speak for whoever they belong to (role-nouns.json), typed as a spokesman is. */
const OFFICES = new Set(['office', 'press office', 'press service', 'press centre', 'press center']);

/** Nothing but an article before the head ("a spokesman"): a modifier ("MOD spokesman") names whom it speaks for. */
const bareRole = (p: MentionParts, head: number): boolean =>
  p.tokens.slice(0, head).every((t) => /^(?:a|an|the)$/i.test(t.text));

/** The party that issued the document, when the outlet is one (a coalition or an insurgent group), else null. */
const partyOutlet = (ctx: ClassifyContext): SourceType | null =>
  ctx.outletType === 'military' || ctx.outletType === 'insurgent' ? ctx.outletType : null;

const CLERICS = new Set(['mullah', 'mulla', 'mullo', 'maulvi', 'mawlawi', 'maulavi', 'qari']);

/**
 * Mentions recur across sentences and documents and each test runs the vague patterns whose words the mention holds
 * anchored at the start: memoise by text, bounded so memory stays flat.
 */
const VAGUE_MEMO_LIMIT = 4096;
const vagueMemo = new Map<string, boolean>();

function isVagueMention(text: string): boolean {
  let v = vagueMemo.get(text);
  if (v === undefined) {
    if (vagueMemo.size >= VAGUE_MEMO_LIMIT) vagueMemo.clear();
    v = readVagueMention(text);
    vagueMemo.set(text, v);
  }
  return v;
}

function readVagueMention(text: string): boolean {
  const t = text.trim();
  return /^(?:they|them|some|others|many)$/i.test(t) || isVaguePhrase(t);
}

/**
 * The capital of a role or document phrase's first word where the phrase opens the sentence ("Documents show",
 * "Satellite imagery shows", "Studies suggest"): a common noun phrase without determiner, its head first or second,
 * with no organisation in it. Such a capital marks the sentence's start, not a name.
 */
const openerCapital = (p: MentionParts, i: number): boolean =>
  i === 0 &&
  p.determiner === null &&
  p.orgs.length === 0 &&
  ((p.head !== null && p.head.index <= 1) ||
    // "Opposition leaders say", "Religious leaders say": a common word capitalised only by its place, before a
    // lower-case word, names no body (the Brill lexicon lists its capitalised form with a common tag).
    (p.tokens.length > 1 && p.tokens[1].word && !p.tokens[1].cap && isCommonCapitalised(p.tokens[0].text)) ||
    // "Migrants say", "Terrorists in such cells …": a plural common noun capitalised by its place is a crowd.
    (p.tokens[0].cap && isPluralNoun(p.tokens[0].lower) && !p.tokens[1]?.cap));

/** Every word capitalised but the short function words: "International Security Assistance Force", "Ministry of Defence". */
export const properName = (text: string): boolean =>
  text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|on|in)$/.test(w));

function isNamed(p: MentionParts, type: SourceType): boolean {
  if (type === 'anonymous') return false;
  if (p.person) return true;
  // "The United States": a state by its name is one identifiable government, whatever its last word ("States").
  if (STATE_SPEAKERS.has(stateKey(p.text))) return true;
  const head = p.head;
  const modified =
    p.orgs.length > 0 || p.possessed || p.tokens.some((t, i) => t.cap && i > 0 && !STATE_MODIFIERS.has(t.lower));
  if (head) {
    // "the International Security Assistance Force": a head word inside a gazetteer name written as a proper name is
    // that name's, not a crowd ("coalition forces", lower case, stays a crowd).
    const at = p.tokens[head.index];
    const indefinite = p.determiner === 'a' || p.determiner === 'an';
    if (
      !indefinite &&
      p.orgs.some((o) => o.start <= at.start && at.end <= o.end && properName(p.text.slice(o.start, o.end)))
    )
      return true;
    // "the Kyrgyz side": one state, as "the Kyrgyz government" is.
    if (head.info.stateSide && type === 'official') return p.determiner === 'the';
    if (head.info.crowd || head.info.type === 'anonymous') return false;
    if (head.info.document)
      return (
        p.orgs.length > 0 ||
        p.tokens.slice(0, head.index).some((t, i) => t.cap && !STATE_MODIFIERS.has(t.lower) && !openerCapital(p, i)) ||
        p.determiner === 'the'
      );
    if (head.info.unique) return p.possessed || p.determiner === 'the' || (p.determiner === null && modified);
    return false;
  }
  return p.orgs.length > 0 || p.tokens.some((t) => t.cap);
}

/** Index of the preposition tying an unnamed source to someone ("close to", "familiar with"), or 0. */
function tiedSource(tokens: MentionParts['tokens']): number {
  for (let k = 2; k < tokens.length; k++) if (associationLink(tokens, k)) return k;
  return 0;
}

/** Type, specificity and canonical name of a source mention. */
export function classifyParts(p: MentionParts, ctx: ClassifyContext): SourceClass {
  // "Sources close to the Taliban leadership", "an official familiar with the talks": whom an unnamed source is tied to
  // describes it, and does not name it; its type and specificity are those of the words before the tie.
  const tie = tiedSource(p.tokens);
  if (tie > 0) {
    // The tie is an adjective and its preposition ("close to"), or "with" alone ("with knowledge of").
    const cut =
      p.tokens[tie].lower === 'with' && !ASSOCIATION_LINKS.get('with')?.has(p.tokens[tie - 1].lower) ? tie : tie - 1;
    const own = classifyParts(analyseMention(p.text.slice(0, p.tokens[cut].start).trimEnd()), ctx);
    return { ...own, named: false, canonical: p.text.trim(), tied: true };
  }
  // "Everyone agrees that …", "Someone told police …": a closed-class opener alone names no one.
  if (isVagueMention(p.text) || (p.tokens.length === 1 && OPENER_NON_NAMES.has(p.tokens[0].lower)))
    return { sourceType: 'anonymous', named: false, canonical: p.text.trim() };
  let type = typeOf(p, ctx);
  if (!type && ctx.description && !/^\s*(?:who|which|whose|that|\w+ing\b|\w+ed\b)/i.test(ctx.description)) {
    const described = typeOf(analyseMention(ctx.description), ctx);
    if (described !== 'anonymous') type = described;
  }
  const guessed = !type;
  // People by nationality ("Many Afghans", "Uzbeks", "some Pakistanis") are a crowd, named by no one.
  // "Anti-Taliban militias": a prefix of attitude capitalised at the sentence's start names no one.
  // "a longtime adviser to Trump": the complement of a service noun names whom the source serves, not the source.
  const named = p.tokens[p.coreEnd]?.lower === 'to' ? p.tokens.slice(0, p.coreEnd) : p.tokens;
  const capitals = named.filter(
    (t, i) => t.cap && !SENTENCE_CAPS.has(t.lower) && !ATTITUDE_PREFIX.test(t.lower) && !openerCapital(p, i),
  );
  if (!type && capitals.length > 0 && capitals.every((t) => STATE_MODIFIERS.has(t.lower.replace(/s$/, ''))))
    return { sourceType: 'anonymous', named: false, canonical: canonicalFromParts(p), guessed };
  // A cleric's title before a name (Mullah, Maulvi, Qari) marks, in this domain, a Taliban figure.
  if (!type && p.person && p.tokens.some((t) => CLERICS.has(t.lower))) type = talibanType(ctx, p.text);
  // A ranked officer whose army the text does not give serves some state: official, never coalition by default.
  if (!type && p.rank) type = 'official';
  // Commentators quoted by name with no stated role are, in analysis pieces, analysts or scholars.
  if (!type && p.person) type = 'independent';
  // An organisation or acronym nothing here can type is named, but its kind (and so its reliability) cannot be judged.
  if (!type && capitals.length > 0)
    return { sourceType: 'anonymous', named: true, canonical: canonicalFromParts(p), guessed };
  if (!type) type = 'anonymous';
  return { sourceType: type, named: isNamed(p, type), canonical: canonicalFromParts(p), guessed };
}

export function classifySource(mention: string, ctx: ClassifyContext = {}): SourceClass {
  const { sourceType, named, canonical } = classifyParts(analyseMention(mention), ctx);
  return { sourceType, named, canonical };
}
