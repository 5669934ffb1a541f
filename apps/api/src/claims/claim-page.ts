import type { ClaimEdge, ClaimMember, ClaimPage, ClaimRole } from '@auditor/contracts';
import type { GroupAnalysis, SyndicatedRepeat } from '@auditor/corroboration';
import type { Provenance } from '@auditor/vocabulary';

/** ClaimGroup.analysis as stored (dates as ISO strings); `syndicated` is absent from groups analysed before it existed. */
export type StoredAnalysis = Omit<GroupAnalysis, 'earliest'> & {
  earliest: { assertionId: string; publishedAt: string | null; origin: string };
  syndicated?: Array<Omit<SyndicatedRepeat, 'publishedAt'> & { publishedAt: string | null }>;
};

export interface MemberRow {
  assertionId: string;
  text: string;
  articleId: string;
  title: string | null;
  outletId: string | null;
  outletName: string | null;
  citedId: string | null;
  citedName: string | null;
  provenance: Provenance | null;
  publishedAt: Date | null;
  role: string | null;
  matchedAssertionId: string | null;
  sourcingQuality: number | null;
  alarmism: number | null;
  admiralty: string | null;
}

export interface PublicationRow {
  articleId: string;
  outletId: string;
  outletName: string;
  /** Null when the upload gave none: the copy is then dated as the original. */
  publishedAt: Date | null;
}

interface GroupRow {
  id: string;
  amplifications: number;
  independentOrigins: number;
  corroborations: number;
  amplifiedOnly: boolean;
  updatedAt: Date;
  analysis: StoredAnalysis;
}

const ROLES: readonly ClaimRole[] = ['origin', 'corroboration', 'amplification', 'substantiation'];
const isIndependent = (role: ClaimRole) => role === 'origin' || role === 'corroboration';

/** Earliest first; undated last, then by key so the order is total (as the analysis orders members). */
function chronological(a: ClaimMember, b: ClaimMember): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY;
  return ta !== tb ? ta - tb : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * A claim group as a page: the stored members (roles and origins from the stored analysis), one
 * extra member per syndicated publication of a member's article, and the edges of who repeated
 * whom. A repetition points at the member it matched when that one shares its origin (the
 * closest earlier wording), otherwise at its origin's first member; a syndicated copy points at
 * the assertion it reprints.
 */
export function buildClaimPage(group: GroupRow, rows: MemberRow[], publications: PublicationRow[]): ClaimPage {
  const a = group.analysis;
  const analysed = new Map(a.roles.map((r) => [r.assertionId, r]));
  const members: ClaimMember[] = [];
  for (const r of rows) {
    const stored = analysed.get(r.assertionId);
    const role: ClaimRole =
      stored?.role ?? (ROLES.includes(r.role as ClaimRole) ? (r.role as ClaimRole) : 'amplification');
    const member: ClaimMember = {
      key: r.assertionId,
      assertionId: r.assertionId,
      text: r.text,
      article: { id: r.articleId, title: r.title },
      outlet: r.outletId ? { id: r.outletId, name: r.outletName ?? '' } : null,
      citedSource: r.citedId ? { id: r.citedId, name: r.citedName ?? '' } : null,
      provenance: r.provenance,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      role,
      independent: isIndependent(role),
      originKey: stored?.originKey ?? '',
      syndicated: false,
      scores:
        r.sourcingQuality === null || r.alarmism === null
          ? null
          : { sourcingQuality: r.sourcingQuality, alarmism: r.alarmism },
      admiralty: r.admiralty,
    };
    members.push(member);
    for (const p of publications.filter((x) => x.articleId === r.articleId)) {
      members.push({
        ...member,
        key: `${r.assertionId}@${p.outletId}`,
        outlet: { id: p.outletId, name: p.outletName },
        publishedAt: p.publishedAt?.toISOString() ?? member.publishedAt,
        role: 'amplification',
        independent: false,
        syndicated: true,
      });
    }
  }
  members.sort(chronological);

  const byKey = new Map(members.map((m) => [m.key, m]));
  const firstOf = new Map(a.origins.map((o) => [o.key, o.firstAssertionId]));
  const matched = new Map(rows.map((r) => [r.assertionId, r.matchedAssertionId]));
  const edges: ClaimEdge[] = [];
  for (const m of members) {
    if (m.independent) continue;
    let to: string | undefined;
    if (m.syndicated) to = m.assertionId;
    else {
      const near = matched.get(m.assertionId);
      to =
        near && byKey.get(near)?.originKey === m.originKey && chronological(byKey.get(near)!, m) < 0
          ? near
          : firstOf.get(m.originKey);
    }
    if (to && to !== m.key && byKey.has(to)) edges.push({ from: m.key, to });
  }

  return {
    id: group.id,
    members,
    origin: { member: a.earliest.assertionId, name: a.earliest.origin },
    origins: a.origins.map((o) => ({
      key: o.key,
      name: o.name,
      provenance: o.provenance,
      firstMember: o.firstAssertionId,
      members: o.members,
    })),
    independentOrigins: group.independentOrigins,
    amplifications: group.amplifications,
    corroborations: group.corroborations,
    amplifiedOnly: group.amplifiedOnly,
    edges,
    conflictingFigures: a.conflictingFigures.map((c) => ({
      noun: c.noun,
      ratio: c.ratio,
      a: { member: c.a.assertionId, value: c.a.value },
      b: { member: c.b.assertionId, value: c.b.value },
    })),
    updatedAt: group.updatedAt.toISOString(),
  };
}
