import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

describe('disputes, micro-wishes, hazards and works through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('rec');
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = () => `/api/v1/communities/${ids.communityId}`;

  beforeAll(async () => {
    pool = await migratedTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, { district: '咸安区', street: '永安办事处', community: '凤凰社区' });
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.member = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-3')}`;
    auth.otherMember = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-4')}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
  });

  it('mediates a dispute in sessions and shows parties only to staff', async () => {
    const { body } = await http()
      .post(`${base()}/disputes`)
      .set('Authorization', auth.staff)
      .send({ kind: 'parking', summary: '车位占用纠纷', parties: ['张先生', '李女士'] })
      .expect(201);
    await http()
      .post(`${base()}/disputes/${body.id}/mediated`)
      .set('Authorization', auth.staff)
      .send({ agreement: '和解' })
      .expect(409);
    await http()
      .post(`${base()}/disputes/${body.id}/mediation-sessions`)
      .set('Authorization', auth.staff)
      .send({ venue: '近邻评理室', mediator: '王书记' })
      .expect(201);
    await http()
      .post(`${base()}/disputes/${body.id}/mediated`)
      .set('Authorization', auth.staff)
      .send({ agreement: '错峰使用车位' })
      .expect(201);
    const staffView = await http().get(`${base()}/disputes/${body.id}`).set('Authorization', auth.staff).expect(200);
    expect(staffView.body).toMatchObject({ status: 'mediated', statusLabel: '调解成功', state: { sessions: 1 } });
    expect(staffView.body.timeline[0].data.partiesPii).toEqual(['张先生', '李女士']);
    const committeeView = await http()
      .get(`${base()}/disputes/${body.id}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(committeeView.body.timeline[0].data.partiesPii).toEqual(['***', '***']);
  });

  it('lets a party member claim a wish and only that member fulfil it', async () => {
    const { body } = await http()
      .post(`${base()}/wishes`)
      .set('Authorization', auth.staff)
      .send({ description: '想要一台收音机', beneficiary: '陈奶奶' })
      .expect(201);
    await http()
      .post(`${base()}/wishes/${body.id}/claim`)
      .set('Authorization', auth.member)
      .send({ claimerName: '李建国' })
      .expect(201);
    expect(
      (
        await http()
          .post(`${base()}/wishes/${body.id}/fulfil`)
          .set('Authorization', auth.otherMember)
          .send({ note: '已送达' })
          .expect(403)
      ).body.code,
    ).toBe('NOT_THE_CLAIMER');
    await http()
      .post(`${base()}/wishes/${body.id}/fulfil`)
      .set('Authorization', auth.member)
      .send({ note: '已送达' })
      .expect(201);
    expect(
      (await http().get(`${base()}/wishes/${body.id}`).set('Authorization', auth.staff).expect(200)).body.status,
    ).toBe('fulfilled');
  });

  it('reports and eliminates a hazard, and records works with their unit', async () => {
    const hazard = await http()
      .post(`${base()}/hazards`)
      .set('Authorization', auth.member)
      .send({ kind: 'electrical', location: '5栋车棚', description: '电动车飞线充电' })
      .expect(201);
    await http()
      .post(`${base()}/hazards/${hazard.body.id}/eliminate`)
      .set('Authorization', auth.member)
      .send({ measures: '建成集中充电棚' })
      .expect(403);
    await http()
      .post(`${base()}/hazards/${hazard.body.id}/eliminate`)
      .set('Authorization', auth.staff)
      .send({ measures: '建成集中充电棚' })
      .expect(201);
    const works = await http()
      .post(`${base()}/works`)
      .set('Authorization', auth.staff)
      .send({ kind: 'street-lamps', quantity: 50, description: '安装太阳能路灯' })
      .expect(201);
    const view = await http().get(`${base()}/works/${works.body.id}`).set('Authorization', auth.committee).expect(200);
    expect(view.body.timeline[0].data).toMatchObject({ kind: 'street-lamps', quantity: 50, unit: '盏' });
  });

  it("keeps welfare records to the community's staff and auditors, decided once by the admin", async () => {
    const admin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    const { body } = await http()
      .post(`${base()}/welfare`)
      .set('Authorization', auth.staff)
      .send({ kind: 'dibao', applicant: '陈某', circumstances: '独居老人，无固定收入' })
      .expect(201);
    await http()
      .post(`${base()}/welfare/${body.id}/decide`)
      .set('Authorization', auth.staff)
      .send({ outcome: 'granted', note: '符合条件' })
      .expect(403);
    await http()
      .post(`${base()}/welfare/${body.id}/decide`)
      .set('Authorization', admin)
      .send({ outcome: 'granted', note: '符合条件' })
      .expect(201);
    await http()
      .post(`${base()}/welfare/${body.id}/decide`)
      .set('Authorization', admin)
      .send({ outcome: 'refused', note: '改判' })
      .expect(409);
    const view = await http().get(`${base()}/welfare/${body.id}`).set('Authorization', auth.staff).expect(200);
    expect(view.body).toMatchObject({ status: 'granted', statusLabel: '已批准' });
    expect(view.body.timeline[0].data.applicantPii).toBe('陈某');
    await http().get(`${base()}/welfare/${body.id}`).set('Authorization', auth.committee).expect(403);
    await http().get(`${base()}/welfare/${body.id}`).set('Authorization', auth.member).expect(403);
  });

  it('follows a proposal from 民提 through meetings, vote, works and disclosure in one timeline', async () => {
    const resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-2')}`;
    const { body } = await http()
      .post(`${base()}/proposals`)
      .set('Authorization', resident)
      .send({ title: '加装电梯', description: '老旧小区 22 部电梯改造' })
      .expect(201);
    const p = `${base()}/proposals/${body.id}`;
    expect(
      (
        await http()
          .post(`${p}/decision`)
          .set('Authorization', auth.staff)
          .send({ votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
          .expect(409)
      ).body.code,
    ).toBe('PROPOSAL_NOT_DELIBERATED');
    await http()
      .post(`${p}/meetings`)
      .set('Authorization', auth.staff)
      .send({ kind: 'alliance-meeting', heldOn: '2026-03-01', attendees: 48 })
      .expect(201);
    await http()
      .post(`${p}/decision`)
      .set('Authorization', auth.staff)
      .send({ votesFor: 4, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
      .expect(400);
    await http()
      .post(`${p}/decision`)
      .set('Authorization', auth.staff)
      .send({ votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
      .expect(201);
    await http()
      .post(`${p}/implemented`)
      .set('Authorization', auth.staff)
      .send({ note: '22 部电梯投入使用' })
      .expect(201);
    await http()
      .post(`${p}/disclosures`)
      .set('Authorization', auth.staff)
      .send({ kind: 'financial', summary: '电梯改造资金', amountRaisedYuan: 5000000 })
      .expect(400);
    await http()
      .post(`${p}/disclosures`)
      .set('Authorization', auth.staff)
      .send({ kind: 'financial', summary: '电梯改造资金', amountRaisedYuan: 5000000, amountSpentYuan: 4860000 })
      .expect(201);
    const view = await http().get(p).set('Authorization', auth.committee).expect(200);
    expect(view.body).toMatchObject({
      status: 'implemented',
      statusLabel: '已实施',
      state: { meetings: 1, disclosures: 1 },
    });
    expect(view.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'ProposalRaised',
      'ConsultationMeetingHeld',
      'ProposalDecided',
      'ProposalImplemented',
      'DisclosurePublished',
    ]);

    // The works that carry the proposal out name it, and the proposal lists them: 民决 -> 实事 -> 公开.
    const works = await http()
      .post(`${base()}/works`)
      .set('Authorization', auth.staff)
      .send({
        kind: 'elevators',
        quantity: 22,
        description: '老旧小区加装电梯',
        amountSpentYuan: 4860000,
        proposalId: body.id,
      })
      .expect(201);
    await directory.waitFor(works.body.position);
    const linked = await http().get(p).set('Authorization', auth.committee).expect(200);
    expect(linked.body.works).toEqual([
      expect.objectContaining({
        worksId: works.body.id,
        kind: 'elevators',
        quantity: 22,
        unit: '部',
        proposalId: body.id,
      }),
    ]);
    // Works cannot carry out a proposal that does not exist or was not adopted; nothing is recorded.
    const other = await http()
      .post(`${base()}/proposals`)
      .set('Authorization', resident)
      .send({ title: '增设停车位', description: '小区停车难' })
      .expect(201);
    const refused = await http()
      .post(`${base()}/works`)
      .set('Authorization', auth.staff)
      .send({ kind: 'parking-spaces', quantity: 10, description: '划定停车位', proposalId: other.body.id })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'PROPOSAL_NOT_ADOPTED', details: { state: 'raised' } });
    await http()
      .post(`${base()}/works`)
      .set('Authorization', auth.staff)
      .send({
        kind: 'parking-spaces',
        quantity: 10,
        description: '划定停车位',
        proposalId: '00000000-0000-4000-8000-0000000000aa',
      })
      .expect(404);
  });
});
