import { scoreDocument } from './index';
import { RUBRIC_VERSION } from './rubric';

describe('scoreDocument', () => {
  const text = [
    'The Rise of Trouble in the North',
    '',
    'The province has become a hotbed of militancy, and it is a matter of certainty that attacks will surely follow.',
    'According to a UN report published in March 2012, about 300 fighters moved to the area.[2]',
    'Reports say the group may have recruited more.',
  ].join('\n');
  const doc = scoreDocument(text, { outletType: 'media', publishedAt: new Date('2013-05-01') });

  it('emits only assertions, each an exact slice with the rubric version', () => {
    expect(doc.rubricVersion).toBe(RUBRIC_VERSION);
    expect(doc.assertions).toHaveLength(3);
    for (const a of doc.assertions) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(doc.summary.skipped.heading).toBe(1);
  });

  it('scores the alarmist author sentence above the sourced and the hedged ones', () => {
    const [alarm, sourced, vague] = doc.assertions;
    expect(alarm.provenance).toBe('media');
    expect(alarm.scores.alarmism).toBeGreaterThan(sourced.scores.alarmism);
    expect(alarm.scores.alarmism).toBeGreaterThan(vague.scores.alarmism);
    expect(sourced.attribution?.sourceType).toBe('official');
    expect(sourced.references).toEqual(['2']);
    expect(sourced.scores.sourcingQuality).toBeGreaterThan(alarm.scores.sourcingQuality);
    expect(vague.provenance).toBe('anonymous');
    expect(vague.hedged).toBe(true);
    expect(vague.scores.sourcingQuality).toBeLessThan(sourced.scores.sourcingQuality);
  });

  it('summarises provenance and names the most alarmist and worst-sourced assertions', () => {
    expect(doc.summary.byProvenance.media).toBe(1);
    expect(doc.summary.byProvenance.official).toBe(1);
    expect(doc.summary.byProvenance.anonymous).toBe(1);
    expect(doc.summary.mostAlarmist[0].index).toBe(0);
    expect(doc.summary.alarmism.buckets.reduce((s, n) => s + n, 0)).toBe(3);
  });

  it('types Taliban statements by date: insurgent before 15 August 2021, official after', () => {
    const s = 'Taliban spokesman Zabihullah Mujahid said the road to Kunduz was open.';
    expect(scoreDocument(s, { publishedAt: new Date('2019-06-01') }).assertions[0].provenance).toBe('insurgent');
    expect(scoreDocument(s, { publishedAt: new Date('2022-06-01') }).assertions[0].provenance).toBe('official');
  });

  it("does not attribute the author's quotations of themselves", () => {
    const s = '“The threat is overstated,” writes researcher Anna Petrova in her article.';
    expect(scoreDocument(s).assertions[0].attribution?.source).toMatch(/Petrova/);
    expect(scoreDocument(s, { author: 'Anna Petrova' }).assertions[0].attribution).toBeNull();
  });

  it('quotes the hedge as written in the text, not as its lexicon entry', () => {
    const hedgedText = 'Possibly the convoy turned back before the pass.';
    const [a] = scoreDocument(hedgedText, { outletType: 'media' }).assertions;
    const hedge = a.signals.find((s) => s.id === 'hedge');
    expect(hedge?.reason).toBe('hedge or distancing marker "Possibly"');
    expect(hedgedText.slice(hedge!.span[0], hedge!.span[1])).toBe('Possibly');
  });
});

describe('checkable details are the claim’s, not its source’s name (rubric 2.3.18)', () => {
  it('counts no detail in the name of the body that makes the claim', () => {
    const [a] = scoreDocument('The State Border Committee of Karistan reports that the cell planned an attack.', {
      outletType: 'official',
    }).assertions;
    expect(a.attribution?.source).toMatch(/State Border Committee/);
    expect(a.signals.some((s) => s.id === 'specific-detail')).toBe(false);
    // Without details of the claim, the Admiralty credibility is "cannot be judged", not "possibly true".
    expect(a.admiralty[1]).toBe('6');
  });
  it('still counts the names, dates and figures of the claim itself', () => {
    const [a] = scoreDocument('The State Border Committee reports that 12 men crossed near Ishkashim on 3 May 2021.', {
      outletType: 'official',
    }).assertions;
    expect(a.signals.find((s) => s.id === 'specific-detail')?.reason).toMatch(/"12"/);
    expect(a.signals.find((s) => s.id === 'specific-detail')?.reason).not.toMatch(/Committee/);
  });
});
