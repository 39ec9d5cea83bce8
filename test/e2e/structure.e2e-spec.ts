import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/**
 * A community's structure and its compounds' bodies registered through HTTP, read back as a tree,
 * and the three coverage stocks (domain.md §5, §5.1) at several dates at community, street and
 * district level.
 */
describe('community structure, compound bodies and coverage KPIs', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const a = uniqueIds('st');
  const b = { communityId: `c-stb-${a.suffix}` };
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  let lastPosition = 0;
  const A = (path: string) => `/api/v1/communities/${a.communityId}${path}`;
  const B = (path: string) => `/api/v1/communities/${b.communityId}${path}`;
  const eventsOf = async (tenant: string) =>
    Number((await owner.query('select count(*) as n from events where tenant_id = $1', [tenant])).rows[0].n);

  async function step(path: string, body: object, token: string) {
    const response = await http().post(path).set('Authorization', token).send(body);
    expect({ path, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
      path,
      status: 201,
      body: null,
    });
    lastPosition = Math.max(lastPosition, response.body.position);
    return response.body as { eventIds: string[]; position: number; streamVersion: number };
  }
  const unit = (kind: string, id: string, name: string, extra: Record<string, string> = {}) => ({
    kind,
    id,
    name,
    ...extra,
  });

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    projections = await startDirectoryProjection(pool);
    const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    await step('/api/v1/districts', { districtId: a.districtId, name: '咸安区' }, admin);
    await step(`/api/v1/districts/${a.districtId}/streets`, { streetId: a.streetId, name: '永安办事处' }, admin);
    await step(`/api/v1/districts/${a.districtId}/streets`, { streetId: a.otherStreetId, name: '温泉办事处' }, admin);
    await projections.waitFor(lastPosition);
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: a.streetId })}`;
    auth.office2 = `Bearer ${await tokenFor('street-office', { streetId: a.otherStreetId })}`;
    await step(
      `/api/v1/streets/${a.streetId}/communities`,
      { communityId: a.communityId, name: '凤凰社区', onboardedOn: '2018-01-01' },
      auth.office,
    );
    await step(
      `/api/v1/streets/${a.otherStreetId}/communities`,
      { communityId: b.communityId, name: '温泉社区', onboardedOn: '2018-01-01' },
      auth.office2,
    );
    await projections.waitFor(lastPosition);
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: a.communityId })}`;
    auth.admin = `Bearer ${await tokenFor('community-admin', { communityId: a.communityId })}`;
    auth.staffB = `Bearer ${await tokenFor('community-staff', { communityId: b.communityId })}`;
    auth.resident = `Bearer ${await tokenFor('resident', { communityId: a.communityId })}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: a.districtId })}`;

    // Community A: four compounds and the community committee on 2018-01-10; 民兴小区's branch (with a building group and a household) on 2018-03-01.
    await step(
      A('/structure'),
      {
        occurredAt: '2018-01-10T02:00:00Z',
        units: [
          unit('compound', 'minxing', '民兴小区'),
          unit('compound', 'jinyu', '瑾瑜小区'),
          unit('compound', 'jiahe', '佳和小区'),
          unit('compound', 'fenghuang-4', '凤凰四区'),
          unit('building', 'minxing-3', '3栋', { parentId: 'minxing' }),
          unit('grid', 'g1', '第一网格', { parentId: 'minxing' }),
          unit('grid', 'g0', '沿街网格'),
          unit('staff', 'wang-grid', '王网格员', { parentId: 'g1', post: 'grid-worker' }),
          unit('party-organisation', 'dwei', '凤凰社区大党委', { level: 'community-committee' }),
        ],
      },
      auth.office,
    );
    await step(
      A('/structure'),
      {
        occurredAt: '2018-03-01T02:00:00Z',
        units: [
          unit('party-organisation', 'minxing-branch', '民兴小区党支部', {
            parentId: 'dwei',
            level: 'compound-branch',
            compoundId: 'minxing',
          }),
          unit('party-organisation', 'minxing-3-group', '3栋党小组', {
            parentId: 'minxing-branch',
            level: 'building-group',
          }),
          unit('party-organisation', 'household-301', '301党员中心户', {
            parentId: 'minxing-3-group',
            level: 'member-household',
          }),
        ],
      },
      auth.admin,
    );
    await step(
      A('/structure'),
      {
        occurredAt: '2019-03-01T02:00:00Z',
        units: [
          unit('party-organisation', 'jinyu-branch', '瑾瑜小区党支部', {
            parentId: 'dwei',
            level: 'compound-branch',
            compoundId: 'jinyu',
          }),
        ],
      },
      auth.office,
    );

    // Owners' committees: 民兴 from 2018-02-01 (re-elected 2020-12-01, 一肩挑); 瑾瑜 2018-05-01 until its term ended 2019-05-01, elected anew 2020-01-01.
    await step(
      A('/compounds/minxing/owners-committee'),
      { electedOn: '2018-02-01', members: 7, partyMembers: 3, chairName: '刘建华', oneShoulder: false },
      auth.staff,
    );
    await step(
      A('/compounds/jinyu/owners-committee'),
      { electedOn: '2018-05-01', members: 5, partyMembers: 1, chairName: '陈主任', oneShoulder: false, termYears: 1 },
      auth.staff,
    );
    await step(
      A('/compounds/jinyu/owners-committee/term-end'),
      { endedOn: '2019-05-01', reason: '任期届满' },
      auth.staff,
    );
    await step(
      A('/compounds/jinyu/owners-committee'),
      { electedOn: '2020-01-01', members: 5, partyMembers: 2, chairName: '陈主任', oneShoulder: false },
      auth.staff,
    );
    await step(
      A('/compounds/minxing/owners-committee/re-election'),
      { electedOn: '2020-12-01', members: 9, partyMembers: 5, chairName: '刘建华', oneShoulder: true, termYears: 5 },
      auth.staff,
    );
    await step(
      A('/compounds/minxing/supervisory-committee'),
      { formedOn: '2018-06-15', members: 3, partyMembers: 2 },
      auth.staff,
    );

    // Property services: 民兴 professional 2018-02-01 – 2019-01-01, then red property under its branch from 2019-02-01; 瑾瑜 self-managed from 2018-04-01.
    await step(
      A('/property-companies'),
      { companyId: 'hongye', name: '宏业物业', occurredAt: '2018-01-20T02:00:00Z' },
      auth.staff,
    );
    await step(
      A('/compounds/minxing/property-service'),
      { serviceKind: 'professional', companyId: 'hongye', startedOn: '2018-02-01' },
      auth.staff,
    );
    await step(A('/compounds/minxing/property-service/end'), { endedOn: '2019-01-01', reason: '合同到期' }, auth.staff);
    await step(
      A('/compounds/minxing/property-service'),
      {
        serviceKind: 'red-property',
        companyId: 'hongye',
        partyOrganisationId: 'minxing-branch',
        startedOn: '2019-02-01',
      },
      auth.staff,
    );
    await step(
      A('/compounds/jinyu/property-service'),
      { serviceKind: 'self-managed', startedOn: '2018-04-01' },
      auth.staff,
    );
    await step(
      A('/compounds/minxing/alliance-members'),
      { memberKind: 'party-branch', memberId: 'minxing-branch', joinedOn: '2019-03-01' },
      auth.staff,
    );
    await step(
      A('/compounds/minxing/alliance-members'),
      { memberKind: 'two-new-organisation', memberId: 'kuaidi', name: '快递行业党支部', joinedOn: '2019-03-01' },
      auth.staff,
    );
    await step(A('/compounds/fenghuang-4/rename'), { name: '凤凰苑' }, auth.admin);

    // Community B (the other street): two compounds, one with branch, committee and service from early 2018.
    await step(
      `/api/v1/communities/${b.communityId}/structure`,
      {
        occurredAt: '2018-01-10T02:00:00Z',
        units: [
          unit('compound', 'b1', '温泉一区'),
          unit('compound', 'b2', '温泉二区'),
          unit('party-organisation', 'bdwei', '温泉社区党委', { level: 'community-committee' }),
          unit('party-organisation', 'b1-branch', '温泉一区党支部', {
            parentId: 'bdwei',
            level: 'compound-branch',
            compoundId: 'b1',
          }),
        ],
      },
      auth.office2,
    );
    await step(
      B('/compounds/b1/owners-committee'),
      { electedOn: '2018-03-01', members: 11, partyMembers: 4, chairName: '赵主任', oneShoulder: true },
      auth.staffB,
    );
    await step(
      B('/property-companies'),
      { companyId: 'wenquan-wuye', name: '温泉物业', occurredAt: '2018-01-20T02:00:00Z' },
      auth.staffB,
    );
    await step(
      B('/compounds/b1/property-service'),
      { serviceKind: 'professional', companyId: 'wenquan-wuye', startedOn: '2018-03-01' },
      auth.staffB,
    );
    await projections.waitFor(lastPosition);
  });
  afterAll(async () => {
    await projections.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  const stocks = async (level: 'communities' | 'streets' | 'districts', id: string, to: string, token: string) => {
    const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const response = await http()
      .get(`/api/v1/${level}/${id}/kpis?period=month&from=${from}&to=${to}`)
      .set('Authorization', token)
      .expect(200);
    const s = response.body.stocks;
    return {
      at: s.at,
      partyBranch: s['coverage.partyBranch'],
      ownersCommittee: s['coverage.ownersCommittee'],
      propertyService: s['coverage.propertyService'],
    };
  };
  const r = (numerator: number, denominator: number) => ({
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
  });

  it("reads the structure back as a tree with each compound's bodies and coverage flags", async () => {
    const response = await http().get(A('/structure')).set('Authorization', auth.staff).expect(200);
    expect(response.headers.etag).toBe(`"${response.body.version}"`);
    const compounds = Object.fromEntries(response.body.compounds.map((c: { compoundId: string }) => [c.compoundId, c]));
    expect(Object.keys(compounds)).toEqual(['minxing', 'jinyu', 'jiahe', 'fenghuang-4']);
    expect(compounds.minxing).toMatchObject({
      name: '民兴小区',
      buildings: [{ buildingId: 'minxing-3', name: '3栋' }],
      grids: [{ gridId: 'g1', name: '第一网格' }],
      partyBranches: [{ organisationId: 'minxing-branch', name: '民兴小区党支部' }],
      ownersCommittee: {
        status: 'in-office',
        terms: 2,
        electedOn: '2020-12-01',
        members: 9,
        partyMembers: 5,
        chairNamePii: '刘建华',
        oneShoulder: true,
        termYears: 5,
      },
      supervisoryCommittee: { formedOn: '2018-06-15', members: 3, partyMembers: 2 },
      propertyService: {
        status: 'in-force',
        serviceKind: 'red-property',
        serviceKindLabel: '红色物业（党支部领办）',
        companyId: 'hongye',
        companyName: '宏业物业',
        partyOrganisationId: 'minxing-branch',
        startedOn: '2019-02-01',
      },
      alliance: [
        { memberKind: 'party-branch', memberId: 'minxing-branch', name: '民兴小区党支部', joinedOn: '2019-03-01' },
        { memberKind: 'two-new-organisation', memberId: 'kuaidi', name: '快递行业党支部', joinedOn: '2019-03-01' },
      ],
      coverage: { partyBranch: true, ownersCommittee: true, propertyService: true },
    });
    expect(compounds.jinyu.coverage).toEqual({ partyBranch: true, ownersCommittee: true, propertyService: true });
    expect(compounds.jiahe.coverage).toEqual({ partyBranch: false, ownersCommittee: false, propertyService: false });
    expect(compounds['fenghuang-4'].name).toBe('凤凰苑');
    expect(response.body.grids).toEqual([{ gridId: 'g0', name: '沿街网格' }]);
    // Four levels: 社区大党委 → 小区党支部 → 楼栋党小组 → 党员中心户.
    const [dwei] = response.body.partyOrganisations;
    expect(dwei).toMatchObject({
      organisationId: 'dwei',
      levelLabel: '社区大党委',
      children: [
        {
          organisationId: 'minxing-branch',
          compoundId: 'minxing',
          children: [
            {
              organisationId: 'minxing-3-group',
              children: [{ organisationId: 'household-301', levelLabel: '党员中心户', children: [] }],
            },
          ],
        },
        { organisationId: 'jinyu-branch' },
      ],
    });
    expect(response.body.staff).toEqual([
      { staffId: 'wang-grid', namePii: '王网格员', post: 'grid-worker', postLabel: '网格员', gridId: 'g1' },
    ]);
    expect(response.body.coverage).toEqual({
      compounds: 4,
      partyBranch: r(2, 4),
      ownersCommittee: r(2, 4),
      propertyService: r(2, 4),
    });
  });

  it("masks personal names for readers outside the community's staff", async () => {
    const response = await http().get(A('/structure')).set('Authorization', auth.resident).expect(200);
    expect(response.body.staff[0].namePii).toBe('***');
    expect(response.body.compounds[0].ownersCommittee.chairNamePii).toBe('***');
    expect(response.text).not.toContain('刘建华');
  });

  it('refuses illegal steps with coded answers naming the state, and appends nothing', async () => {
    const before = await eventsOf(a.communityId);
    const refused = async (path: string, body: object, status: number, code: string, token = auth.staff) => {
      const response = await http().post(A(path)).set('Authorization', token).send(body);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
      return response.body;
    };
    const inOffice = await refused(
      '/compounds/minxing/owners-committee',
      { electedOn: '2021-01-01', members: 7, partyMembers: 3, chairName: '刘', oneShoulder: false },
      409,
      'OWNERS_COMMITTEE_IN_OFFICE',
    );
    expect(inOffice).toMatchObject({
      message: expect.stringContaining('在任'),
      messageEn: expect.any(String),
      details: { state: 'in-office' },
    });
    await refused(
      '/compounds/jiahe/owners-committee',
      { electedOn: '2021-01-01', members: 7, partyMembers: 3, chairName: '刘', oneShoulder: true },
      409,
      'ONE_SHOULDER_WITHOUT_BRANCH',
    );
    await refused(
      '/compounds/minxing/property-service',
      { serviceKind: 'self-managed', startedOn: '2021-01-01' },
      409,
      'PROPERTY_SERVICE_IN_FORCE',
    );
    await refused(
      '/compounds/jiahe/property-service/end',
      { endedOn: '2021-01-01', reason: '退出' },
      409,
      'PROPERTY_SERVICE_NOT_IN_FORCE',
    );
    await refused(
      '/compounds/nowhere/supervisory-committee',
      { formedOn: '2021-01-01', members: 3, partyMembers: 0 },
      404,
      'COMPOUND_NOT_FOUND',
    );
    await refused(
      '/compounds/jiahe/owners-committee',
      { electedOn: '2021-01-01', members: 7, partyMembers: 9, chairName: '刘', oneShoulder: false },
      400,
      'PARTY_MEMBERS_EXCEED_MEMBERS',
    );
    await refused(
      '/compounds/jiahe/owners-committee',
      {
        electedOn: '2021-01-01',
        occurredAt: '2021-02-01T02:00:00Z',
        members: 7,
        partyMembers: 3,
        chairName: '刘',
        oneShoulder: false,
      },
      400,
      'VALIDATION_FAILED',
    );
    await refused(
      '/compounds/jiahe/owners-committee',
      { electedOn: '2017-06-01', members: 7, partyMembers: 3, chairName: '刘', oneShoulder: false },
      400,
      'OCCURRED_BEFORE_ONBOARDING',
    );
    await refused(
      '/structure',
      { units: [unit('compound', 'minxing', '民兴花园')] },
      409,
      'STRUCTURE_UNIT_CONFLICT',
      auth.office,
    );
    await refused(
      '/compounds/jiahe/owners-committee',
      { electedOn: '2021-01-01', members: 7, partyMembers: 3, chairName: '刘', oneShoulder: false },
      403,
      'ROLE_FORBIDDEN',
      auth.resident,
    );
    expect(await eventsOf(a.communityId)).toBe(before);
    // The same units again: nothing new is recorded.
    const again = await http()
      .post(A('/structure'))
      .set('Authorization', auth.office)
      .send({ units: [unit('compound', 'minxing', '民兴小区')] })
      .expect(201);
    expect(again.body).toMatchObject({ eventIds: [], duplicate: true });
    expect(await eventsOf(a.communityId)).toBe(before);
  });

  it('gives the three coverage ratios at each stock date for the community, its street and the district', async () => {
    // 2018-06-01: A — branch 民兴 (1/4); committees 民兴, 瑾瑜 (2/4); services 民兴, 瑾瑜 (2/4). B — 1/2 each.
    expect(await stocks('communities', a.communityId, '2018-06-01', auth.staff)).toEqual({
      at: '2018-05-31T16:00:00.000Z',
      partyBranch: r(1, 4),
      ownersCommittee: r(2, 4),
      propertyService: r(2, 4),
    });
    expect(await stocks('streets', a.otherStreetId, '2018-06-01', auth.office2)).toMatchObject({
      partyBranch: r(1, 2),
      ownersCommittee: r(1, 2),
      propertyService: r(1, 2),
    });
    expect(await stocks('districts', a.districtId, '2018-06-01', auth.committee)).toMatchObject({
      partyBranch: r(2, 6),
      ownersCommittee: r(3, 6),
      propertyService: r(3, 6),
    });
    // 2019-01-15: 民兴's professional service ended on 2019-01-01, its red property starts 2019-02-01.
    expect(await stocks('communities', a.communityId, '2019-01-15', auth.staff)).toMatchObject({
      partyBranch: r(1, 4),
      ownersCommittee: r(2, 4),
      propertyService: r(1, 4),
    });
    // 2019-06-01: 瑾瑜 has a branch now, its committee's term ended on 2019-05-01.
    expect(await stocks('streets', a.streetId, '2019-06-01', auth.office)).toMatchObject({
      partyBranch: r(2, 4),
      ownersCommittee: r(1, 4),
      propertyService: r(2, 4),
    });
    expect(await stocks('districts', a.districtId, '2019-06-01', auth.committee)).toMatchObject({
      partyBranch: r(3, 6),
      ownersCommittee: r(2, 6),
      propertyService: r(3, 6),
    });
    // 2020-06-01: 瑾瑜 elected anew on 2020-01-01.
    expect(await stocks('districts', a.districtId, '2020-06-01', auth.committee)).toMatchObject({
      partyBranch: r(3, 6),
      ownersCommittee: r(3, 6),
      propertyService: r(3, 6),
    });
    // Before any compound: no denominator, no value.
    expect(await stocks('communities', a.communityId, '2018-01-05', auth.staff)).toMatchObject({
      partyBranch: r(0, 0),
      ownersCommittee: r(0, 0),
      propertyService: r(0, 0),
    });
  });

  it('counts a body from the day it started: a stock at T counts what happened before T', async () => {
    // 民兴's committee and service began at 2018-02-01 00:00 Shanghai: not yet in the stock taken at that instant.
    expect(await stocks('communities', a.communityId, '2018-02-01', auth.staff)).toMatchObject({
      ownersCommittee: r(0, 4),
      propertyService: r(0, 4),
    });
    expect(await stocks('communities', a.communityId, '2018-02-02', auth.staff)).toMatchObject({
      ownersCommittee: r(1, 4),
      propertyService: r(1, 4),
    });
  });

  it('counts a voided service start nowhere', async () => {
    const started = await step(
      A('/compounds/jiahe/property-service'),
      { serviceKind: 'professional', companyId: 'hongye', startedOn: '2020-03-01' },
      auth.staff,
    );
    await projections.waitFor(lastPosition);
    expect(await stocks('communities', a.communityId, '2020-06-01', auth.staff)).toMatchObject({
      propertyService: r(3, 4),
    });
    await step(
      A('/structure/void'),
      { eventId: started.eventIds[0], reason: '录入错误，该小区未引进物业' },
      auth.admin,
    );
    await projections.waitFor(lastPosition);
    expect(await stocks('communities', a.communityId, '2020-06-01', auth.staff)).toMatchObject({
      propertyService: r(2, 4),
    });
    expect(await stocks('districts', a.districtId, '2020-06-01', auth.committee)).toMatchObject({
      propertyService: r(3, 6),
    });
    const tree = await http().get(A('/structure')).set('Authorization', auth.staff).expect(200);
    expect(
      tree.body.compounds.find((c: { compoundId: string }) => c.compoundId === 'jiahe').propertyService,
    ).toBeNull();
    // With the void in force, the compound can start a service again.
    await step(
      A('/compounds/jiahe/property-service'),
      { serviceKind: 'self-managed', startedOn: '2021-01-01' },
      auth.staff,
    );
    const timeline = await http().get(A('/structure?timeline=true')).set('Authorization', auth.staff).expect(200);
    expect(
      timeline.body.timeline
        .filter((e: { voided: boolean }) => e.voided)
        .map((e: { eventId: string; type: string }) => [e.eventId, e.type]),
    ).toEqual([[started.eventIds[0], 'PropertyServiceStarted']]);
    await http().get(A('/structure?timeline=maybe')).set('Authorization', auth.staff).expect(400);
  });

  it('records 一肩挑 once the chair became branch secretary, answers a retry with the first result, and honours If-Match', async () => {
    const path = A('/compounds/jinyu/owners-committee/one-shoulder');
    const first = await http()
      .post(path)
      .set('Authorization', auth.staff)
      .set('Idempotency-Key', `one-shoulder-${a.suffix}`)
      .send({ oneShoulder: true, since: '2020-02-01' })
      .expect(201);
    const retry = await http()
      .post(path)
      .set('Authorization', auth.staff)
      .set('Idempotency-Key', `one-shoulder-${a.suffix}`)
      .send({ oneShoulder: true, since: '2020-02-01' })
      .expect(201);
    expect(retry.body).toMatchObject({ eventIds: first.body.eventIds, duplicate: true });
    const tree = await http().get(A('/structure')).set('Authorization', auth.staff).expect(200);
    expect(
      tree.body.compounds.find((c: { compoundId: string }) => c.compoundId === 'jinyu').ownersCommittee.oneShoulder,
    ).toBe(true);
    const before = await eventsOf(a.communityId);
    const stale = await http()
      .post(A('/compounds/jiahe/supervisory-committee'))
      .set('Authorization', auth.staff)
      .set('If-Match', `"${Number(tree.headers.etag.replace(/"/g, '')) - 1}"`)
      .send({ formedOn: '2021-01-01', members: 3, partyMembers: 1 });
    expect([stale.status, stale.body.code]).toEqual([412, 'VERSION_MISMATCH']);
    expect(await eventsOf(a.communityId)).toBe(before);
    await http()
      .post(A('/compounds/jiahe/supervisory-committee'))
      .set('Authorization', auth.staff)
      .set('If-Match', tree.headers.etag)
      .send({ formedOn: '2021-01-01', members: 3, partyMembers: 1 })
      .expect(201);
  });
});
