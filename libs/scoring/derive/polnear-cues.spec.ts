import lexicon from '../rubric/attribution/cue-lexicon.json';
import { EXCLUDED } from './polnear-cues';

// The committed lexicon and the script that derives it state the same exclusions, reasons and all: an exclusion added
// to one alone would be lost (or come back) the next time the lexicon is derived.
describe('the derived cue lexicon and its derivation script', () => {
  it('exclude the same lemmas and frames for the same reasons', () => {
    expect(lexicon.excluded).toEqual(EXCLUDED);
  });

  it('keep no cue the script excludes', () => {
    const lemmas = new Set(lexicon.cues.map((c) => c.lemma));
    for (const key of Object.keys(EXCLUDED)) {
      const [lemma, frame] = key.split(' ');
      if (!frame) expect(lemmas.has(lemma)).toBe(false);
      else {
        const entry = lexicon.cues.find((c) => c.lemma === lemma) as
          { verb?: { frames?: Record<string, unknown> } } | undefined;
        expect(Object.keys(entry?.verb?.frames ?? {})).not.toContain(frame);
      }
    }
  });
});
