import { bandOf, SCORE_BANDS } from '@auditor/scoring';
import rubric from '../../../libs/scoring/rubric/rubric.json';
import type { ScoreBands } from '@auditor/contracts';
import { bootApp, TestApp } from './support/app';

describe('GET /api/score-bands', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the bands and bases of the current rubric without a credential', async () => {
    const r = await t.http.get('/api/score-bands').expect(200);
    const body = r.body as ScoreBands;
    expect(body.rubricVersion).toBe(rubric.version);
    expect(body.bases).toEqual({ sourcingQuality: rubric.sourcingQuality.base, alarmism: rubric.alarmism.base });
    expect(body.bands).toEqual(SCORE_BANDS);
    // The same band for a score in the browser and in the library.
    const served = body.bands.alarmism.find((b) => b.min <= 50 && 50 <= b.max);
    expect(served).toEqual(bandOf('alarmism', 50));
  });
});
