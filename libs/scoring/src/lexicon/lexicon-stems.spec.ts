import { defaultRubric } from '../rubric';
import { Lexicon } from './lexicon';
import { stemRelatives, type StemRelatives } from './testing/stem-relatives';
import record from './testing/stem-relatives.reviewed.json';

const differences = (found: StemRelatives, reviewed: StemRelatives, word: 'matches' | 'no longer matches') => {
  const out: string[] = [];
  for (const [lexicon, entries] of Object.entries(found))
    for (const [entry, words] of Object.entries(entries)) {
      const known = new Set(reviewed[lexicon]?.[entry] ?? []);
      const fresh = words.filter((w) => !known.has(w));
      if (fresh.length) out.push(`${lexicon} "${entry}" ${word} ${fresh.join(', ')}`);
    }
  return out;
};

describe('lexicon entries matched on Porter stems', () => {
  const found = stemRelatives(defaultRubric().lexicons);
  const reviewed = record.reviewed as StemRelatives;

  it('reach no word beyond their inflections that has not been reviewed (make the entry exact with "=", or record the word)', () => {
    expect(differences(found, reviewed, 'matches')).toEqual([]);
  });

  it('the review record lists nothing the lexicons no longer match', () => {
    expect(differences(reviewed, found, 'no longer matches')).toEqual([]);
  });

  it('finds the relatives a stem reaches, and not inflections', () => {
    // Lexicons made up here, so the check is seen to catch what it is for.
    const relatives = stemRelatives({
      probe: new Lexicon({ description: 'probe', terms: ['fertile', 'disturbing', '=militant', 'capture'] }),
    });
    expect(relatives.probe.fertile).toEqual(expect.arrayContaining(['fertility', 'fertilizer']));
    expect(relatives.probe.disturbing).toEqual(expect.arrayContaining(['disturbance']));
    expect(relatives.probe.disturbing).not.toContain('disturbed');
    expect(relatives.probe.militant).toBeUndefined();
    expect(relatives.probe.capture).toBeUndefined();
  });
});
