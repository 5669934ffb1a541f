import { ADMIN, bootApp, login, TestApp } from './support/app';

// `POST /api/articles?wait=true`: the one-call path for scripts and first runs.
describe('upload and wait for scoring', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await bootApp();
    token = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  it('answers 200 with the scored assertions once scoring is done', async () => {
    const res = await t.http
      .post('/api/articles?wait=true')
      .set('Authorization', `Bearer ${token}`)
      .send({
        text: `ISAF said two insurgents were detained in Kunduz (release ${Date.now()}). Reports say the valley is a hotbed of militancy.`,
        outletType: 'media',
      })
      .expect(200);
    expect(res.body.status).toBe('scored');
    expect(res.body.assertions).toHaveLength(2);
    expect(res.body.assertions[0].attribution.sourceType).toBe('military');
    expect(res.body.assertions[1].scores.alarmism).toBeGreaterThan(res.body.assertions[0].scores.alarmism);
  });

  it('without wait, answers 202 at once', async () => {
    const res = await t.http
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: `A unique claim made at ${Date.now()} in Herat.` })
      .expect(202);
    expect(res.body.assertions).toBeUndefined();
  });
});
