import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OutletType,
  Provenance,
  RUBRIC_VERSION,
  scoreDocument,
  ScoredAssertion,
  SourceType,
  Span,
} from '@auditor/scoring';
import { parsePartialDate, pressReleases, seedIndex, sharedDir } from '../../../eval/src/datasets';
import { citesSource } from '../../../api/src/jobs/cited-sources';

/** A real sentence with the scores the project's own scorer gave it in its original article. */
export interface PoolSentence {
  text: string;
  provenance: Provenance;
  sourcingQuality: number;
  alarmism: number;
  hedged: boolean;
  admiralty: string;
  /** The signals as JSON, spans relative to the sentence (it moves when articles are recombined). */
  signals: string;
  attribution: PoolAttribution | null;
}

export interface PoolAttribution {
  canonical: string;
  source: string;
  /** Relative to the sentence; see `relative` for mentions outside it. */
  span: Span;
  sourceType: SourceType;
  cue: string;
  named: boolean;
  via: string;
}

/** A scored source document as the ordered pool indices of its assertions. */
export interface PoolDocument {
  /** Press releases are short and formulaic; the seeds are long analyses with many named sources. */
  kind: 'release' | 'analysis';
  sentences: number[];
}

export interface PoolCitedSource {
  canonicalName: string;
  type: SourceType;
  named: boolean;
  aliases: string[];
}

export interface PoolOutlet {
  name: string;
  type: OutletType;
}

export interface SentencePool {
  rubricVersion: string;
  /** The outlets the source documents came from, as an import would create them. */
  outlets: PoolOutlet[];
  sentences: PoolSentence[];
  documents: PoolDocument[];
  citedSources: PoolCitedSource[];
  /** Assertions the scorer found, before de-duplication (boilerplate repeats across releases). */
  scoredAssertions: number;
}

interface SourceText {
  kind: PoolDocument['kind'];
  outlet: string;
  text: string;
  outletType?: OutletType;
  publishedAt?: Date;
  author?: string;
}

/** The five seeds and the 724 press releases, with the metadata an import would pass the scorer. */
function sourceTexts(): SourceText[] {
  const shared = sharedDir();
  const seeds = seedIndex(shared).map((m): SourceText => ({
    kind: 'analysis',
    outlet: m.outlet,
    text: readFileSync(join(shared, 'seeds', m.file), 'utf8'),
    outletType: m.outletType,
    publishedAt: parsePartialDate(m.published),
    author: m.author ?? undefined,
  }));
  const releases = pressReleases(shared).map((r): SourceText => ({
    kind: 'release',
    outlet: r.outlet,
    text: r.text,
    outletType: r.outletType,
    publishedAt: parsePartialDate(r.eventDate),
  }));
  return [...seeds, ...releases];
}

/**
 * Offsets in the original article mean nothing once a sentence is recombined, so spans are kept
 * relative to the sentence. A mention carried from an earlier sentence (a pronoun, a block quote)
 * has no place in the sentence itself and becomes an empty span at its start.
 */
function relative([a, b]: Span, start: number, length: number): Span {
  const s = a - start;
  const e = b - start;
  return s >= 0 && e <= length ? [s, e] : [0, 0];
}

function toPoolSentence(a: ScoredAssertion): PoolSentence {
  // As the scoring job stores it: a vague (anonymous) attribution links to no cited source.
  const at = citesSource(a.attribution) ? a.attribution : null;
  return {
    text: a.text,
    provenance: a.provenance,
    sourcingQuality: a.scores.sourcingQuality,
    alarmism: a.scores.alarmism,
    hedged: a.hedged,
    admiralty: a.admiralty,
    signals: JSON.stringify(a.signals.map((s) => ({ ...s, span: relative(s.span, a.start, a.text.length) }))),
    attribution: at && {
      canonical: at.canonical,
      source: at.source,
      span: relative(at.span, a.start, a.text.length),
      sourceType: at.sourceType,
      cue: at.cue,
      named: at.named,
      via: at.via,
    },
  };
}

/** Cited sources as the scoring job stores them: typed and named as first seen, every surface form an alias. */
function citedSources(sentences: readonly PoolSentence[]): PoolCitedSource[] {
  const cited = new Map<string, PoolCitedSource>();
  for (const { attribution: at } of sentences) {
    if (!at) continue;
    const c = cited.get(at.canonical) ?? {
      canonicalName: at.canonical,
      type: at.sourceType,
      named: at.named,
      aliases: [],
    };
    if (!c.aliases.includes(at.source)) c.aliases.push(at.source);
    cited.set(at.canonical, c);
  }
  return [...cited.values()];
}

/**
 * Scores every source document once with the project's scorer and keeps each distinct sentence
 * once, with the scores of its first appearance (in context: attributions carried from earlier
 * sentences count). Cited sources are the scorer's canonical names from those sentences.
 */
export function buildSentencePool(): SentencePool {
  const sentences: PoolSentence[] = [];
  const byText = new Map<string, number>();
  const documents: PoolDocument[] = [];
  const outlets = new Map<string, PoolOutlet>();
  let scoredAssertions = 0;
  for (const src of sourceTexts()) {
    if (src.outletType) outlets.set(src.outlet, { name: src.outlet, type: src.outletType });
    const doc = scoreDocument(src.text, {
      outletType: src.outletType,
      publishedAt: src.publishedAt,
      author: src.author,
    });
    scoredAssertions += doc.assertions.length;
    const indices = doc.assertions.map((a) => {
      let i = byText.get(a.text);
      if (i === undefined) {
        i = sentences.push(toPoolSentence(a)) - 1;
        byText.set(a.text, i);
      }
      return i;
    });
    if (indices.length) documents.push({ kind: src.kind, sentences: indices });
  }
  if (!documents.some((d) => d.kind === 'analysis') || !documents.some((d) => d.kind === 'release'))
    throw new Error('sentence pool: the shared seeds or press releases yielded no assertions');
  return {
    rubricVersion: RUBRIC_VERSION,
    outlets: [...outlets.values()],
    sentences,
    documents,
    citedSources: citedSources(sentences),
    scoredAssertions,
  };
}
