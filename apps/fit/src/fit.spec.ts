import { halfOf } from '../../eval/src/external/splits';
import { loadFitData } from './data';
import { foldOf, FOLDS, runFit } from './fit';
import { applyFit, fitConfig, readRubric } from './rubric-file';

// Reads ../shared (the labels and the SemEval fit half) at run time, as npm run fit does.
describe('npm run fit', () => {
  jest.setTimeout(60_000);
  const { json } = readRubric();
  const config = fitConfig(json);
  const data = loadFitData(config.specs, config.capUnits);
  const result = runFit(data, config);

  it('reproduces the alarmism weights and provenance committed in rubric.json', () => {
    const date = (json.alarmism.fit as { date?: string } | undefined)?.date ?? 'not fitted yet';
    expect(applyFit(json, result, date)).toEqual(json);
  });

  it('fits on the in-domain labels and the SemEval fit half only, never the held-out half', () => {
    expect(data.inDomain.length).toBeGreaterThan(250);
    expect(data.semeval.filter((it) => it.label === 1).length).toBeGreaterThan(300);
    expect(data.semeval.every((it) => halfOf(it.doc) === 'fit')).toBe(true);
    expect(result.current).toEqual(result.inSample); // the committed weights are the fitted ones
  });

  it('spreads both sources over every fold, so each fold model is trained on both', () => {
    for (let f = 0; f < FOLDS; f++) {
      expect(data.semeval.some((it) => foldOf(it.doc) === f)).toBe(true);
      expect(data.inDomain.some((it) => foldOf(it.doc) !== f)).toBe(true);
    }
  });
});
