import { keptAliases } from './source-merge.service';

describe('keptAliases', () => {
  it("keeps the survivor's aliases and adds the merged source's name and aliases once, never the survivor's own name", () => {
    expect(
      keptAliases(
        { canonicalName: 'ISAF', aliases: ['International Security Assistance Force'] },
        {
          canonicalName: 'ISAF Joint Command',
          aliases: ['IJC', 'ISAF', 'International Security Assistance Force', ' '],
        },
      ),
    ).toEqual(['International Security Assistance Force', 'ISAF Joint Command', 'IJC']);
  });

  it('keeps surface forms that differ only in case, as scoring records them', () => {
    expect(
      keptAliases(
        { canonicalName: 'Kunduz Police Department', aliases: [] },
        { canonicalName: 'Kunduz police', aliases: ['kunduz police'] },
      ),
    ).toEqual(['Kunduz police', 'kunduz police']);
  });
});
