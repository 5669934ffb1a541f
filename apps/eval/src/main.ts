import { loadBefore } from './before';
import { labelledDocuments } from './datasets';
import { evaluate, meets, targets } from './evaluate';
import { formatExternal } from './external/format';
import { baselineChecks, externalReport, externalTargets } from './external/report';
import { rankingChecks, seedScores } from './seed-ranking';

const args = new Set(process.argv.slice(2));
const pct = (v: number) => v.toFixed(3);

// --tuning scores only the tuning halves of the external sets, so a candidate change is judged without a headline;
// the external targets and baseline checks are on held-out halves, so it cannot be combined with --check.
const tuningOnly = args.has('--tuning');
if (tuningOnly && (args.has('--check') || args.has('--check-external'))) {
  process.stderr.write('--tuning measures no held-out half: it cannot be combined with --check or --check-external\n');
  process.exit(2);
}

const report = evaluate(labelledDocuments());
const seeds = seedScores();
const checks = rankingChecks(seeds);
const results = targets(report);
const external = externalReport({ tuningOnly });
const extTargets = tuningOnly ? [] : externalTargets(external);
const extChecks = tuningOnly ? [] : baselineChecks(external);
const before = loadBefore();
const was = (name: string) =>
  before && name in before.inDomain ? `   before issue 9: ${pct(before.inDomain[name])}` : '';

if (args.has('--json')) {
  const { pairs: _pairs, ...rest } = report;
  process.stdout.write(
    `${JSON.stringify({ ...rest, targets: results, seeds, checks, external, externalTargets: extTargets, externalBaselineChecks: extChecks, before }, null, 2)}\n`,
  );
} else {
  const lines = [
    `Evaluation on ${report.documents} labelled documents: ${report.labelledAssertions} assertions, ${report.labelledNonAssertions} non-assertions`,
    '(in-domain labels ../shared/eval: tuned-on data, the rules were written against them)',
    '',
    `attribution detection   P ${pct(report.attribution.precision)}  R ${pct(report.attribution.recall)}  F1 ${pct(report.attribution.f1)}`,
    `source-type macro-F1    ${pct(report.sourceType.macroF1)}   (${Object.entries(report.sourceType.perType)
      .map(([t, f]) => `${t} ${pct(f)}`)
      .join(', ')})`,
    `named-source accuracy   ${pct(report.namedAccuracy)}${was('named-source accuracy')}`,
    `hedge                   P ${pct(report.hedge.precision)}  R ${pct(report.hedge.recall)}  F1 ${pct(report.hedge.f1)}`,
    `alarmism Spearman       ${pct(report.alarmismSpearman)}`,
    `segmentation recall     ${pct(report.segmentationRecall)}`,
    `non-assertions emitted  ${pct(report.nonAssertionsEmitted)}`,
    '',
    'Targets:',
    ...results.map(
      (t) =>
        `  ${meets(t) ? 'PASS' : 'FAIL'}  ${t.name} ${pct(t.value)} (${t.higherIsBetter ? '≥' : '≤'} ${t.target})${was(t.name)}`,
    ),
    '',
    'Seed articles (mean scores):',
    ...seeds.map(
      (s) =>
        `  ${s.file.slice(0, 3)}  alarmism ${s.alarmism.toFixed(1).padStart(5)}  sourcing ${s.sourcingQuality.toFixed(1).padStart(5)}  ${s.assertions} assertions  ${s.outlet}`,
    ),
    ...checks.map((c) => `  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}`),
    '',
    ...formatExternal(external, before, extTargets, extChecks),
  ];
  if (report.notLocated.length) lines.push('', `labels not found in their document: ${report.notLocated.join(', ')}`);
  // Only in-domain disagreements are listed: the external held-out halves must not be read error by error.
  if (args.has('--errors')) {
    lines.push('', 'Disagreements (gold → predicted):');
    for (const p of report.pairs) {
      const g = p.label;
      const a = p.predicted.attribution;
      const issues: string[] = [];
      if (g.attributed !== (a !== null) || (g.attributed && g.sourceType !== a?.sourceType))
        issues.push(
          `attr ${g.attributed ? `${g.sourceType}:${g.source}` : '-'} → ${a ? `${a.sourceType}:${a.source}` : '-'}`,
        );
      if (g.attributed && a && g.named !== a.named) issues.push(`named ${g.named} → ${a.named}`);
      if (g.hedged !== p.predicted.hedged) issues.push(`hedged ${g.hedged} → ${p.predicted.hedged}`);
      if (args.has('--alarm')) issues.push(`alarm ${g.alarmism} → ${p.predicted.scores.alarmism}`);
      if (issues.length) lines.push(`  ${p.doc}#${g.i} ${issues.join('; ')} | ${g.text.slice(0, 100)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

// --check (CI) guards the in-domain targets, the beat-every-baseline rule on the held-out halves and
// the external target the engine meets (PolNeAR dev attribution F1); --check-external adds the external targets
// still missed (PolNeAR source agreement, SemEval AUC, weasel F1), kept apart so CI stays green while they are
// open and folded into --check as each is met.
const CHECKED_EXTERNAL = new Set(['PolNeAR dev attribution F1']);
const inDomainOk = results.every(meets) && checks.every((c) => c.ok);
const checkedOk = extChecks.every((c) => c.ok) && extTargets.filter((t) => CHECKED_EXTERNAL.has(t.name)).every(meets);
const externalOk = extTargets.every(meets);
if ((args.has('--check') || args.has('--check-external')) && !(inDomainOk && checkedOk)) process.exit(1);
if (args.has('--check-external') && !externalOk) process.exit(1);
