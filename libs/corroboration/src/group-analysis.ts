import type { Provenance } from '@auditor/scoring';
import { figureConflicts, FigureConflict } from './figure-conflicts';
import { FigureMention, Fingerprint } from './fingerprint';
import { ClaimRecord } from './types';

/** Shingle Jaccard at or above which an unattributed member is a copy of an earlier one, not its own origin. */
export const VERBATIM_JACCARD = 0.6;

/**
 * origin: first member of its origin. amplification: repeats an origin already present, adding
 * nothing checkable. substantiation: same origin, but brings evidence. corroboration: a new,
 * independent origin for the claim.
 */
export type MemberRole = 'origin' | 'amplification' | 'substantiation' | 'corroboration';

export interface ClaimOrigin {
  key: string;
  /** Canonical cited source, or the outlet for own-voice claims. */
  name: string;
  provenance: Provenance;
  firstAssertionId: string;
  members: number;
}

export interface GroupAnalysis {
  size: number;
  earliest: { assertionId: string; publishedAt: Date | null; origin: string };
  origins: ClaimOrigin[];
  independentOrigins: number;
  roles: Array<{ assertionId: string; role: MemberRole; originKey: string }>;
  amplifications: number;
  corroborations: number;
  /** Repeated by several members, all from one origin: looks corroborated, is not. */
  amplifiedOnly: boolean;
  conflictingFigures: FigureConflict[];
}

export type GroupMember = Pick<
  ClaimRecord,
  'assertionId' | 'articleId' | 'publishedAt' | 'outlet' | 'citedSource' | 'provenance' | 'hasEvidence'
> & {
  fingerprint: Pick<Fingerprint, 'shingles'> & { figures: FigureMention[] };
};

function jaccard(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  const shared = b.filter((x) => set.has(x)).length;
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Earliest first; undated members last, then by assertion id so the order is total. */
function chronological(members: readonly GroupMember[]): GroupMember[] {
  return [...members].sort((x, y) => {
    const tx = x.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const ty = y.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return tx !== ty ? tx - ty : x.assertionId < y.assertionId ? -1 : x.assertionId > y.assertionId ? 1 : 0;
  });
}

/**
 * Where a member's claim comes from. A cited source is its own origin whoever repeats it (five
 * outlets quoting one ISAF release are one origin). An own-voice claim is the outlet's — unless
 * it copies an earlier member nearly word for word, then it inherits that member's origin:
 * re-publishing a release without credit is still the release. Anonymous sourcing is kept apart
 * per outlet: it may be independent, but nothing shows it is the same source elsewhere.
 */
function originKey(
  m: GroupMember,
  earlier: readonly GroupMember[],
  keys: Map<string, string>,
): { key: string; name: string } {
  if (m.citedSource) return { key: `source:${m.citedSource.toLowerCase()}`, name: m.citedSource };
  if (m.provenance === 'anonymous')
    return { key: `anonymous:${m.outlet.toLowerCase()}`, name: `anonymous via ${m.outlet}` };
  const copied = earlier.find(
    (e) => e.articleId !== m.articleId && jaccard(e.fingerprint.shingles, m.fingerprint.shingles) >= VERBATIM_JACCARD,
  );
  if (copied) {
    const key = keys.get(copied.assertionId)!;
    return { key, name: key.replace(/^[a-z]+:/, '') };
  }
  return { key: `outlet:${m.outlet.toLowerCase()}`, name: m.outlet };
}

/** How a claim group came about: who said it first, how many independent origins, who only repeated it. */
export function analyseGroup(members: readonly GroupMember[]): GroupAnalysis {
  if (members.length === 0) throw new Error('analyseGroup needs at least one member');
  const ordered = chronological(members);
  const keys = new Map<string, string>();
  const origins = new Map<string, ClaimOrigin>();
  const roles: GroupAnalysis['roles'] = [];
  ordered.forEach((m, i) => {
    const { key, name } = originKey(m, ordered.slice(0, i), keys);
    keys.set(m.assertionId, key);
    const known = origins.get(key);
    let role: MemberRole;
    if (!known) {
      origins.set(key, { key, name, provenance: m.provenance, firstAssertionId: m.assertionId, members: 1 });
      role = i === 0 ? 'origin' : 'corroboration';
    } else {
      known.members++;
      role = m.hasEvidence ? 'substantiation' : 'amplification';
    }
    roles.push({ assertionId: m.assertionId, role, originKey: key });
  });
  const first = ordered[0];
  const originList = [...origins.values()];
  const amplifications = roles.filter((r) => r.role === 'amplification').length;
  return {
    size: members.length,
    earliest: { assertionId: first.assertionId, publishedAt: first.publishedAt, origin: originList[0].name },
    origins: originList,
    independentOrigins: originList.length,
    roles,
    amplifications,
    corroborations: roles.filter((r) => r.role === 'corroboration').length,
    amplifiedOnly: members.length > 1 && originList.length === 1,
    conflictingFigures: figureConflicts(
      ordered.map((m) => ({ assertionId: m.assertionId, figures: m.fingerprint.figures })),
    ),
  };
}
