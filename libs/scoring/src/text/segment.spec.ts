import { segment } from './index';
import { find, kinds } from './testing';

describe('captions', () => {
  it('splits a credited caption into caption sentences and drops the credit', () => {
    const text =
      'Missing commander. He was last seen in 2012. Picture source: Image archive\n\nThe group lost its leaders.';
    expect(kinds(text)).toEqual([
      ['caption', 'Missing commander.'],
      ['caption', 'He was last seen in 2012.'],
      ['assertion', 'The group lost its leaders.'],
    ]);
    expect(kinds('Fighters stand guard at the ministry gate. Photo: AFP/Staff')).toEqual([
      ['caption', 'Fighters stand guard at the ministry gate.'],
    ]);
    expect(kinds('The old prison was shut in 2018. (Satellite Image)')).toEqual([
      ['caption', 'The old prison was shut in 2018.'],
    ]);
  });

  it('does not treat an ordinary paragraph ending in a parenthesis as a caption', () => {
    const long =
      'The Taliban, who returned in 2021, promised to restrain foreign fighters, and neighbours engaged them to keep trade and transit routes open, hoping that security would follow economic ties over the coming years. Officials remain wary (Reuters)';
    expect(kinds(`${long}.`).every(([k]) => k === 'assertion')).toBe(true);
    expect(kinds('The photo was taken in Kunduz province in 2010, officials said.')[0][0]).toBe('assertion');
  });

  it('reads a parenthesised sentence after a paragraph as an aside, a parenthesised credit as a credit (rubric 2.3.19)', () => {
    expect(kinds('Karimov said support had faded since the spring. (Rahimov has since left the race.)')).toEqual([
      ['assertion', 'Karimov said support had faded since the spring.'],
      ['assertion', '(Rahimov has since left the race.)'],
    ]);
    expect(kinds('Smoke rises over the market on Monday. (Getty Images.)')).toEqual([
      ['caption', 'Smoke rises over the market on Monday.'],
    ]);
  });
});

describe('block quotes', () => {
  const text = [
    'The Institute states on its website that:',
    'It is believed that the IMU is still active. It may have reconstituted itself.',
    'Stratfor casts doubt on this.',
    '… governments frequently use the IMU as a catchall phrase.',
  ].join('\n\n');

  it('flags a paragraph introduced by a colon and one opening with an ellipsis', () => {
    expect(find(text, 'The Institute')?.blockQuote).toBe(false);
    expect(find(text, 'It is believed')?.blockQuote).toBe(true);
    expect(find(text, 'It may have')?.blockQuote).toBe(true);
    expect(find(text, 'Stratfor')?.blockQuote).toBe(false);
    expect(find(text, '… governments')?.blockQuote).toBe(true);
  });

  it('does not flag a numbered list after a colon', () => {
    const list = 'The following is recommended:\n  1. Revise the national strategies.\n  2. Continue engagement.';
    expect(kinds(list).map(([, t]) => t)).toEqual([
      'The following is recommended:',
      'Revise the national strategies.',
      'Continue engagement.',
    ]);
    expect(find(list, 'Revise')?.blockQuote).toBe(false);
  });
});

describe('document invariants', () => {
  it('numbers blocks in order and never lets a segment span two blocks', () => {
    const text = 'First paragraph here. Still first.\u2028\u2028Second paragraph\u2028Third one is here.\nFourth.';
    const doc = segment(text);
    expect(doc.segments.map((s) => s.block)).toEqual([0, 0, 1, 2, 3]);
    for (const s of doc.segments) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('returns an empty document for empty or whitespace-only input', () => {
    expect(segment('').segments).toEqual([]);
    expect(segment(' \n\u2028\u00a0 ').segments).toEqual([]);
  });

  it('joins a press-release line wrapped mid-sentence but not a title before a header line', () => {
    const text =
      'Later that week, a joint patrol searching the villages detained a\nlocal commander and two of his men after searching a house in\nthe eastern district.';
    expect(kinds(text)).toEqual([['assertion', text]]);
    expect(
      kinds('Local and Coalition Security Forces Take Over\nRegional Command East - Afghanistan').map(([k]) => k),
    ).toEqual(['heading', 'heading']);
  });
});

describe('a citation list under a references heading (rubric 2.3.22)', () => {
  const body = 'Officials in Khorog said the road had reopened.[1]';
  it('reads its numbered and unnumbered entries as references, not assertions', () => {
    const text = [
      body,
      'Notes',
      '1. Pamir Daily, “Road to Khorog reopens”, 3 May 2022.',
      '2) Ministry of Transport, Annual Report, 2021.',
      'Steppe Studies Institute, Border Trade Review, 2020.',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['assertion', body],
      ['heading', 'Notes'],
      ['reference', '1. Pamir Daily, “Road to Khorog reopens”, 3 May 2022.'],
      ['reference', '2) Ministry of Transport, Annual Report, 2021.'],
      ['reference', 'Steppe Studies Institute, Border Trade Review, 2020.'],
    ]);
  });
  it('keeps a numbered list of claims under any other heading, and prose under a references heading', () => {
    const list = '1. Pamir Daily, “Road to Khorog reopens”, 3 May 2022.';
    expect(kinds(['Timeline', list].join('\n\n'))[1][0]).toBe('assertion');
    const prose = 'The road reopened after officials said the snow had been cleared.';
    expect(kinds(['References', prose].join('\n\n'))[1]).toEqual(['assertion', prose]);
  });
  it('reads a verbless note with one sign of a citation as a reference under the heading (rubric 2.3.23)', () => {
    const note = '3. Interviews with traders, Murghab district, 2021.';
    expect(kinds(['Notes', note].join('\n\n'))[1]).toEqual(['reference', note]);
    expect(kinds(['Timeline', note].join('\n\n'))[1][0]).toBe('assertion');
    const claim = '3. Traders in Murghab said the road closed in 2021.';
    expect(kinds(['Notes', claim].join('\n\n'))[1][0]).toBe('assertion');
  });
});
