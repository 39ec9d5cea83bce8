import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

describe('registry and onboarding through HTTP (real PostgreSQL)', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  let admin: string;

  const http = () => request(app.getHttpServer());
  const eventCount = async (tenantId: string) =>
    Number((await owner.query('select count(*) as n from events where tenant_id = $1', [tenantId])).rows[0].n);

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    admin = `Bearer ${await tokenFor('platform-admin', {})}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  /** A district with one street, as the platform administrator sets it up. */
  async function districtWithStreet(label: string) {
    const ids = uniqueIds(label);
    await http()
      .post('/api/v1/districts')
      .set('Authorization', admin)
      .send({ districtId: ids.districtId, name: `咸安区${ids.suffix}` })
      .expect(201);
    const street = await http()
      .post(`/api/v1/districts/${ids.districtId}/streets`)
      .set('Authorization', admin)
      .send({ streetId: ids.streetId, name: `永安办事处${ids.suffix}` })
      .expect(201);
    await directory.waitFor(street.body.position);
    return ids;
  }

  it('lets a street office onboard a community, which the district committee then sees under its street', async () => {
    const ids = await districtWithStreet('onb');
    const office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    const onboarded = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .send({ communityId: ids.communityId, name: `凤凰社区${ids.suffix}`, onboardedOn: '2018-07-01' })
      .expect(201);
    expect(onboarded.body).toMatchObject({
      tenantId: ids.districtId,
      streamId: 'registry',
      streamVersion: 3,
      duplicate: false,
    });
    expect(onboarded.headers.etag).toBe('"3"');
    await directory.waitFor(onboarded.body.position);

    const committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
    const view = await http().get(`/api/v1/districts/${ids.districtId}`).set('Authorization', committee).expect(200);
    expect(view.body.streets.map((s: { unitId: string }) => s.unitId)).toEqual([ids.streetId]);
    expect(view.body.communities).toEqual([
      expect.objectContaining({
        unitId: ids.communityId,
        name: `凤凰社区${ids.suffix}`,
        streetId: ids.streetId,
        onboardedOn: '2018-07-01',
      }),
    ]);

    const staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId })}`;
    await http().get(`/api/v1/communities/${ids.communityId}`).set('Authorization', staff).expect(200);
  });

  it('refuses malformed bodies with 400 naming each field, and records nothing', async () => {
    const ids = await districtWithStreet('bad');
    const office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    const before = await eventCount(ids.districtId);
    const response = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .send({ communityId: 'Fenghuang!', name: 'x', onboardedOn: '01/07/2018', extra: true })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'communityId',
      'extra',
      'name',
      'onboardedOn',
    ]);
    expect(response.body.message).toContain('请求参数无效');
    await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .send({ communityId: `c-x${ids.suffix}`, name: '南门社区', onboardedOn: '2018-02-30' })
      .expect(400);
    expect(await eventCount(ids.districtId)).toBe(before);
  });

  it('answers a retried command with the first result and appends nothing more', async () => {
    const ids = await districtWithStreet('idem');
    const office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    const send = () =>
      http()
        .post(`/api/v1/streets/${ids.streetId}/communities`)
        .set('Authorization', office)
        .set('Idempotency-Key', `onboard-${ids.suffix}`)
        .send({ communityId: ids.communityId, name: '南门社区', onboardedOn: '2019-01-01' });
    const first = await send().expect(201);
    const retry = await send().expect(201);
    expect(retry.body).toEqual({ ...first.body, duplicate: true });
    expect(await eventCount(ids.districtId)).toBe(3);
  });

  it('refuses a stale If-Match with 412 and a duplicate onboarding with a coded 409', async () => {
    const ids = await districtWithStreet('cc');
    const office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    const body = { communityId: ids.communityId, name: '芙蓉南路社区', onboardedOn: '2019-01-01' };
    const stale = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .set('If-Match', '"1"')
      .send(body)
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', details: { expectedVersion: 1, actualVersion: 2 } });
    await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .set('If-Match', '"2"')
      .send(body)
      .expect(201);
    const again = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', office)
      .send(body)
      .expect(409);
    expect(again.body).toMatchObject({
      code: 'COMMUNITY_ALREADY_ONBOARDED',
      message: expect.stringContaining('已入驻'),
      messageEn: expect.any(String),
    });
  });

  it('refuses a unit id already used by another district', async () => {
    const first = await districtWithStreet('dup1');
    const second = await districtWithStreet('dup2');
    const office2 = `Bearer ${await tokenFor('street-office', { streetId: second.streetId })}`;
    const response = await http()
      .post(`/api/v1/streets/${second.streetId}/communities`)
      .set('Authorization', office2)
      .send({ communityId: first.streetId.replace(/^s-/, 'c-'), name: '某社区', onboardedOn: '2020-01-01' });
    expect(response.status).toBe(201); // a fresh id is fine
    await directory.waitFor(response.body.position);
    const clash = await http()
      .post(`/api/v1/districts/${first.districtId}/streets`)
      .set('Authorization', admin)
      .send({ streetId: second.streetId, name: '重复街道' })
      .expect(409);
    expect(clash.body.code).toBe('UNIT_ID_TAKEN');
  });

  it('moves a community: street scopes follow the move from its effective date', async () => {
    const ids = await districtWithStreet('move');
    await http()
      .post(`/api/v1/districts/${ids.districtId}/streets`)
      .set('Authorization', admin)
      .send({ streetId: ids.otherStreetId, name: '温泉办事处' })
      .expect(201);
    const oldOffice = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    const newOffice = `Bearer ${await tokenFor('street-office', { streetId: ids.otherStreetId })}`;
    const onboarded = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', oldOffice)
      .send({ communityId: ids.communityId, name: '黄泥坝社区', onboardedOn: '2021-03-01' })
      .expect(201);
    await directory.waitFor(onboarded.body.position);

    // A move that takes effect in the future changes nothing yet.
    const future = await http()
      .post(`/api/v1/districts/${ids.districtId}/communities/${ids.communityId}/move`)
      .set('Authorization', admin)
      .send({ toStreetId: ids.otherStreetId, effectiveFrom: '2099-01-01' })
      .expect(201);
    await directory.waitFor(future.body.position);
    await http().get(`/api/v1/communities/${ids.communityId}`).set('Authorization', oldOffice).expect(200);
    await http().get(`/api/v1/communities/${ids.communityId}`).set('Authorization', newOffice).expect(404);

    // Moving back and forth: the placement effective today decides.
    const back = await http()
      .post(`/api/v1/districts/${ids.districtId}/communities/${ids.communityId}/move`)
      .set('Authorization', admin)
      .send({ toStreetId: ids.streetId, effectiveFrom: '2099-01-02' })
      .expect(201);
    const now = await http()
      .post(`/api/v1/districts/${ids.districtId}/communities/${ids.communityId}/move`)
      .set('Authorization', admin)
      .send({ toStreetId: ids.otherStreetId, effectiveFrom: '2024-01-01' })
      .expect(201);
    await directory.waitFor(Math.max(back.body.position, now.body.position));
    await http().get(`/api/v1/communities/${ids.communityId}`).set('Authorization', newOffice).expect(200);
    await http().get(`/api/v1/communities/${ids.communityId}`).set('Authorization', oldOffice).expect(404);
    const street = await http().get(`/api/v1/streets/${ids.otherStreetId}`).set('Authorization', newOffice).expect(200);
    expect(street.body.communities.map((c: { unitId: string }) => c.unitId)).toEqual([ids.communityId]);
  });
});
