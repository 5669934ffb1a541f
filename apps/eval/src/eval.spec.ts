import { labelledDocuments } from './datasets';
import { evaluate, meets, targets } from './evaluate';
import { rankingChecks, seedScores } from './seed-ranking';

// The targets on the hand-labelled assertions in ../shared/eval (read at run time).
describe('evaluation targets', () => {
  jest.setTimeout(60_000);
  const report = evaluate(labelledDocuments());

  it('locates every labelled sentence in its document', () => {
    expect(report.notLocated).toEqual([]);
    expect(report.labelledAssertions).toBeGreaterThan(250);
  });

  it.each(targets(report).map((t) => [t.name, t] as const))('meets the %s target', (_name, t) => {
    expect(meets(t)).toBe(true);
  });

  it('ranks the seeds: Daily Outlook most alarmist and worst-sourced, AAN least alarmist', () => {
    for (const c of rankingChecks(seedScores())) expect(c).toEqual({ name: c.name, ok: true });
  });
});
