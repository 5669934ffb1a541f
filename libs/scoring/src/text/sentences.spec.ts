import { splitSentences } from './sentences';
import { sentencesOf } from './testing';

describe('sentence splitting', () => {
  it('splits ordinary sentences and keeps the text as slices', () => {
    expect(sentencesOf('The force left. Two men were detained! Was anyone hurt? No.')).toEqual([
      'The force left.',
      'Two men were detained!',
      'Was anyone hurt?',
      'No.',
    ]);
  });

  it.each([
    ['The U.S. Army said so. It left.', ['The U.S. Army said so.', 'It left.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['Dr. Smith and Dr Jones agreed. They left.', ['Dr. Smith and Dr Jones agreed.', 'They left.']],
    ['Mr. Karzai spoke.', ['Mr. Karzai spoke.']],
    ['See No. 2 above.', ['See No. 2 above.']],
    ['said Lt. Col. Ian Tudlong. He added more.', ['said Lt. Col. Ian Tudlong.', 'He added more.']],
    ['said Lt.Col. Ian Tudlong. He added more.', ['said Lt.Col. Ian Tudlong.', 'He added more.']],
    [
      'Gen. Petraeus and Col. Torres met (Sept. 1) in Kabul.',
      ['Gen. Petraeus and Col. Torres met (Sept. 1) in Kabul.'],
    ],
    ['It was Jan. 5 when it began.', ['It was Jan. 5 when it began.']],
    ['West vs. East remains a theme.', ['West vs. East remains a theme.']],
    ['Weapons, e.g. rifles, were found.', ['Weapons, e.g. rifles, were found.']],
    ['Groups, i.e. the IMU, were named.', ['Groups, i.e. the IMU, were named.']],
    ['Rifles, mortars etc. were found.', ['Rifles, mortars etc. were found.']],
    ['John F. Kennedy was president.', ['John F. Kennedy was president.']],
    ['The rate rose to 2.5 per cent. It fell later.', ['The rate rose to 2.5 per cent.', 'It fell later.']],
    ['It hit the U.S. The response was swift.', ['It hit the U.S.', 'The response was swift.']],
    // The platform once called Twitter is a word after "on"/"via", not an initial; a middle initial stays one.
    ['He wrote on X. Karimov did not reply.', ['He wrote on X.', 'Karimov did not reply.']],
    ['It was signed by John X. Smith.', ['It was signed by John X. Smith.']],
  ])('handles abbreviations and numbers: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('does not split on a lower-case continuation', () => {
    expect(sentencesOf('It said so. and then it left.')).toHaveLength(1);
  });

  it('ends a sentence after a closing quote and not at "," said', () => {
    expect(
      sentencesOf('"We will continue," said Col. Torres. "This commander will face justice." The force left.'),
    ).toEqual(['"We will continue," said Col. Torres.', '"This commander will face justice."', 'The force left.']);
  });

  it('splits inside a quotation at a real sentence boundary', () => {
    expect(sentencesOf('“There is no branch now. Maybe there are remnants,” it quoted him.')).toEqual([
      '“There is no branch now.',
      'Maybe there are remnants,” it quoted him.',
    ]);
  });

  it('keeps a question with a lower-case attribution together', () => {
    expect(sentencesOf('“Who benefits?” he asked. Nobody knew.')).toEqual([
      '“Who benefits?” he asked.',
      'Nobody knew.',
    ]);
  });

  it('keeps parenthesised sentences whole and does not end at "(see here)."', () => {
    expect(
      sentencesOf('He claimed 400 men trained. (This was the only report.) Others disagree (see here). It ended.'),
    ).toEqual([
      'He claimed 400 men trained.',
      '(This was the only report.)',
      'Others disagree (see here).',
      'It ended.',
    ]);
  });

  it('treats ellipses mid-sentence as part of the sentence but ends before a capitalised sentence', () => {
    expect(
      sentencesOf(
        'It is highly unusual for … an Afghan to join. The bogeyman of the world… The forces blame foreigners.',
      ),
    ).toEqual([
      'It is highly unusual for … an Afghan to join.',
      'The bogeyman of the world…',
      'The forces blame foreigners.',
    ]);
    expect(sentencesOf('… governments use the label. It masks shifts….  The name stuck.')).toEqual([
      '… governments use the label.',
      'It masks shifts….',
      'The name stuck.',
    ]);
    expect(sentencesOf('It went on... and on.')).toEqual(['It went on... and on.']);
  });

  it('carries footnote markers with the sentence they close', () => {
    expect(sentencesOf('The border is 2,387 km long.[1] The porous border mattered.')).toEqual([
      'The border is 2,387 km long.[1]',
      'The porous border mattered.',
    ]);
    expect(sentencesOf('even the quiet ones.(11) Most left.')).toEqual(['even the quiet ones.(11)', 'Most left.']);
    expect(sentencesOf('links with al-Qaeda.4 Countries like Uzbekistan act.')).toEqual([
      'links with al-Qaeda.4',
      'Countries like Uzbekistan act.',
    ]);
    expect(sentencesOf('Mansur Mirovalev, No.2 says so.')).toHaveLength(1);
  });

  it('does not make a sentence of a list number', () => {
    expect(sentencesOf('1. Revise the strategies. Continue engagement.')).toEqual([
      '1. Revise the strategies.',
      'Continue engagement.',
    ]);
  });

  it('returns trimmed spans that index the original string', () => {
    const text = '  First one.\u2028\u2028Second one.  ';
    const out: Array<[number, number]> = [];
    splitSentences(text, 0, text.length, out);
    expect(out.map(([s, e]) => text.slice(s, e))).toEqual(['First one.', 'Second one.']);
    expect(out[0][0]).toBe(2);
  });

  it('is linear-time on long input without boundaries', () => {
    const small = 'word '.repeat(20_000) + 'end.';
    const big = 'word '.repeat(200_000) + 'end.';
    const t0 = performance.now();
    sentencesOf(small);
    const t1 = performance.now();
    sentencesOf(big);
    const t2 = performance.now();
    // Ten times the input must not cost anywhere near a hundred times the time.
    expect(t2 - t1).toBeLessThan(Math.max(50, (t1 - t0) * 40));
  });
});
