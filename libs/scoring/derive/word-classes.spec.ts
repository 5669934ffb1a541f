import committed from '../rubric/attribution/word-classes.json';
import { deriveWordClasses } from './word-classes';

// word-classes.json is what its script derives from the Brill lexicon and the cue lexicon: when the cue lexicon
// changes (as when the volition verbs left it), the classes drawn from it must be derived again, not left stale.
describe('the word classes', () => {
  it('are exactly what libs/scoring/derive/word-classes.ts derives', () => {
    expect(committed).toEqual(deriveWordClasses());
  });
});
