import { factsFor, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { sourceNaming } from './source-naming';
import { ownVoice } from './own-voice';
import { specificDetail } from './specific-detail';
import { evidenceCited } from './evidence-cited';
import { referenceMarker } from './reference-marker';
import { appropriateHedging } from './appropriate-hedging';
import { insurgentMaterial } from './insurgent-material';
import { ethnicLabels } from './ethnic-labels';
import { catchAllLabels } from './catch-all-labels';
import { contradictingEstimates } from './contradicting-estimates';
import { figureOrigin } from './figure-origin';

const ids = (rule: Rule, ...args: Parameters<typeof factsFor>) =>
  rule.apply(factsFor(...args), rubric()).map((s) => s.id);
const weight = (rule: Rule, ...args: Parameters<typeof factsFor>) =>
  rule.apply(factsFor(...args), rubric()).reduce((s, x) => s + x.weight, 0);

describe('sourcing-quality rules', () => {
  it('rewards a named source and penalises a vague one', () => {
    expect(
      weight(sourceNaming, 'The ministry said the road is open.', {
        source: { name: 'the ministry of defence', type: 'official', named: true },
      }),
    ).toBeGreaterThan(0);
    expect(
      weight(sourceNaming, 'Reports say the road is open.', {
        source: { name: 'Reports', type: 'anonymous', named: false },
      }),
    ).toBeLessThan(0);
    expect(
      weight(sourceNaming, 'Officials said the road is open.', {
        source: { name: 'Officials', type: 'official', named: false },
      }),
    ).toBeLessThan(0);
    expect(ids(sourceNaming, 'The road is open.')).toEqual([]);
  });

  it("penalises a bare claim in the author's voice, but not one with a source or a reference", () => {
    expect(ids(ownVoice, 'The group has thousands of members.')).toEqual(['own-voice-claim']);
    expect(ids(ownVoice, 'The group has thousands of members.', { references: ['4'] })).toEqual([]);
    expect(
      ids(ownVoice, 'The group has members.', { source: { name: 'ICG', type: 'independent', named: true } }),
    ).toEqual([]);
  });

  it('credits dates, names and figures, capped by the rubric', () => {
    const w = rubric().sourcingQuality.weights;
    const s = 'On 12 March 2011 police in Kunduz arrested 4 men near Imam Sahib.';
    expect(
      weight(specificDetail, s, { source: { name: 'the Interior Ministry', type: 'official', named: true } }),
    ).toBe(w['specific-detail-max']);
    expect(weight(specificDetail, s, { outletType: 'official' })).toBe(w['specific-detail-max']);
    expect(weight(specificDetail, s, { outletType: 'media', references: ['3'] })).toBe(w['specific-detail-max']);
    expect(ids(specificDetail, 'militants are everywhere and growing stronger.')).toEqual([]);
  });
  it('does not let details stand in for the source of an unattributed claim by an outlet that is not a party', () => {
    const w = rubric().sourcingQuality.weights;
    const s = 'On 12 March 2011 police in Kunduz arrested 4 men near Imam Sahib.';
    expect(weight(specificDetail, s, { outletType: 'media' })).toBe(w['specific-detail-unsourced-max']);
    expect(weight(specificDetail, s)).toBe(w['specific-detail-unsourced-max']);
    expect(w['specific-detail-unsourced-max']).toBeLessThan(w['specific-detail-max']);
    const [sig] = specificDetail.apply(factsFor(s, { outletType: 'independent' }), rubric());
    expect(sig.reason).toMatch(/"12", "March", "2011", "Kunduz" and \d+ more; capped/);
  });

  it('credits cited evidence', () => {
    expect(ids(evidenceCited, 'Court records show that the men were tried in 2012.')).toEqual(['evidence-cited']);
    expect(ids(evidenceCited, 'The men are dangerous.')).toEqual([]);
  });

  it.each([
    'The governor offered no documents to back the arrest figures.',
    'The district chief spoke without footage or photographs of the site.',
    'The casualty count could not be independently verified.',
    'None of the incursions was verified by border monitors.',
    'The video footage of the commander has not been authenticated.',
    'The video footage, which has not been authenticated, was posted on Tuesday.',
    'The report relies on official figures that could not be verified.',
  ])('cites no evidence the sentence says is missing or unconfirmed: %s', (text) =>
    expect(ids(evidenceCited, text)).toEqual([]),
  );

  it.each([
    'Satellite imagery of the depot, reviewed by two analysts, shows fresh craters.',
    'A few of the incursions were verified by border monitors.',
    'The video footage was posted on Tuesday, and the ministry has not confirmed the deaths.',
    'Documents show that the ministry could not verify the deaths.',
  ])('still credits evidence the negation does not reach: %s', (text) =>
    expect(ids(evidenceCited, text)).toEqual(['evidence-cited']),
  );

  it('credits a reference marker', () => {
    expect(ids(referenceMarker, 'The border is 2,387 km long.', { references: ['1'] })).toEqual(['reference-marker']);
    expect(ids(referenceMarker, 'The border is long.')).toEqual([]);
  });

  it('credits hedging of a claim from a party to the conflict, not of a named independent one', () => {
    expect(
      ids(appropriateHedging, 'The commander was reportedly killed.', {
        source: { name: 'ISAF', type: 'military', named: true },
      }),
    ).toEqual(['hedged-unverified']);
    expect(
      ids(appropriateHedging, 'The commander may have been killed.', {
        source: { name: 'Stratfor', type: 'independent', named: true },
      }),
    ).toEqual([]);
    expect(
      ids(appropriateHedging, 'The commander was killed.', { source: { name: 'ISAF', type: 'military', named: true } }),
    ).toEqual([]);
  });

  it('penalises insurgent internet material taken at face value, not when distanced', () => {
    expect(
      ids(insurgentMaterial, 'The Taliban posted a statement on the Internet and two photos of the bombers.'),
    ).toEqual(['insurgent-material-face-value']);
    expect(ids(insurgentMaterial, 'The Taliban allegedly posted a statement on the Internet.')).toEqual([]);
    expect(ids(insurgentMaterial, 'The ministry posted a statement on its website.')).toEqual([]);
  });

  it('penalises ethnic labels used to identify the dead, not ethnic words elsewhere', () => {
    expect(ids(ethnicLabels, 'Among the bombers killed were two Uzbeks and one Kyrgyz.')).toEqual([
      'ethnic-label-identification',
    ]);
    expect(ids(ethnicLabels, 'Uzbek traders sell carpets in the bazaar.')).toEqual([]);
  });

  it('penalises catch-all labels, unless the sentence criticises them', () => {
    expect(ids(catchAllLabels, 'Terror networks are spreading across the north.')).toEqual(['catch-all-label']);
    expect(ids(catchAllLabels, 'Calling every armed band a terror network is an exaggeration.')).toEqual([]);
    expect(ids(catchAllLabels, 'The IMU lost two leaders in 2009.')).toEqual([]);
  });

  it('flags an estimate contradicted by another estimate in the same text', () => {
    expect(
      ids(contradictingEstimates, 'The group had 2,000 fighters in 2001.', {
        others: ['Only 600 fighters were in the country then.'],
      }),
    ).toEqual(['contradicting-estimate']);
    expect(
      ids(contradictingEstimates, 'The group had 2,000 fighters in 2001.', {
        others: ['It had about 1,900 fighters then.'],
      }),
    ).toEqual([]);
    // Casualty counts of single events are not estimates of strength.
    expect(
      ids(contradictingEstimates, 'The force killed 30 fighters.', { others: ['The group had 600 fighters.'] }),
    ).toEqual([]);
  });

  it('penalises a head-count given without origin', () => {
    expect(ids(figureOrigin, 'There are 3,000 Uzbeks in Waziristan.')).toEqual(['figure-without-origin']);
    expect(
      ids(figureOrigin, 'There are 3,000 Uzbeks in Waziristan.', {
        source: { name: 'US estimates', type: 'official', named: false },
      }),
    ).toEqual([]);
    expect(ids(figureOrigin, 'The attack took place in 2010.')).toEqual([]);
  });
});
