import { buildClaimPage, MemberRow, StoredAnalysis } from './claim-page';

const row = (id: string, over: Partial<MemberRow> = {}): MemberRow => ({
  assertionId: id,
  text: `text of ${id}`,
  articleId: `article-${id}`,
  title: null,
  outletId: `outlet-${id}`,
  outletName: `Outlet ${id}`,
  citedId: null,
  citedName: null,
  provenance: 'military',
  publishedAt: null,
  role: null,
  matchedAssertionId: null,
  sourcingQuality: 50,
  alarmism: 10,
  admiralty: 'C3',
  ...over,
});

const day = (d: string) => new Date(`${d}T00:00:00Z`);

// isaf (origin) ← wire (amplifies isaf) ← paper (matched wire, same origin); un (independent); a reprint of wire's article.
const analysis: StoredAnalysis = {
  size: 5,
  earliest: { assertionId: 'isaf', publishedAt: '2013-01-24T00:00:00.000Z', origin: 'ISAF' },
  origins: [
    { key: 'source:isaf', name: 'ISAF', provenance: 'military', firstAssertionId: 'isaf', members: 4 },
    { key: 'source:unama', name: 'UNAMA', provenance: 'independent', firstAssertionId: 'un', members: 1 },
  ],
  independentOrigins: 2,
  roles: [
    { assertionId: 'isaf', role: 'origin', originKey: 'source:isaf' },
    { assertionId: 'wire', role: 'amplification', originKey: 'source:isaf' },
    { assertionId: 'un', role: 'corroboration', originKey: 'source:unama' },
    { assertionId: 'paper', role: 'amplification', originKey: 'source:isaf' },
  ],
  amplifications: 3,
  corroborations: 1,
  amplifiedOnly: false,
  conflictingFigures: [
    { noun: 'fighter', a: { assertionId: 'isaf', value: 2000 }, b: { assertionId: 'un', value: 600 }, ratio: 3.33 },
  ],
  syndicated: [],
};

const group = {
  id: 'isaf',
  amplifications: 3,
  independentOrigins: 2,
  corroborations: 1,
  amplifiedOnly: false,
  updatedAt: day('2013-03-01'),
  analysis,
};

describe('buildClaimPage', () => {
  const page = buildClaimPage(
    group,
    [
      row('paper', { publishedAt: day('2013-01-28'), matchedAssertionId: 'wire' }),
      row('un', { publishedAt: day('2013-01-27'), provenance: 'independent', matchedAssertionId: 'isaf' }),
      row('isaf', { publishedAt: day('2013-01-24') }),
      row('wire', { publishedAt: day('2013-01-25'), matchedAssertionId: 'isaf' }),
    ],
    [
      { articleId: 'article-wire', outletId: 'reprint', outletName: 'Reprint Weekly', publishedAt: day('2013-01-26') },
      { articleId: 'article-isaf', outletId: 'undated', outletName: 'Undated Copy', publishedAt: null },
    ],
  );

  it('orders members by publication date, copies included (an undated copy takes its original date)', () => {
    expect(page.members.map((m) => m.key)).toEqual(['isaf', 'isaf@undated', 'wire', 'wire@reprint', 'un', 'paper']);
    expect(page.members.find((m) => m.key === 'isaf@undated')?.publishedAt).toBe('2013-01-24T00:00:00.000Z');
  });

  it('marks independent origins apart from repetitions, and copies as amplifiers under their own outlet', () => {
    expect(page.members.filter((m) => m.independent).map((m) => m.key)).toEqual(['isaf', 'un']);
    expect(page.members.find((m) => m.key === 'wire@reprint')).toMatchObject({
      role: 'amplification',
      syndicated: true,
      outlet: { id: 'reprint', name: 'Reprint Weekly' },
      originKey: 'source:isaf',
      text: 'text of wire',
    });
  });

  it('draws who repeated whom: the matched member of the same origin, else the origin; a copy its original', () => {
    expect(page.edges).toEqual(
      expect.arrayContaining([
        { from: 'wire', to: 'isaf' },
        { from: 'paper', to: 'wire' },
        { from: 'wire@reprint', to: 'wire' },
        { from: 'isaf@undated', to: 'isaf' },
      ]),
    );
    expect(page.edges).toHaveLength(4);
    // An independent origin repeats nobody, even when it matched another member's wording.
    expect(page.edges.some((e) => e.from === 'un')).toBe(false);
  });

  it('names the origin and puts conflicting figures side by side', () => {
    expect(page.origin).toEqual({ member: 'isaf', name: 'ISAF' });
    expect(page.conflictingFigures).toEqual([
      { noun: 'fighter', ratio: 3.33, a: { member: 'isaf', value: 2000 }, b: { member: 'un', value: 600 } },
    ]);
  });
});
