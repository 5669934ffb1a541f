import { FigureMention, Fingerprint } from './fingerprint';
import { GROUP_WORDS } from './lexicon';
import { figuresDisagree } from './similarity';

export interface FigureConflict {
  noun: string;
  a: { assertionId: string; value: number };
  b: { assertionId: string; value: number };
  ratio: number;
}

interface Counted {
  assertionId: string;
  figures: readonly FigureMention[];
}

/**
 * Counts of the same noun that differ by FIGURE_CONFLICT_RATIO or more, between claims already
 * known to be about the same thing (one claim group). The critique's case: "estimated 2000
 * fighters" against "only 600 IMU fighters" in the same report. At most one conflict per noun and pair.
 */
export function figureConflicts(all: readonly Counted[]): FigureConflict[] {
  const out: FigureConflict[] = [];
  // Most sentences state no count. Pairs are quadratic in the group's size, and a group of fifty
  // copies of a release is 1,225 pairs re-checked on every new copy: only claims with a figure can
  // conflict, so only they are paired (same pairs, same order, as before).
  const claims = all.filter((c) => c.figures.length > 0);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const nouns = new Set(
        claims[i].figures.map((f) => f.noun).filter((n) => claims[j].figures.some((g) => g.noun === n)),
      );
      for (const noun of nouns) {
        // The closest pair of counts decides: one shared value ("10 detained" in both) is agreement.
        let closest: [FigureMention, FigureMention] | null = null;
        for (const f of claims[i].figures) {
          for (const g of claims[j].figures) {
            if (f.noun !== noun || g.noun !== noun) continue;
            if (!closest || ratio(f, g) < ratio(...closest)) closest = [f, g];
          }
        }
        if (!closest || !figuresDisagree(...closest)) continue;
        const [f, g] = closest;
        out.push({
          noun,
          a: { assertionId: claims[i].assertionId, value: f.value },
          b: { assertionId: claims[j].assertionId, value: g.value },
          ratio: ratio(f, g),
        });
      }
    }
  }
  return out;
}

function ratio(f: FigureMention, g: FigureMention): number {
  return Math.max(f.value, g.value) / Math.max(1, Math.min(f.value, g.value));
}

export interface SubjectClaim {
  assertionId: string;
  publishedAt: Date | null;
  fingerprint: Pick<Fingerprint, 'entities' | 'places' | 'figures' | 'incident'>;
}

/**
 * Conflicting estimates across groups: claims about the same subject (a shared group name or
 * other name) in the same year, estimating the same noun. Incident reports are left out: two raids
 * in one province with different death tolls are not a contradiction. Claims are bucketed by
 * (noun, subject word, year) so the pairwise check stays within small buckets.
 */
export function subjectFigureConflicts(claims: readonly SubjectClaim[]): FigureConflict[] {
  const buckets = new Map<string, Counted[]>();
  for (const c of claims) {
    const year = c.publishedAt ? String(c.publishedAt.getUTCFullYear()) : '?';
    const subjects = c.fingerprint.entities.filter((e) => GROUP_WORDS.has(e) || !c.fingerprint.places.includes(e));
    // Incident reports ("detained 125 insurgents since December") tally, they do not estimate.
    if (c.fingerprint.incident) continue;
    for (const f of c.fingerprint.figures) {
      if (f.eventCount) continue;
      for (const s of subjects) {
        const key = `${f.noun}|${s}|${year}`;
        const list = buckets.get(key) ?? [];
        if (!list.some((x) => x.assertionId === c.assertionId)) list.push({ assertionId: c.assertionId, figures: [f] });
        buckets.set(key, list);
      }
    }
  }
  const out = new Map<string, FigureConflict>();
  for (const list of buckets.values()) {
    for (const conflict of figureConflicts(list)) {
      const key = [conflict.a.assertionId, conflict.b.assertionId, conflict.noun].join('|');
      out.set(key, conflict);
    }
  }
  return [...out.values()];
}
