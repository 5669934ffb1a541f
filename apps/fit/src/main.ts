/**
 * npm run fit                 fit the alarmism weights, print the cross-validated figures beside
 *                             the rubric's current weights on the same data (dry run)
 * npm run fit -- --write      also write the weights and their provenance into rubric.json
 * npm run fit -- --heldout    also print the SemEval held-out half's AUC (a headline: run it once
 *                             at the end, never to choose anything)
 */
import { writeFileSync } from 'node:fs';
import { defaultRubric } from '@auditor/scoring';
import { loadFitData, probeRubric, semevalData, withAlarmism } from './data';
import { figures, FitConfig, FitResult, FOLDS, POINTS_PER_LOGIT, runFit, Weights } from './fit';
import { applyFit, fitConfig, readRubric, RUBRIC_PATH, rubricText } from './rubric-file';

const args = new Set(process.argv.slice(2));
const f3 = (v: number) => v.toFixed(3);

/** The held-out half's line AUC under the rubric now and under the fitted weights. */
function heldoutAuc(
  config: FitConfig,
  fitted: Weights,
): { current: number; fitted: number; lines: number; positives: number } {
  const { docs, items, lines } = semevalData(config.specs, probeRubric(config.specs, config.capUnits), 'heldout');
  const data = { docs, inDomain: [], semeval: items, lines };
  const fittedRubric = withAlarmism(fitted.base, fitted.weights);
  return {
    current: figures(data, () => defaultRubric()).semevalAuc,
    fitted: figures(data, () => fittedRubric).semevalAuc,
    lines: lines.length,
    positives: lines.filter((l) => l.positive).length,
  };
}

function report(result: FitResult): string[] {
  const { rows, config, choice } = result;
  const table = config.specs.map((s, j) => {
    const cap = config.capUnits[s.id];
    const pts = result.weights.units[j];
    return `  ${s.id.padEnd(28)}${String(result.support[j]).padStart(7)}   ${config.directions[j] > 0 ? 'raises' : 'lowers'}  ${(result.fitted[j] ? result.coefficients[j].toFixed(3) : 'not fitted').padStart(11)}  ${`${pts}${cap ? ` (cap ${pts * cap})` : ''}`.padStart(13)}  ${String(config.weights[s.unitKey]).padStart(5)}`;
  });
  return [
    `Data: in-domain ${rows.inDomain} sentences (${rows.inDomainPositive} with alarmism >= 1) in ${rows.documents} documents; SemEval PTC fit half ${rows.semeval} sentences (${rows.semevalPositive} alarm techniques) in ${rows.articles} articles; ${rows.critiqueLeftOut} critique sentences left to their rule.`,
    '',
    `L2 strength by ${FOLDS}-fold out-of-fold log-loss (folds grouped by document):`,
    ...choice.path.map(
      (p) =>
        `  λ ${String(p.lambda).padEnd(9)} ${p.logLoss.toFixed(5)}${p.lambda === choice.lambda ? '  <- chosen' : ''}`,
    ),
    '',
    `  signal                      support   direction  logit/unit  points/unit    now`,
    ...table,
    `  base ${result.weights.base}; in-domain intercept ${result.model.intercepts[0].toFixed(3)}, SemEval ${result.model.intercepts[1].toFixed(3)}; ${POINTS_PER_LOGIT.toFixed(3)} points per logit`,
    '',
    '                                          in-domain Spearman   SemEval fit-half AUC',
    `  rubric.json now (in-sample)             ${f3(result.current.inDomainSpearman).padStart(18)}   ${f3(result.current.semevalAuc).padStart(20)}`,
    `  fitted, cross-validated (out of fold)   ${f3(result.crossValidated.inDomainSpearman).padStart(18)}   ${f3(result.crossValidated.semevalAuc).padStart(20)}`,
    `  fitted, in-sample                       ${f3(result.inSample.inDomainSpearman).padStart(18)}   ${f3(result.inSample.semevalAuc).padStart(20)}`,
  ];
}

function main(): void {
  const { text, json } = readRubric();
  const config = fitConfig(json);
  const result = runFit(loadFitData(config.specs, config.capUnits), config);
  const lines = report(result);
  if (args.has('--heldout')) {
    const h = heldoutAuc(config, result.weights);
    lines.push(
      '',
      `SemEval held-out half (${h.lines} lines, ${h.positives} positive; headline only): rubric.json now ${f3(h.current)}, fitted ${f3(h.fitted)}`,
    );
  }
  if (args.has('--write')) {
    // Re-read just before writing: another process may have added keys since the fit started.
    const latest = readRubric();
    if (JSON.stringify(latest.json.alarmism.weights) !== JSON.stringify(json.alarmism.weights))
      throw new Error('rubric.json alarmism weights changed during the fit; run it again');
    const out = rubricText(latest.text, applyFit(latest.json, result, new Date().toISOString().slice(0, 10)));
    if (out === latest.text) lines.push('', `${RUBRIC_PATH}: unchanged`);
    else {
      writeFileSync(RUBRIC_PATH, out);
      lines.push('', `${RUBRIC_PATH}: weights and alarmism.fit written (the version is left for the release to bump)`);
    }
  } else {
    const out = rubricText(text, applyFit(json, result, new Date().toISOString().slice(0, 10)));
    lines.push(
      '',
      out === text
        ? 'rubric.json already holds these weights.'
        : 'Dry run: rubric.json differs from this fit; `npm run fit -- --write` writes it.',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
