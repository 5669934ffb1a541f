import { tokenize } from '../../lexicon/tokens';
import { defaultRubric } from '../../rubric';
import { findHedges } from './hedges';

const hedged = (s: string) => {
  const tokens = tokenize(s);
  return findHedges(tokens, defaultRubric().lexiconSet.matchAll(tokens).hedges).length > 0;
};

describe('hedge detection', () => {
  it.each([
    'The IMU has allegedly reconstituted itself.',
    'The commander was reportedly killed.',
    'It is believed that the group is still active.',
    'The group might be closer to reality.',
    'The likelihood of attacks seems low.',
    'The scope of the overlap is difficult to confirm.',
    'Little is known about the organisation.',
    'He is suspected of being involved in the attack.',
    'Verifying these names is impossible.',
  ])('finds a hedge in: %s', (s) => expect(hedged(s)).toBe(true));

  it.each([
    'In May 2009 a small group attacked a border post.',
    'The commander openly claimed responsibility for the attack.',
    'The force detained several suspected insurgents.',
    'The security force found a rocket-propelled grenade launcher.',
    'After questioning, the force detained three men.',
  ])('finds no hedge in: %s', (s) => expect(hedged(s)).toBe(false));
});
