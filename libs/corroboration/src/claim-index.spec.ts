import { chooseMatch, ClaimIndex } from './claim-index';
import { fingerprint } from './fingerprint';
import { groupExhaustively } from './exhaustive';
import { claim } from './testing';
import { ClaimInput } from './types';

const PROVINCES = [
  'Helmand',
  'Kandahar',
  'Khost',
  'Paktiya',
  'Ghazni',
  'Kunduz',
  'Baghlan',
  'Logar',
  'Wardak',
  'Zabul',
];

/** Letters only: digits inside names would be read as figures. */
function tag(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** n synthetic releases: distinct events (own district, date, name) with a paraphrase every third one. */
function releases(n: number): ClaimInput[] {
  const out: ClaimInput[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2011, 0, 1) + i * 86_400_000);
    const district = `Qala${tag(i)}`;
    const name = `Mullah Kareem${tag(i)}`;
    const province = PROVINCES[i % PROVINCES.length];
    out.push(
      claim(
        `r${i}#0`,
        `Afghan and coalition forces detained ${name} in ${district} district, ${province} province, yesterday.`,
        { publishedAt: day },
      ),
    );
    out.push(
      claim(`r${i}#1`, 'The security force did not fire their weapons during the operation.', { publishedAt: day }),
    );
    if (i % 3 === 0) {
      out.push(
        claim(
          `n${i}#0`,
          `${name} was arrested by coalition troops in ${district} district, ${province} province, yesterday, officials said.`,
          { publishedAt: day, outlet: 'Paper' },
        ),
      );
    }
  }
  return out;
}

describe('ClaimIndex', () => {
  it('groups a paraphrase with its event and keeps other events and boilerplate apart', () => {
    const index = new ClaimIndex();
    const results = releases(6).map((x) => index.add(x));
    expect(index.record('n0#0')!.groupId).toBe('r0#0');
    expect(index.record('n3#0')!.groupId).toBe('r3#0');
    expect(index.record('r1#0')!.groupId).toBe('r1#0');
    // Stock sentences are not claims: each stays alone although all six are identical.
    expect(index.record('r5#1')!.groupId).toBe('r5#1');
    expect(index.record('r5#1')!.specific).toBe(false);
    expect(results.filter((r) => r.joined)).toHaveLength(2);
    expect(index.group('r0#0').map((r) => r.assertionId)).toEqual(['r0#0', 'n0#0']);
  });

  it('groups incrementally exactly as the exhaustive all-pairs reference', () => {
    const inputs = releases(60);
    const index = new ClaimIndex();
    for (const x of inputs) index.add(x);
    const reference = groupExhaustively(inputs);
    for (const x of inputs) expect(index.record(x.assertionId)!.groupId).toBe(reference.get(x.assertionId));
    expect(index.groups().filter((g) => g.length > 1)).toHaveLength(20);
  });

  it('does work linear in the number of assertions (comparisons, not time)', () => {
    const per = (n: number): number => {
      const index = new ClaimIndex();
      for (const x of releases(n)) index.add(x);
      return index.comparisons / index.size;
    };
    const small = per(200);
    const large = per(1600);
    // Blocking keeps candidates per add bounded: an all-pairs scan would make this grow 8-fold.
    expect(large).toBeLessThan(small * 1.5 + 1);
    expect(large).toBeLessThan(40);
  });

  it('resumes from its serialised form and continues as if never stopped', () => {
    const inputs = releases(30);
    const whole = new ClaimIndex();
    for (const x of inputs) whole.add(x);
    const first = new ClaimIndex();
    for (const x of inputs.slice(0, 20)) first.add(x);
    const resumed = ClaimIndex.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
    for (const x of inputs.slice(20)) resumed.add(x);
    expect(resumed.toJSON()).toEqual(whole.toJSON());
  });

  it("catches up with another process's stored decisions without recomputing them", () => {
    const inputs = releases(30);
    const writer = new ClaimIndex();
    for (const x of inputs) writer.add(x);
    const reader = new ClaimIndex();
    for (const x of inputs.slice(0, 10)) reader.add(x);
    // The reader replays everything the writer stored; what it already holds is skipped.
    const restored = writer
      .toJSON()
      .records.map((r) => reader.restore({ ...r, publishedAt: r.publishedAt ? new Date(r.publishedAt) : null }));
    expect(restored.filter(Boolean)).toHaveLength(inputs.length - 10);
    expect(reader.toJSON()).toEqual(writer.toJSON());
  });

  it("takes a stored member's later change (re-dated, source merged) without moving it to another group", () => {
    const inputs = releases(30);
    const index = new ClaimIndex();
    for (const x of inputs) index.add(x);
    const grouped = index.groups().find((g) => g.length > 1)!;
    const member = grouped[0]; // the founder: a later copy is judged against it
    const redated = new Date('2019-06-01T00:00:00Z');
    const text = inputs.find((x) => x.assertionId === member.assertionId)!.text;
    const changed = {
      ...member,
      citedSource: 'Merged source',
      publishedAt: redated,
      fingerprint: fingerprint(text, redated),
    };
    expect(index.refresh({ ...changed, groupId: 'elsewhere' })).toBe(true);
    expect(index.record(member.assertionId)).toEqual(changed);
    expect(index.group(member.groupId).map((r) => r.assertionId)).toEqual(grouped.map((r) => r.assertionId));
    // Its new keys find it: the same text, now of the new date, joins its group.
    const again = index.add({
      ...inputs.find((x) => x.assertionId === member.assertionId)!,
      assertionId: 'copy#0',
      publishedAt: redated,
    });
    expect(again.groupId).toBe(member.groupId);
    expect(index.refresh({ ...changed, assertionId: 'never-indexed' })).toBe(false);
  });

  it('refuses an assertion twice', () => {
    const index = new ClaimIndex();
    index.add(claim('a#0', 'Coalition forces detained a facilitator in Khost province today.'));
    expect(() => index.add(claim('a#0', 'anything'))).toThrow(/already indexed/);
  });
});

describe('chooseMatch', () => {
  it('skips the best match when its group founder is not similar enough (no single-link drift)', () => {
    const founder = new Map([
      [0, 0.3],
      [1, 0.7],
    ]);
    expect(
      chooseMatch(
        [
          [0, 0.9],
          [1, 0.8],
        ],
        0.6,
        (c) => founder.get(c)!,
      ),
    ).toEqual([1, 0.8]);
    expect(
      chooseMatch(
        [
          [0, 0.9],
          [1, 0.5],
        ],
        0.6,
        (c) => founder.get(c)!,
      ),
    ).toEqual([-1, 0]);
  });
});
