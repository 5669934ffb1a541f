import { fingerprint, isSpecific } from './fingerprint';
import { SAME_CLAIM_THRESHOLD, similarity } from './similarity';

const on = new Date('2013-01-25T00:00:00Z');
const sim = (a: string, b: string, da: Date | null = on, db: Date | null = on): number =>
  similarity(fingerprint(a, da), fingerprint(b, db));

describe('fingerprint', () => {
  it('extracts names, places with their level, figures and resolved dates', () => {
    const fp = fingerprint(
      'Coalition forces killed Taliban leader Alaudin and 3 fighters in Andar district, Ghazni province, yesterday.',
      on,
    );
    expect(fp.entities).toEqual(expect.arrayContaining(['alaudin', 'andar', 'ghazni']));
    expect(fp.places).toEqual(['andar district', 'ghazni']);
    expect(fp.dates).toEqual(['2013-01-24']);
    expect(fp.figures).toEqual([{ noun: 'fighter', value: 3, eventCount: true }]);
    expect(fp.incident).toBe(true);
  });

  it('reads estimates with modifiers and does not take AK-47 for a count', () => {
    expect(fingerprint('The IMU had an estimated 2,000 fighters.').figures).toEqual([
      { noun: 'fighter', value: 2000, eventCount: false },
    ]);
    expect(fingerprint('They seized an AK-47 assault rifle.').figures).toEqual([]);
  });

  it('treats stock sentences without place, name or date as unspecific', () => {
    expect(
      isSpecific(fingerprint('The security force did not fire their weapons and protected the women and children.')),
    ).toBe(false);
    expect(isSpecific(fingerprint('Afghan and coalition forces detained two suspected insurgents.'))).toBe(false);
    expect(isSpecific(fingerprint('Forces detained two suspected insurgents in Nad Ali district.'))).toBe(true);
  });
});

describe('similarity', () => {
  it('scores paraphrases of one event above the threshold', () => {
    expect(
      sim(
        'Afghan and coalition forces killed Taliban leader Alaudin in Andar district, Ghazni province, yesterday.',
        'Taliban commander Alaudin was killed by coalition troops in Andar district of Ghazni province on Thursday.',
      ),
    ).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(
      sim(
        'The IMU has about 2,000 fighters in northern Afghanistan, the OSCE report says.',
        'According to the OSCE, some 2,000 IMU fighters are in northern Afghanistan.',
        null,
        null,
      ),
    ).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
  });

  const base =
    'An Afghan and coalition security force detained two suspected insurgents in Nad Ali district, Helmand province, yesterday.';
  it('keeps the same wording apart when the place differs', () => {
    expect(sim(base, base.replace('Nad Ali', 'Marjah'))).toBeLessThan(SAME_CLAIM_THRESHOLD);
  });
  it('keeps it apart when the date differs', () => {
    expect(sim(base, base, on, new Date('2013-03-02T00:00:00Z'))).toBeLessThan(SAME_CLAIM_THRESHOLD);
    expect(
      sim(base.replace('yesterday', 'on Jan. 24'), base.replace('yesterday', 'on Feb. 12'), null, null),
    ).toBeLessThan(SAME_CLAIM_THRESHOLD);
  });
  it('keeps it apart when the tally differs', () => {
    expect(sim(base, base.replace('two', 'twelve'))).toBeLessThan(SAME_CLAIM_THRESHOLD);
  });
  it('is symmetric and 1 for identical specific text', () => {
    const other = 'Coalition forces detained a Haqqani facilitator in Khost province today.';
    expect(sim(base, other)).toBeCloseTo(sim(other, base), 10);
    expect(sim(base, base)).toBeCloseTo(1, 5);
  });
});
