import { scoreDocument } from '../../index';
import frame from '../../../rubric/alarmism/threat-as-justification.json';

const scored = (text: string) => scoreDocument(text, { outletType: 'media' }).assertions[0];
const critique = (text: string) => scored(text).signals.find((s) => s.id === 'alarmism-critique');

describe('a threat used as a justification is criticism of alarmism', () => {
  it('states where its verbs come from', () => {
    expect(frame.description).toMatch(/Levin \(1993\)/);
    expect(frame.description).toMatch(/WordNet 3\.1/);
    expect(frame.maxGap).toBeGreaterThan(0);
  });

  it.each([
    'Officials in the capital routinely invoke the spectre of militant infiltration to justify repression.',
    'The government has long exploited fears of militant spillover to justify its crackdown on dissent.',
    'Governments cite the growing danger of jihadist infiltration as an excuse for mass arrests.',
    'The regime used the spectre of an insurgent resurgence to legitimise emergency rule.',
  ])('cancels the threat words of "%s"', (text) => {
    expect(critique(text)?.reason).toMatch(/threat used as a justification/);
    expect(scored(text).scores.alarmism).toBe(0);
  });

  it.each([
    // No purpose of justifying: the militants' own plan is a threat claim.
    'The militants used the ceasefire to regroup and prepare new attacks.',
    // A justification with no threat between the verb and the purpose.
    'The ministry uses the same argument to justify its budget.',
    // The threat comes after the purpose, as what is justified.
    'The ministry used the report to justify a wave of terrorist attacks on the border.',
  ])('leaves "%s" alone', (text) => {
    expect(critique(text)).toBeUndefined();
  });

  it.each([
    'The interior ministry has used the spectre of extremist cells to silence independent preachers.',
    'Dushanbe has long invoked the danger of militant infiltration to secure aid from its donors.',
  ])('reads silencing dissent and winning aid as the purposes of the same argument (rubric 2.3.23): %s', (text) => {
    expect(critique(text)?.reason).toMatch(/threat used as a justification/);
    expect(scored(text).scores.alarmism).toBe(0);
  });

  it('needs the money noun after "to secure", which is also the purpose of an operation', () => {
    expect(
      critique('The brigade used the threat of militant infiltration to secure the mountain road.'),
    ).toBeUndefined();
  });

  it('reads "use" and "employ" as exact forms, so "us" and "employment" are no verbs of using', () => {
    expect(frame.useVerbs).toEqual(expect.arrayContaining(['=use', '=used', '=employ']));
    const text = 'They told us the spectre of militant infiltration was needed to justify the budget.';
    expect(critique(text)).toBeUndefined();
  });
});
