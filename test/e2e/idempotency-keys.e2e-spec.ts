import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import type { PrincipalScope, Role } from '@tongxin/auth';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { fillPath, setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';
import { sample, type OpenApiDocument } from './openapi-samples.js';

/** Write routes that tell repeats apart themselves (file hash, log size, no write): they refuse the header instead of ignoring it. */
const KEYLESS_ROUTES = [
  'POST /api/v1/admin/projections/{name}/rebuild',
  'POST /api/v1/communities/{communityId}/checkpoints',
  'POST /api/v1/demo/sign-in',
  'POST /api/v1/districts/{districtId}/audit/checkpoints',
  'POST /api/v1/streets/{streetId}/imports',
];

/**
 * An Idempotency-Key names one request: the same request again returns the first result, and
 * the key used for anything else (another route, another record, another body) is 422
 * IDEMPOTENCY_KEY_REUSED naming the first use, with nothing written. Proven over every POST
 * route of the OpenAPI document.
 */
describe('idempotency keys are bound to the request they were first used for', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('idem');
  const http = () => request(app.getHttpServer());
  const auth: Record<string, string> = {};
  const state = async () => {
    const { rows } = await owner.query<{ head: string | null; events: string; exports: string }>(
      `select (select max(global_position) from events) as head, (select count(*) from events) as events,
              (select count(*) from export_jobs) as exports`,
    );
    return rows[0];
  };
  const raiseBody = {
    channel: 'door-duty',
    category: 'street-lights',
    description: '3栋路灯不亮',
    residentContact: { name: '王阿姨', phone: '13800000000' },
  };
  const requests = () => `/api/v1/communities/${ids.communityId}/requests`;
  const raise = (key: string, body: object = raiseBody) =>
    http().post(requests()).set('Authorization', auth.staff).set('Idempotency-Key', key).send(body);

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    // Onboarded long ago, so that the dates in the routes' examples are in its time.
    await setUpCommunity(app, directory, ids, {
      district: '咸安区',
      street: '永安办事处',
      community: '凤凰社区',
      onboardedOn: '2000-01-01',
    });
    auth.staff = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    auth.platform = `Bearer ${await tokenFor('platform-admin', {})}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('answers the same request again with the first result, and the key with another body with 422', async () => {
    const key = `raise-${ids.suffix}`;
    const first = await raise(key).expect(201);
    const again = await raise(key).expect(201);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    const before = await state();
    const other = await raise(key, { ...raiseBody, description: '5栋路灯不亮' }).expect(422);
    expect(other.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining('POST /api/v1/communities/:communityId/requests'),
      messageEn: expect.stringContaining(`request-${first.body.requestId as string}`),
      details: {
        firstUse: { kind: 'POST /api/v1/communities/:communityId/requests', at: expect.any(String) },
        differs: ['body'],
      },
    });
    expect(await state()).toEqual(before);
  }, 300_000);

  it('does not dispatch request B under the key that dispatched request A (no 2xx for a write that did not happen)', async () => {
    const [a, b] = [
      (await raise(`a-${ids.suffix}`).expect(201)).body.requestId as string,
      (await raise(`b-${ids.suffix}`).expect(201)).body.requestId as string,
    ];
    const dispatch = (id: string) =>
      http()
        .post(`${requests()}/${id}/dispatch`)
        .set('Authorization', auth.staff)
        .set('Idempotency-Key', `dispatch-${ids.suffix}`)
        .send({
          assignee: { kind: 'party-member', id: 'member-3', name: '李党员' },
          respondBy: new Date(Date.now() + 2 * 3600_000).toISOString(),
          resolveBy: new Date(Date.now() + 48 * 3600_000).toISOString(),
        });
    await dispatch(a).expect(201);
    const before = await state();
    const reused = await dispatch(b).expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: { differs: ['target', 'body'] } });
    expect(await state()).toEqual(before);
    const view = await http().get(`${requests()}/${b}`).set('Authorization', auth.staff).expect(200);
    expect(view.body.state.status).toBe('raised');
  }, 300_000);

  it('binds an export key to its request: the same again is the same export, another is 422', async () => {
    const exports = `/api/v1/communities/${ids.communityId}/exports`;
    const ask = (body: object) =>
      http().post(exports).set('Authorization', auth.staff).set('Idempotency-Key', `export-${ids.suffix}`).send(body);
    const first = await ask({ kind: 'requests', format: 'csv' }).expect(202);
    const again = await ask({ kind: 'requests', format: 'csv' }).expect(200);
    expect(again.body.exportId).toBe(first.body.exportId);
    const before = await state();
    expect((await ask({ kind: 'requests', format: 'xlsx' }).expect(422)).body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      details: { firstUse: { kind: 'POST /api/v1/communities/:communityId/exports' }, differs: ['body'] },
    });
    // A key that raised a request is not an export's key either.
    expect((await ask({ kind: 'requests', format: 'csv' }).set('Idempotency-Key', `raise-${ids.suffix}`)).status).toBe(
      422,
    );
    expect(await state()).toEqual(before);
  }, 300_000);

  it('refuses a key used first elsewhere on every POST route of the OpenAPI document, changing nothing', async () => {
    const key = `every-${ids.suffix}`;
    // The key's first use in each tenant the routes write to: the community, its district, the platform.
    await raise(key).expect(201);
    await http()
      .post(`/api/v1/districts/${ids.districtId}/streets`)
      .set('Authorization', auth.platform)
      .set('Idempotency-Key', key)
      .send({ streetId: ids.otherStreetId, name: '温泉街道' })
      .expect(201);
    const document = (await http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    await http()
      .post('/api/v1/platform/holiday-calendars')
      .set('Authorization', auth.platform)
      .set('Idempotency-Key', key)
      .send({
        year: 2100,
        holidays: [{ date: '2100-01-01', name: '元旦' }],
        workdays: [],
        source: { title: '测试用的 2100 年节假日安排' },
      })
      .expect(201);

    const candidates: [Role, PrincipalScope][] = [
      ['platform-admin', {}],
      ['street-office', { streetId: ids.streetId }],
      ['community-admin', { communityId: ids.communityId }],
      ['grid-worker', { communityId: ids.communityId }],
      ['party-member', { communityId: ids.communityId }],
      ['resident', { communityId: ids.communityId }],
      ['department', { departmentId: 'dept-housing', districtId: ids.districtId }],
      ['auditor', { districtId: ids.districtId }],
    ];
    const tokens = await Promise.all(candidates.map(async ([role, scope]) => `Bearer ${await tokenFor(role, scope)}`));
    const before = await state();
    const answers: { route: string; status: number; code: unknown }[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      const post = operations.post;
      if (!post) continue;
      const schema = post.requestBody?.content['application/json']?.schema;
      // A body the route's validation accepts, so that what answers is the key check.
      const valid = (schema ? sample(schema, document) : {}) as Record<string, unknown>;
      const body = path === '/api/v1/districts' ? { ...valid, districtId: ids.districtId } : valid;
      let answer: request.Response | null = null;
      // The first caller the guard lets through: 401/403/404 mean "not this role".
      for (const token of tokens) {
        answer = await http()
          .post(fillPath(path, ids))
          .set('Authorization', token)
          .set('Idempotency-Key', key)
          .send(body);
        if (![401, 403, 404].includes(answer.status)) break;
      }
      answers.push({ route: `POST ${path}`, status: answer?.status ?? 0, code: answer?.body.code });
    }
    expect(answers.length).toBeGreaterThan(90);
    expect(
      answers
        .filter((a) => !(a.status === 422 && a.code === 'IDEMPOTENCY_KEY_REUSED'))
        .sort((a, b) => a.route.localeCompare(b.route)),
    ).toEqual(KEYLESS_ROUTES.map((route) => ({ route, status: 400, code: 'IDEMPOTENCY_KEY_UNSUPPORTED' })));
    expect(await state()).toEqual(before);
  }, 300_000);
});
