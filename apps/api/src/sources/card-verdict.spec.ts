import type { IndexFigures } from '@auditor/contracts';
import { cardVerdict, compareWithCorpus, VerdictInput } from './card-verdict';

const index = (
  mean: number | null,
  ci95: [number, number] | null,
  corpusMean: number | null,
  corpusCi95: [number, number] | null,
): IndexFigures => ({
  n: 0,
  mean,
  sd: null,
  ci95,
  distribution: [],
  corpusMean,
  corpusCi95,
  difference: mean !== null && corpusMean !== null ? mean - corpusMean : null,
});

const share = (count: number, n: number) => ({ count, share: n ? count / n : null, corpusShare: null });

/** A card like the worst seed's: 36 assertions in one article, none attributed, alarmist. */
function card(over: Partial<VerdictInput> = {}): VerdictInput {
  const n = 36;
  return {
    kind: 'outlet',
    name: 'Daily Outlook Afghanistan',
    sample: {
      articles: 1,
      assertions: n,
      firstDate: null,
      lastDate: null,
      smallSample: true,
      warning: null,
      thresholds: { minAssertions: 30, minArticles: 3 },
    },
    provenance: {
      official: 0,
      military: 0,
      insurgent: 0,
      independent: 0,
      media: 0,
      anonymous: 0,
      unattributed: n,
    },
    sourcingQuality: index(12, [9, 15], 48, [47, 49]),
    alarmism: index(61, [55, 67], 22, [21, 23]),
    shares: { attributed: share(0, n), anonymous: share(0, n), unverifiable: share(27, n), hedged: share(3, n) },
    corroboration: {
      claims: 4,
      grouped: 1,
      originated: 0,
      corroborated: share(0, 4),
      amplified: share(1, 4),
      contradicted: share(0, 4),
    },
    reliability: {
      grade: 'E',
      basis: '',
      reliability: { counts: {}, mode: 'E', mean: 5 },
      credibility: { counts: {}, mode: '6', mean: 6 },
      evidence: { claims: 4, corroborated: 0, contradicted: 0 },
    },
    ...over,
  };
}

describe('compareWithCorpus', () => {
  it('calls a clear gap of 15 points or more far, a smaller clear gap above or below', () => {
    expect(compareWithCorpus(index(61, [55, 67], 22, [21, 23]))).toBe('far above');
    expect(compareWithCorpus(index(30, [28, 32], 22, [21, 23]))).toBe('above');
    expect(compareWithCorpus(index(12, [9, 15], 48, [47, 49]))).toBe('far below');
    expect(compareWithCorpus(index(40, [38, 42], 48, [47, 49]))).toBe('below');
  });

  it('says close to when the gap is inside both samples’ spread or under 3 points', () => {
    // 10 points apart, but the source's interval is ±20: not a clear difference.
    expect(compareWithCorpus(index(32, [12, 52], 22, [21, 23]))).toBe('close to');
    // A huge sample makes 2 points "significant", yet 2 points is nothing on a 0–100 score.
    expect(compareWithCorpus(index(24, [23.9, 24.1], 22, [21.9, 22.1]))).toBe('close to');
  });

  it('counts the rest of the corpus’s spread too: a small rest of the corpus widens the test', () => {
    expect(compareWithCorpus(index(40, [38, 42], 30, [29, 31]))).toBe('above');
    expect(compareWithCorpus(index(40, [38, 42], 30, [10, 50]))).toBe('close to');
  });

  it('cannot judge without intervals on both sides', () => {
    expect(compareWithCorpus(index(40, null, 30, [29, 31]))).toBeNull();
    expect(compareWithCorpus(index(40, [38, 42], null, null))).toBeNull();
    expect(compareWithCorpus(index(null, null, 30, [29, 31]))).toBeNull();
  });
});

describe('cardVerdict', () => {
  it("sums up an outlet from the card's own figures", () => {
    const v = cardVerdict(card());
    expect(v.summary).toBe(
      '36 assertions in one article, none attributed to a source — a small sample, so read this as indicative. ' +
        'Sourcing quality 12 is far below the rest of the corpus (48); alarmism 61 is far above the rest of the corpus (22). ' +
        '75% of the assertions cannot be checked (credibility 6). ' +
        'Of 4 claims specific enough to match across the corpus, 0 independently corroborated, 1 repeating an origin already present. ' +
        'Admiralty reliability grade E.',
    );
    expect(v.headline).toBe(
      'Sourcing quality 12, far below the corpus · Alarmism 61, far above the corpus · 36 assertions in one article',
    );
    expect(v.sourcingQuality).toEqual({ mean: 12, band: null, comparison: 'far below' });
    expect(v.alarmism).toEqual({ mean: 61, band: null, comparison: 'far above' });
    expect(v.measures).toMatch(/^How Daily Outlook Afghanistan reports/);
  });

  it('says none can be checked rather than all cannot', () => {
    const all = card({ shares: { ...card().shares, unverifiable: share(36, 36) } });
    expect(cardVerdict(all).summary).toContain('None of the assertions can be checked (credibility 6).');
    const none = card({ shares: { ...card().shares, unverifiable: share(0, 36) } });
    expect(cardVerdict(none).summary).not.toContain('credibility 6');
  });

  it('names the bands when given a labeller', () => {
    const v = cardVerdict(
      card(),
      (kind, score) => `${kind === 'alarmism' ? 'al' : 'sq'}-band-${Math.floor(score / 20)}`,
    );
    expect(v.sourcingQuality.band).toBe('sq-band-0');
    expect(v.alarmism.band).toBe('al-band-3');
    expect(v.headline).toContain('Sourcing quality 12 (sq-band-0), far below the corpus');
    expect(v.summary).toContain('alarmism 61 (al-band-3) is far above');
  });

  it('says what the figures of a cited source measure, and never calls them its reliability', () => {
    const v = cardVerdict(
      card({
        kind: 'cited',
        name: 'Taliban spokesman',
        provenance: { ...card().provenance, unattributed: 0, insurgent: 36 },
      }),
    );
    expect(v.summary).toMatch(/^Outlets attribute 36 assertions in one article to Taliban spokesman/);
    expect(v.summary).toContain('Their sourcing quality 12 is far below the rest of the corpus (48)');
    expect(v.summary).toContain('not the reliability of Taliban spokesman itself');
    expect(v.summary).not.toMatch(/Admiralty reliability grade/);
    expect(v.measures).toBe(
      'How outlets attribute to Taliban spokesman: the sourcing and alarmism of the assertions outlets attribute to it, not whether Taliban spokesman is reliable.',
    );
  });

  it('words attribution from the attribution counts, not from provenance', () => {
    const base = card();
    const with_ = (attributed: number, anonymous: number, ownVoiceType = 0) =>
      cardVerdict(
        card({
          shares: { ...base.shares, attributed: share(attributed, 36) },
          // An outlet's own voice takes the outlet's type: "media" here says nothing about attribution.
          provenance: { ...base.provenance, unattributed: 0, media: ownVoiceType, official: attributed, anonymous },
        }),
      ).summary;
    expect(with_(0, 0, 36)).toMatch(/^36 assertions in one article, none attributed to a source —/);
    expect(with_(27, 9)).toMatch(
      /^36 assertions in one article, 75% attributed to a named or described source, 25% to an anonymous one —/,
    );
    expect(with_(36, 0)).toMatch(/one article, all attributed to a named or described source —/);
    expect(with_(0, 9, 27)).toMatch(/none attributed to a named or described source, 25% to an anonymous one —/);
  });

  it('says when nothing else in the corpus compares, or too little does', () => {
    const alone = cardVerdict(card({ alarmism: index(61, [55, 67], null, null) }));
    expect(alone.summary).toContain('alarmism 61 has nothing else in the corpus to compare with');
    expect(alone.alarmism.comparison).toBeNull();
    const thin = cardVerdict(card({ alarmism: index(61, [55, 67], 40, null) }));
    expect(thin.summary).toContain('alarmism 61 (rest of the corpus 40; too few assertions to compare)');
  });

  it('has a plain line for an empty period', () => {
    const empty = card({ sample: { ...card().sample, assertions: 0, articles: 0 } });
    expect(cardVerdict(empty)).toMatchObject({
      headline: 'No assertions in this period',
      summary: 'Daily Outlook Afghanistan has no scored assertions in this period.',
    });
  });
});
