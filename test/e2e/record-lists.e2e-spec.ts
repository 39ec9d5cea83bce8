import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/** The registers behind the community page's tabs: disputes, wishes, hazards, works and party members. */
describe('community registers (list routes) through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('reg');
  const other = uniqueIds('rego');
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = (c = ids.communityId) => `/api/v1/communities/${c}`;
  const as = (who: string) => auth[who];

  beforeAll(async () => {
    pool = await migratedTestPool();
    app = await startApi();
    projections = await startDirectoryProjection(pool);
    await setUpCommunity(app, projections, ids, { district: '咸安区', street: '永安办事处', community: '凤凰社区' });
    await setUpCommunity(app, projections, other, { district: '嘉鱼县', street: '鱼岳镇', community: '沙阳社区' });
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.admin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    auth.otherStaff = `Bearer ${await tokenFor('community-staff', { communityId: other.communityId }, 'staff-9')}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
  });
  afterAll(async () => {
    await projections.stop();
    await app.close();
    await pool.end();
  });

  it('lists disputes newest first with their state, masks parties outside the staff, and drops voided ones', async () => {
    const first = await http()
      .post(`${base()}/disputes`)
      .set('Authorization', as('staff'))
      .send({ kind: 'parking', summary: '车位占用纠纷', parties: ['张先生', '李女士'] })
      .expect(201);
    await http()
      .post(`${base()}/disputes/${first.body.id}/mediation-sessions`)
      .set('Authorization', as('staff'))
      .send({ venue: '近邻评理室', mediator: '王书记' })
      .expect(201);
    const mediated = await http()
      .post(`${base()}/disputes/${first.body.id}/mediated`)
      .set('Authorization', as('staff'))
      .send({ agreement: '错峰使用车位' })
      .expect(201);
    const second = await http()
      .post(`${base()}/disputes`)
      .set('Authorization', as('staff'))
      .send({ kind: 'noise', summary: '装修噪音', parties: ['赵先生', '钱女士'] })
      .expect(201);
    const third = await http()
      .post(`${base()}/disputes`)
      .set('Authorization', as('staff'))
      .send({ kind: 'other', summary: '误录的纠纷', parties: ['甲', '乙'] })
      .expect(201);
    const view = await http().get(`${base()}/disputes/${third.body.id}`).set('Authorization', as('staff')).expect(200);
    const voided = await http()
      .post(`${base()}/disputes/${third.body.id}/void`)
      .set('Authorization', as('admin'))
      .send({ eventId: view.body.timeline[0].eventId, reason: '重复录入' })
      .expect(201);
    await projections.waitFor(Math.max(mediated.body.position, second.body.position, voided.body.position));

    const staffList = await http().get(`${base()}/disputes`).set('Authorization', as('staff')).expect(200);
    expect(staffList.body.items.map((i: { id: string }) => i.id)).toEqual([second.body.id, first.body.id]);
    expect(staffList.body.items[1]).toMatchObject({
      status: 'mediated',
      statusLabel: '调解成功',
      eventCount: 3,
      created: { kind: 'parking', summary: '车位占用纠纷', partiesPii: ['张先生', '李女士'] },
    });
    expect(staffList.body.items[0]).toMatchObject({ status: 'registered', statusLabel: '已登记' });
    expect(staffList.body.next).toBeNull();

    const committeeList = await http().get(`${base()}/disputes`).set('Authorization', as('committee')).expect(200);
    expect(committeeList.body.items[1].created.partiesPii).toEqual(['***', '***']);
    expect(committeeList.body.items[1].created.summary).toBe('车位占用纠纷');

    const page1 = await http().get(`${base()}/disputes?limit=1`).set('Authorization', as('staff')).expect(200);
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([second.body.id]);
    const page2 = await http()
      .get(`${base()}/disputes?limit=1&after=${page1.body.next}`)
      .set('Authorization', as('staff'))
      .expect(200);
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([first.body.id]);
  });

  it('lists wishes, hazards, works and members with their states', async () => {
    const wish = await http()
      .post(`${base()}/wishes`)
      .set('Authorization', as('staff'))
      .send({ description: '想要一台收音机', beneficiary: '陈奶奶' })
      .expect(201);
    const claimed = await http()
      .post(`${base()}/wishes/${wish.body.id}/claim`)
      .set('Authorization', as('staff'))
      .send({ claimerName: '李建国' })
      .expect(201);
    const hazard = await http()
      .post(`${base()}/hazards`)
      .set('Authorization', as('staff'))
      .send({ kind: 'electrical', location: '5栋车棚', description: '电动车飞线充电' })
      .expect(201);
    const works = await http()
      .post(`${base()}/works`)
      .set('Authorization', as('staff'))
      .send({ kind: 'street-lamps', quantity: 50, description: '安装太阳能路灯' })
      .expect(201);
    const member = await http()
      .post(`${base()}/members`)
      .set('Authorization', as('staff'))
      .send({ memberId: 'li-jianguo', name: '李建国', mode: 'in-service' })
      .expect(201);
    const reported = await http()
      .post(`${base()}/members/li-jianguo/report-in`)
      .set('Authorization', as('staff'))
      .send({ mode: 'in-service' })
      .expect(201);
    await projections.waitFor(
      Math.max(
        claimed.body.position,
        hazard.body.position,
        works.body.position,
        member.body.position,
        reported.body.position,
      ),
    );

    expect((await http().get(`${base()}/wishes`).set('Authorization', as('staff')).expect(200)).body.items).toEqual([
      expect.objectContaining({ id: wish.body.id, status: 'claimed', statusLabel: '已认领' }),
    ]);
    expect(
      (await http().get(`${base()}/hazards`).set('Authorization', as('committee')).expect(200)).body.items,
    ).toEqual([
      expect.objectContaining({
        id: hazard.body.id,
        status: 'reported',
        created: expect.objectContaining({ location: '5栋车棚' }),
      }),
    ]);
    expect((await http().get(`${base()}/works`).set('Authorization', as('staff')).expect(200)).body.items).toEqual([
      expect.objectContaining({
        id: works.body.id,
        status: 'recorded',
        created: expect.objectContaining({ kind: 'street-lamps', quantity: 50, unit: '盏' }),
      }),
    ]);
    const members = (await http().get(`${base()}/members`).set('Authorization', as('staff')).expect(200)).body.items;
    expect(members).toEqual([
      expect.objectContaining({
        id: 'li-jianguo',
        status: 'reported-in',
        statusLabel: '已报到',
        created: expect.objectContaining({ namePii: '李建国' }),
      }),
    ]);
    expect(
      (await http().get(`${base()}/members`).set('Authorization', as('committee')).expect(200)).body.items[0].created
        .namePii,
    ).toBe('***');
  });

  it('keeps registers to their community and rejects a bad cursor', async () => {
    expect([403, 404]).toContain(
      (await http().get(`${base()}/disputes`).set('Authorization', as('otherStaff'))).status,
    );
    expect(
      (
        await http()
          .get(`${base(other.communityId)}/disputes`)
          .set('Authorization', as('otherStaff'))
          .expect(200)
      ).body.items,
    ).toEqual([]);
    const bad = await http().get(`${base()}/disputes?after=abc&limit=0`).set('Authorization', as('staff')).expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['after', 'limit']);
    await http().get(`${base()}/disputes`).expect(401);
  });
});
