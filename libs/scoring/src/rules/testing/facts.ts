import { tokenize } from '../../lexicon/tokens';
import { defaultRubric } from '../../rubric';
import { Attribution, OutletType, SourceType } from '../../types';
import { findFigures } from '../figures';
import { findHedges } from '../hedging/hedges';
import { findDetails } from '../sourcing/specific-detail';
import { AssertionFacts, Figure } from '../rule';

export interface FactsOptions {
  source?: { name: string; type: SourceType; named: boolean };
  references?: string[];
  outletType?: OutletType;
  /** Other sentences of the same document, for document-level rules. */
  others?: string[];
}

/** Builds the facts one rule sees for a single sentence, the way the scorer does. */
export function factsFor(text: string, opts: FactsOptions = {}): AssertionFacts {
  const rubric = defaultRubric();
  const tokens = tokenize(text, 0);
  const attribution: Attribution | null = opts.source
    ? {
        source: opts.source.name,
        canonical: opts.source.name,
        span: [0, opts.source.name.length],
        sourceType: opts.source.type,
        named: opts.source.named,
        cue: 'said',
        cueSpan: null,
        via: 'explicit',
      }
    : null;
  const matches = rubric.lexiconSet.matchAll(tokens);
  const figures = findFigures(tokens, matches.quantityNouns);
  const estimates = new Map<string, (Figure & { assertion: number })[]>();
  const add = (fig: Figure, assertion: number) => {
    if (fig.eventCount) return;
    estimates.set(fig.noun, [...(estimates.get(fig.noun) ?? []), { ...fig, assertion }]);
  };
  figures.forEach((f) => add(f, 0));
  (opts.others ?? []).forEach((o, i) =>
    findFigures(tokenize(o, 0), rubric.lexiconSet.matchAll(tokenize(o, 0)).quantityNouns).forEach((f) => add(f, i + 1)),
  );
  return {
    text,
    start: 0,
    end: text.length,
    tokens,
    matches,
    attribution,
    provenance: attribution ? attribution.sourceType : (opts.outletType ?? 'unattributed'),
    references: opts.references ?? [],
    hedges: findHedges(tokens, matches.hedges),
    figures,
    details: findDetails(tokens),
    documentEstimates: estimates,
    index: 0,
    outletType: opts.outletType,
  };
}

export const rubric = defaultRubric;
