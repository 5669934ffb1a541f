import { ClaimIndex } from './claim-index';
import { figureConflicts, subjectFigureConflicts } from './figure-conflicts';
import { analyseGroup } from './group-analysis';
import { claim } from './testing';
import { ClaimInput } from './types';

const RELEASE =
  'Afghan and coalition forces killed Taliban commander Mullah Nasim in Marjah district, Helmand province, on Jan. 24, 2013.';
const day = (d: string): Date => new Date(`${d}T00:00:00Z`);

function groupOf(inputs: ClaimInput[]) {
  const index = new ClaimIndex();
  const ids = inputs.map((x) => index.add(x).groupId);
  expect(new Set(ids).size).toBe(1);
  return index.group(ids[0]);
}

describe('analyseGroup', () => {
  it('counts one ISAF release repeated by two outlets as amplification, one origin', () => {
    const a = analyseGroup(
      groupOf([
        claim('isaf#0', RELEASE, {
          outlet: 'ISAF',
          citedSource: 'ISAF',
          provenance: 'military',
          publishedAt: day('2013-01-25'),
        }),
        // Quotes ISAF by name.
        claim('wire#3', `ISAF said ${RELEASE.replace('Afghan and coalition forces', 'coalition troops')}`, {
          outlet: 'Wire',
          citedSource: 'ISAF',
          provenance: 'military',
          publishedAt: day('2013-01-26'),
        }),
        // Reprints the release word for word as its own voice: still the release.
        claim('paper#7', RELEASE, { outlet: 'Paper', publishedAt: day('2013-01-27') }),
      ]),
    );
    expect(a.independentOrigins).toBe(1);
    expect(a.amplifiedOnly).toBe(true);
    expect(a.roles.map((r) => r.role)).toEqual(['origin', 'amplification', 'amplification']);
    expect(a.earliest).toMatchObject({ assertionId: 'isaf#0', origin: 'ISAF' });
  });

  it('counts an ISAF release and a UN report on the same event as corroboration', () => {
    const a = analyseGroup(
      groupOf([
        claim(
          'un#2',
          'A UN team found that Mullah Nasim was killed in Marjah district of Helmand province on Jan. 24, 2013, by coalition forces.',
          {
            outlet: 'UNAMA',
            citedSource: 'UNAMA',
            provenance: 'independent',
            hasEvidence: true,
            publishedAt: day('2013-02-10'),
          },
        ),
        claim('isaf#0', RELEASE, {
          outlet: 'ISAF',
          citedSource: 'ISAF',
          provenance: 'military',
          publishedAt: day('2013-01-25'),
        }),
      ]),
    );
    expect(a.independentOrigins).toBe(2);
    expect(a.amplifiedOnly).toBe(false);
    expect(a.roles).toEqual([
      { assertionId: 'isaf#0', role: 'origin', originKey: 'source:isaf' },
      { assertionId: 'un#2', role: 'corroboration', originKey: 'source:unama' },
    ]);
  });

  it('treats a repeat of the same origin that brings evidence as substantiation, not amplification', () => {
    const a = analyseGroup(
      groupOf([
        claim('isaf#0', RELEASE, { citedSource: 'ISAF', provenance: 'military' }),
        claim('tv#1', RELEASE, {
          outlet: 'TV',
          citedSource: 'ISAF',
          provenance: 'military',
          hasEvidence: true,
          publishedAt: day('2013-01-26'),
        }),
      ]),
    );
    expect(a.roles.map((r) => r.role)).toEqual(['origin', 'substantiation']);
  });

  it('flags conflicting estimates within a group', () => {
    const members = groupOf([
      claim('osce#4', 'The OSCE report says the IMU had an estimated 2,000 fighters in the Taliban Emirate.', {
        publishedAt: null,
      }),
      claim('osce#9', 'Elsewhere the OSCE report says the IMU had only 600 fighters in the Taliban Emirate.', {
        publishedAt: null,
      }),
    ]);
    expect(analyseGroup(members).conflictingFigures).toEqual([
      {
        noun: 'fighter',
        a: { assertionId: 'osce#4', value: 2000 },
        b: { assertionId: 'osce#9', value: 600 },
        ratio: 2000 / 600,
      },
    ]);
  });

  it('does not flag counts that agree or stay within the ratio', () => {
    const members = groupOf([
      claim('a#0', 'The IMU had an estimated 2,000 fighters in the Taliban Emirate.', { publishedAt: null }),
      claim('b#0', 'The IMU had about 1,800 fighters in the Taliban Emirate.', { publishedAt: null }),
    ]);
    expect(analyseGroup(members).conflictingFigures).toEqual([]);
  });
});

describe('figureConflicts', () => {
  const count = (noun: string, value: number) => ({ noun, value, eventCount: false });

  it('pairs every two claims with a count, in order, whatever sentences without one stand between them', () => {
    const claims = [
      { assertionId: 'none#1', figures: [] },
      { assertionId: 'a#0', figures: [count('fighter', 3000)] },
      { assertionId: 'none#2', figures: [] },
      { assertionId: 'b#0', figures: [count('fighter', 500), count('camp', 4)] },
      { assertionId: 'none#3', figures: [] },
      { assertionId: 'c#0', figures: [count('camp', 40)] },
    ];
    expect(figureConflicts(claims).map((c) => [c.a.assertionId, c.b.assertionId, c.noun])).toEqual([
      ['a#0', 'b#0', 'fighter'],
      ['b#0', 'c#0', 'camp'],
    ]);
    expect(figureConflicts(claims.filter((c) => c.figures.length === 0))).toEqual([]);
  });
});

describe('subjectFigureConflicts', () => {
  const index = new ClaimIndex();
  for (const x of [
    claim('x#0', 'The IMU has 2,000 fighters in northern Afghanistan.', { publishedAt: day('2013-03-01') }),
    claim('y#0', 'Only 600 IMU fighters remain, officials in Dushanbe believe.', { publishedAt: day('2013-06-01') }),
    claim('z#0', 'The IMU had 600 fighters in 2001.', { publishedAt: day('2019-06-01') }),
    claim('k#0', 'Coalition forces killed 40 IMU fighters in Kunduz.', { publishedAt: day('2013-06-01') }),
    claim('m#0', 'Coalition forces killed 3 IMU fighters in Kunduz.', { publishedAt: day('2013-06-02') }),
  ])
    index.add(x);
  const records = ['x#0', 'y#0', 'z#0', 'k#0', 'm#0'].map((id) => index.record(id)!);

  it('flags estimates about the same subject in the same year across groups, not other years or event tallies', () => {
    const conflicts = subjectFigureConflicts(records);
    expect(conflicts.map((c) => [c.a.assertionId, c.b.assertionId, c.noun])).toEqual([['x#0', 'y#0', 'fighter']]);
  });
});
