import { isHeadingLike } from './headings';
import { segment } from './index';
import { kinds } from './testing';

const RELEASE =
  'Joint Patrol Detains Bomb Maker Near Highway\nRegional Command South - Afghanistan\u20282012-04-CA-117 For Immediate Release\nDownload PDF\u2028\u2028HERAT, Afghanistan (Oct. 3) - A joint patrol detained two men near the ring road on Monday. \u2028\u2028The men are linked to a roadside bomb.';

describe('headings', () => {
  it('splits an ISAF release header into headings and starts the body after the dateline', () => {
    expect(kinds(RELEASE)).toEqual([
      ['heading', 'Joint Patrol Detains Bomb Maker Near Highway'],
      ['heading', 'Regional Command South - Afghanistan'],
      ['heading', '2012-04-CA-117'],
      ['heading', 'For Immediate Release'],
      ['heading', 'HERAT, Afghanistan (Oct. 3)'],
      ['assertion', 'A joint patrol detained two men near the ring road on Monday.'],
      ['assertion', 'The men are linked to a roadside bomb.'],
    ]);
  });

  it('ends a sentence at a full stop inside two closing apostrophes, but not inside one (a headline’s quotation)', () => {
    expect(isHeadingLike("Karim Saidov tweeted: ''The minister is wrong about the border.''")).toBe(false);
    expect(isHeadingLike("Envoy: 'Talks will resume.'")).toBe(true);
  });

  it('reads a time of day alone on its line as a live blog’s time stamp, not a sentence', () => {
    expect(isHeadingLike('6:01 p.m.')).toBe(true);
    expect(isHeadingLike('11:20 a.m. EST')).toBe(true);
    expect(isHeadingLike('The talks ended at 6:01 p.m.')).toBe(false);
    expect(kinds('The latest on the border talks:\n\n9:42 p.m.\n\nThe envoy left the hall.')).toEqual([
      ['assertion', 'The latest on the border talks:'],
      ['heading', '9:42 p.m.'],
      ['assertion', 'The envoy left the hall.'],
    ]);
  });

  it('recognises a standalone dateline with a full date and a dash', () => {
    expect(kinds('MAZAR-E SHARIF, Afghanistan (April 9, 2012) \u2028A patrol found a cache.')[0]).toEqual([
      'heading',
      'MAZAR-E SHARIF, Afghanistan (April 9, 2012)',
    ]);
    expect(kinds('GHOR PROVINCE, Afghanistan – Local police cleared a village.')).toEqual([
      ['heading', 'GHOR PROVINCE, Afghanistan'],
      ['assertion', 'Local police cleared a village.'],
    ]);
  });

  it('recognises a wire dateline with a date and a press service’s "City, day Month." (rubric 2.3.17)', () => {
    expect(kinds('OSH, June 14 — Police closed the market.')).toEqual([
      ['heading', 'OSH, June 14'],
      ['assertion', 'Police closed the market.'],
    ]);
    expect(kinds('Khujand, 3 March. The regional police report two arrests.')).toEqual([
      ['heading', 'Khujand, 3 March'],
      ['assertion', 'The regional police report two arrests.'],
    ]);
    expect(kinds('Khujand, 3 March was a quiet day.')).toEqual([['assertion', 'Khujand, 3 March was a quiet day.']]);
    expect(kinds('TERMEZ, Oct. 2 (Wire Service) — The bridge reopened.')).toEqual([
      ['heading', 'TERMEZ, Oct. 2 (Wire Service)'],
      ['assertion', 'The bridge reopened.'],
    ]);
  });

  it('recognises the state agencies’ "CITY. AGENCY -" dateline (rubric 2.3.18)', () => {
    expect(kinds('KHOROG. WIREPRESS - The governor visited the border post.')).toEqual([
      ['heading', 'KHOROG. WIREPRESS'],
      ['assertion', 'The governor visited the border post.'],
    ]);
  });

  it('recognises the Russian agencies’ datelines, "CITY, Month day. /AGENCY/." and "CITY. Month day (Agency) -" (rubric 2.3.18)', () => {
    expect(kinds('OSH, June 14. /WIRE/. Police closed the market.')).toEqual([
      ['heading', 'OSH, June 14. /WIRE/'],
      ['assertion', 'Police closed the market.'],
    ]);
    expect(kinds('TERMEZ. Oct. 2 (Wire Service) - The bridge reopened.')).toEqual([
      ['heading', 'TERMEZ. Oct. 2 (Wire Service)'],
      ['assertion', 'The bridge reopened.'],
    ]);
  });

  it('does not take a sentence opening with a place name for a dateline', () => {
    expect(kinds('Batken, Kyrgyzstan saw fighting in 1999 and 2000.')).toEqual([
      ['assertion', 'Batken, Kyrgyzstan saw fighting in 1999 and 2000.'],
    ]);
  });

  it('emits a repeated title twice and keeps sub-headings', () => {
    const text =
      'Militancy Returns to the North\n\n\nMilitancy Returns to the North\n\nThe group is active. It trains recruits.\n\nConclusion: a modest threat\n\nThe threat is small.';
    expect(
      kinds(text)
        .filter(([k]) => k === 'heading')
        .map(([, t]) => t),
    ).toEqual(['Militancy Returns to the North', 'Militancy Returns to the North', 'Conclusion: a modest threat']);
  });

  it('treats a short standalone question as a heading but a question sentence in a paragraph as a question', () => {
    expect(kinds('Is a new war coming?\n\nThe border is long.')[0]).toEqual(['heading', 'Is a new war coming?']);
    expect(kinds('Militants in the Pamirs? Part 3 on the supposed link\n\nText follows here.')[0][0]).toBe('heading');
    expect(
      kinds('The OSCE gives a figure. But how many out of 1,000 is a “significant part”? It skates on thin ice.'),
    ).toEqual([
      ['assertion', 'The OSCE gives a figure.'],
      ['question', 'But how many out of 1,000 is a “significant part”?'],
      ['assertion', 'It skates on thin ice.'],
    ]);
  });

  it('reads a sentence ending in a quoted question after a reporting frame as a report, not a question (rubric 2.3.19)', () => {
    expect(
      kinds('The council met on Monday. The governor said the post was moved and asked, “Who will guard it?”'),
    ).toEqual([
      ['assertion', 'The council met on Monday.'],
      ['assertion', 'The governor said the post was moved and asked, “Who will guard it?”'],
    ]);
    expect(kinds('The council met on Monday. Did the minister say, as reported, "the road is closed"?')[1][0]).toBe(
      'question',
    );
  });

  it('does not take a paragraph ending with a colon or full stop for a heading', () => {
    const doc = segment('One local analyst comments:\n\nCalling every dead fighter a foreigner feeds the story.');
    expect(doc.segments.map((s) => s.kind)).toEqual(['assertion', 'assertion']);
  });

  it("counts a heading's words across any white space, up to twenty", () => {
    const line = (n: number) => Array.from({ length: n }, () => 'Ab').join('\u00a0\t ');
    expect(isHeadingLike(line(20))).toBe(true);
    expect(isHeadingLike(line(21))).toBe(false);
    expect(isHeadingLike(`${line(10)}?`)).toBe(true);
    expect(isHeadingLike(`${line(11)}?`)).toBe(false);
  });
});
