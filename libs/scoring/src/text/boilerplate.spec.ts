import { segment } from './index';
import { kinds } from './testing';

const BODY = 'The Taliban took Kabul in August 2021. Neighbours reacted cautiously.';

describe('boilerplate removal', () => {
  it.each([
    '  • Share\n  • Tweet\n  • Email\n  • Whatsapp\n  • Linkedin\n  • Print',
    'Click here for the full profile of the writer.',
    '© Steppe Monitor – Regional Research Desk',
    'Please make active links to the source when quoting our pages',
    'If you have found a spelling error, tell us by highlighting it.',
    'Spelling error report\nThe following text will be sent to our editors with your note:',
    'You are here',
    'Download PDF',
    'Go Top',
    '----',
    'The author is the permanent writer of the paper. He can be reached at someone@example.org',
    'Views expressed are of the author and do not necessarily reflect the views of the institute.',
    'Jane Doe 12 min',
    'Steppe Monitor Network – English',
    'Editor in Chief: A. B. Karimi Monday, March 3rd, 2014',
    '  • March 7, 2022',
    '19 February 2024',
    '2201,2290, 2315, 2330',
    // A wire story's credit line names who wrote it, not a source (rubric 2.3.16).
    'Reporting by Jane Roe in Osh; Editing by John Poe',
    'Staff writer Jane Roe contributed to this report.',
    // in the parentheses the agencies print it in (rubric 2.3.17)
    '(Reporting by Jane Roe; Additional reporting by Ali Vali in Khorog; Editing by John Poe.)',
  ])('drops %j entirely', (chrome) => {
    const text = `${chrome}\n\n${BODY}`;
    const doc = segment(text);
    expect(doc.segments.map((s) => s.text)).toEqual([
      'The Taliban took Kabul in August 2021.',
      'Neighbours reacted cautiously.',
    ]);
  });

  it('drops a section label above the title but keeps the same words as a later sub-heading', () => {
    const text = `International Relations\n\nMilitants on the Pamir Border\n\n${BODY}\n\nAnalysis\n\n${BODY}`;
    const heads = segment(text)
      .segments.filter((s) => s.kind === 'heading')
      .map((s) => s.text);
    expect(heads).toEqual(['Militants on the Pamir Border', 'Analysis']);
  });

  it('drops a keyword tag line closing the page but keeps a final sentence', () => {
    expect(kinds(`${BODY}\n\nPamir smuggling Khorog militants border security`).map(([, t]) => t)).toHaveLength(2);
    expect(kinds(`${BODY}\n\nThe threat remains small.`).map(([, t]) => t)).toHaveLength(3);
  });

  it('drops a photo credit standing on its own line', () => {
    expect(kinds(`${BODY}\nPhoto: Reuters/A. Staff`)).toHaveLength(2);
  });

  it('keeps body sentences that merely mention the author or sharing', () => {
    const text =
      'The author is not alone in doubting the figures, and many analysts share this view about the claims made by officials in 2011 and after.\n\nShare prices fell sharply after the attack.\n\nReporting by the agency suggests the pass is mined.';
    expect(kinds(text).map(([k]) => k)).toEqual(['assertion', 'assertion', 'assertion']);
  });
});
