import { ClaimIndex } from './claim-index';
import { analyseGroup } from './group-analysis';
import { withSyndicatedCopies } from './syndication';
import { claim } from './testing';

const RELEASE =
  'Afghan and coalition forces killed Taliban commander Mullah Nasim in Marjah district, Helmand province, on Jan. 24, 2013.';

describe('withSyndicatedCopies', () => {
  it('makes a lone own-voice claim reprinted by another outlet an amplified claim with one origin', () => {
    const index = new ClaimIndex();
    const { groupId } = index.add(claim('paper#1', RELEASE, { outlet: 'Paper' }));
    const a = withSyndicatedCopies(analyseGroup(index.group(groupId)), [
      { assertionId: 'paper#1', outlet: 'Reprint Daily', publishedAt: new Date('2013-01-26T00:00:00Z') },
    ]);
    expect(a).toMatchObject({
      size: 2,
      independentOrigins: 1,
      amplifications: 1,
      corroborations: 0,
      amplifiedOnly: true,
    });
    expect(a.origins).toEqual([expect.objectContaining({ name: 'Paper', members: 2 })]);
    expect(a.syndicated).toEqual([
      expect.objectContaining({
        assertionId: 'paper#1',
        outlet: 'Reprint Daily',
        role: 'amplification',
        originKey: 'outlet:paper',
      }),
    ]);
  });

  it('never adds an origin, even when the copy belongs to a group that already has two', () => {
    const index = new ClaimIndex();
    const { groupId } = index.add(
      claim('isaf#0', RELEASE, { outlet: 'ISAF', citedSource: 'ISAF', provenance: 'military' }),
    );
    index.add(
      claim('un#2', `A UN team found that ${RELEASE}`, {
        outlet: 'UNAMA',
        citedSource: 'UNAMA',
        provenance: 'independent',
      }),
    );
    const before = analyseGroup(index.group(groupId));
    const after = withSyndicatedCopies(before, [
      { assertionId: 'un#2', outlet: 'Wire', publishedAt: null },
      { assertionId: 'un#2', outlet: 'Paper', publishedAt: null },
    ]);
    expect(after.independentOrigins).toBe(before.independentOrigins);
    expect(after.amplifications).toBe(before.amplifications + 2);
    expect(after.amplifiedOnly).toBe(false);
    expect(after.origins.find((o) => o.name === 'UNAMA')?.members).toBe(3);
    // The input analysis is not changed.
    expect(before.origins.find((o) => o.name === 'UNAMA')?.members).toBe(1);
  });

  it('refuses a copy of an assertion outside the group', () => {
    const index = new ClaimIndex();
    const { groupId } = index.add(claim('paper#1', RELEASE));
    expect(() =>
      withSyndicatedCopies(analyseGroup(index.group(groupId)), [
        { assertionId: 'other#1', outlet: 'X', publishedAt: null },
      ]),
    ).toThrow(/not in the group/);
  });
});
