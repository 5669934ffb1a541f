import { useEffect, useState } from 'react';
import { request, type BandedScore, type ScoreBand, type ScoreBands } from './api';

export type { BandedScore, ScoreBand, ScoreBands };

// The bands change only with the rubric, i.e. with a deploy: one request per page load is enough,
// shared by every component that asks (a failed request is forgotten so a later mount retries).
let cached: ScoreBands | null = null;
let pending: Promise<ScoreBands> | null = null;

function loadBands(): Promise<ScoreBands> {
  pending ??= request<ScoreBands>('/score-bands').then(
    (b) => (cached = b),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** The score bands and bases of the service's rubric (`GET /api/score-bands`); null until loaded or if unavailable. */
export function useScoreBands(): ScoreBands | null {
  const [bands, setBands] = useState<ScoreBands | null>(cached);
  useEffect(() => {
    if (cached) return;
    let live = true;
    loadBands()
      .then((b) => live && setBands(b))
      .catch(() => undefined); // bands are an explanation, not the data: the score still shows without them
    return () => {
      live = false;
    };
  }, []);
  return bands;
}

/** The band a score (or a mean of scores) falls in, out-of-range scores taking the nearest; null without bands or a score. */
export function bandOf(
  bands: ScoreBands | null | undefined,
  kind: BandedScore,
  score: number | null | undefined,
): ScoreBand | null {
  const list = bands?.bands[kind];
  if (!list?.length || score === null || score === undefined || !Number.isFinite(score)) return null;
  // Bands cover whole scores; a mean such as 44.5 belongs to the band whose range it falls in [min, max + 1).
  return list.find((b) => score < b.max + 1) ?? list[list.length - 1]!;
}

/**
 * A score's band as a small tag: the plain word, coloured by concern, its meaning in the title
 * and (for screen readers, who get no tooltip) in visually hidden text.
 */
export function BandTag({
  kind,
  score,
  bands: given,
}: {
  kind: BandedScore;
  score: number | null | undefined;
  bands?: ScoreBands | null;
}) {
  const loaded = useScoreBands();
  const band = bandOf(given ?? loaded, kind, score);
  if (!band) return null;
  return (
    <span
      className={`band-tag concern-${band.concern}`}
      title={`${band.min}–${band.max}: ${band.meaning}`}
      data-band={band.label}
    >
      {band.label}
      <span className="visually-hidden">
        {' '}
        ({band.concern} concern: {band.meaning})
      </span>
    </span>
  );
}
