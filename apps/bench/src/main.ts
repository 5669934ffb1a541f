import { runScoringBench } from './scoring-bench';
import { runServiceBench } from './service-bench';
import { runHostileBench } from './hostile-bench';
import { runChaos } from './chaos';
import { runSourcesBench } from './sources-bench';
import { runSearchBench } from './search-bench';
import { runScaleBench } from './scale-bench';

// Suites are named so later ones (service, report cards) can be run alone: `npm run bench -- scoring`.
const suites: Record<string, () => void | Promise<void>> = {
  scoring: () =>
    runScoringBench(
      Number(process.env.BENCH_SCORING_MB ?? 16),
      process.env.BENCH_SCORING_WARMUP === undefined ? undefined : Number(process.env.BENCH_SCORING_WARMUP),
    ),
  service: () => runServiceBench(),
  hostile: () => runHostileBench(),
  chaos: () => runChaos(),
  // Scoring throughput with one worker process, then two (issue 13 target 5).
  scale: () => runScaleBench(),
  // Not in the default run: seeding a million assertions and filling the summaries takes minutes.
  sources: () => runSourcesBench(),
  // Same corpus as sources; times GET /api/articles full-text searches (issue 12 item 4).
  search: () => runSearchBench(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  // sources (minutes of seeding) and chaos (npm run chaos) run only when named.
  const names = wanted.length
    ? wanted
    : Object.keys(suites).filter((n) => n !== 'sources' && n !== 'search' && n !== 'chaos');
  for (const name of names) {
    const suite = suites[name];
    if (!suite) throw new Error(`unknown bench suite "${name}"; available: ${Object.keys(suites).join(', ')}`);
    await suite();
  }
}

// Exit explicitly: a benchmark has printed its figures, and must not wait on a stray handle.
main()
  .then(() => process.exit(0))
  .catch((e: Error) => {
    console.error(`bench failed: ${e.message}`);
    process.exit(1);
  });
