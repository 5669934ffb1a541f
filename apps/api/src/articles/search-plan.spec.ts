import { phraseTotal, planSearch } from './search-plan';

describe('planSearch', () => {
  it('relaxes phrase operators, of any distance, into AND', () => {
    expect(planSearch("'islam' <-> 'movement' <2> 'uzbekistan'")).toEqual({
      exact: "'islam' <-> 'movement' <2> 'uzbekistan'",
      relaxed: "'islam' & 'movement' & 'uzbekistan'",
    });
  });

  it('keeps a negated single word: the conjunction is still a superset', () => {
    expect(planSearch("'weapon' <-> 'cach' & !'helmand'").relaxed).toBe("'weapon' & 'cach' & !'helmand'");
  });

  it('does not relax a negated phrase, nor a search without phrases', () => {
    expect(planSearch("'kunduz' & !( 'kunduz' <-> 'provinc' )").relaxed).toBeNull();
    expect(planSearch("'taliban' & !'helmand'").relaxed).toBeNull();
    expect(planSearch('').relaxed).toBeNull();
  });
});

describe('phraseTotal', () => {
  const base = { candidates: 10_000, sampled: 500, sampledMatches: 400, offset: 0, returned: 20, pageSize: 20 };

  it('estimates from the sample when the candidates outnumber it', () => {
    expect(phraseTotal(base)).toEqual({ total: 8_000, estimated: true });
  });

  it('counts exactly when the sample held every candidate or the page ran short', () => {
    expect(phraseTotal({ ...base, candidates: 300, sampled: 300, sampledMatches: 250 })).toEqual({
      total: 250,
      estimated: false,
    });
    expect(phraseTotal({ ...base, offset: 7_980, returned: 7 })).toEqual({ total: 7_987, estimated: false });
    expect(phraseTotal({ ...base, returned: 0 })).toEqual({ total: 0, estimated: false });
  });

  it('keeps an estimate within what the page proved', () => {
    // Verified rows are a floor...
    expect(phraseTotal({ ...base, offset: 9_000, returned: 20 }).total).toBe(9_020);
    // ...and an empty page past the end a ceiling.
    expect(phraseTotal({ ...base, offset: 5_000, returned: 0 })).toEqual({ total: 5_000, estimated: true });
  });
});
