import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/**
 * Volunteer posts and pairings, care visits and re-employment, organisation life, and
 * corrections of any recorded event, through HTTP on real PostgreSQL.
 */
describe('party-member posts and pairings, care, re-employment, organisation life and corrections through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('gov');
  const other = uniqueIds('gov2');
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = () => `/api/v1/communities/${ids.communityId}`;
  const eventsOf = async (streamId: string) =>
    Number(
      (
        await owner.query('select count(*) as n from events where tenant_id = $1 and stream_id = $2', [
          ids.communityId,
          streamId,
        ])
      ).rows[0].n,
    );
  let lastPosition = 0;

  async function post(path: string, body: object, token = auth.staff, status = 201) {
    const response = await http().post(path).set('Authorization', token).send(body);
    expect({ path, status: response.status, body: response.status === status ? null : response.body }).toEqual({
      path,
      status,
      body: null,
    });
    if (status === 201) lastPosition = Math.max(lastPosition, response.body.position);
    return response.body;
  }
  const get = async (path: string, token = auth.staff) =>
    (await http().get(path).set('Authorization', token).expect(200)).body;
  const monthKpis = async (from: string, to: string) => {
    await projections.waitFor(lastPosition);
    return get(`${base()}/kpis?period=month&from=${from}&to=${to}`, auth.committee);
  };

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    projections = await startDirectoryProjection(pool);
    await setUpCommunity(app, projections, ids, {
      district: '咸安区',
      street: '永安办事处',
      community: '凤凰社区',
      onboardedOn: '2018-07-01',
    });
    await setUpCommunity(app, projections, other, {
      district: '武平县',
      street: '平川街道',
      community: '南门社区',
      onboardedOn: '2020-01-01',
    });
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.admin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    auth.member = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'li-jianguo')}`;
    auth.otherMember = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'wang-fang')}`;
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
    auth.auditor = `Bearer ${await tokenFor('auditor', { communityId: ids.communityId })}`;
    auth.otherAdmin = `Bearer ${await tokenFor('community-admin', { communityId: other.communityId })}`;
    await post(`${base()}/members`, {
      memberId: 'li-jianguo',
      name: '李建国',
      mode: 'resident',
      occurredAt: '2026-01-05T01:00:00Z',
    });
  });
  afterAll(async () => {
    await projections.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('lets a member claim and release a volunteer post, and pair with a family whose details only staff see', async () => {
    const m = `${base()}/members/li-jianguo`;
    await post(
      `${m}/volunteer-posts`,
      {
        postId: 'jiahe-hygiene-3',
        postName: '3栋环境卫生监督岗',
        compoundId: 'jiahe',
        occurredAt: '2026-02-03T02:00:00Z',
      },
      auth.member,
    );
    expect(
      (
        await post(
          `${m}/volunteer-posts`,
          { postId: 'jiahe-hygiene-3', postName: '3栋环境卫生监督岗' },
          auth.member,
          409,
        )
      ).code,
    ).toBe('POST_ALREADY_CLAIMED');
    expect(
      (await post(`${m}/volunteer-posts`, { postId: 'door-duty', postName: '门岗值守岗' }, auth.otherMember, 403)).code,
    ).toBe('NOT_OWN_RECORD');
    await post(`${m}/volunteer-posts`, {
      postId: 'door-duty',
      postName: '晚七点门岗值守岗',
      occurredAt: '2026-02-04T02:00:00Z',
    });
    await post(
      `${m}/volunteer-posts/door-duty/release`,
      { reason: '工作调动，岗位交由其他党员', occurredAt: '2026-03-01T02:00:00Z' },
      auth.member,
    );
    expect((await post(`${m}/volunteer-posts/door-duty/release`, { reason: '再次退出' }, auth.member, 409)).code).toBe(
      'POST_NOT_CLAIMED',
    );
    await post(`${m}/volunteer-posts`, { postName: '缺编号' }, auth.member, 400);

    const { pairingId } = await post(
      `${m}/pairings`,
      {
        family: '王某一家（低保户）',
        circumstances: '子女残疾，家庭收入微薄',
        compoundId: 'jiahe',
        occurredAt: '2026-02-10T02:00:00Z',
      },
      auth.member,
    );
    await post(
      `${m}/pairings/${pairingId}/end`,
      { outcome: '家庭成员已再就业，生活好转', occurredAt: '2026-06-10T02:00:00Z' },
      auth.member,
    );
    expect((await post(`${m}/pairings/${pairingId}/end`, { outcome: '再次结束' }, auth.member, 409)).code).toBe(
      'PAIRING_NOT_ACTIVE',
    );

    const staffView = await get(m);
    expect(staffView.state).toMatchObject({
      posts: { 'jiahe-hygiene-3': { postName: '3栋环境卫生监督岗', compoundId: 'jiahe' } },
      pairings: { [pairingId]: 'ended' },
    });
    expect(staffView.timeline.find((e: { type: string }) => e.type === 'FamilyPairingStarted').data.familyPii).toBe(
      '王某一家（低保户）',
    );
    const committeeView = await get(m, auth.committee);
    expect(committeeView.timeline.find((e: { type: string }) => e.type === 'FamilyPairingStarted').data).toMatchObject({
      familyPii: '***',
      circumstancesPii: '***',
      compoundId: 'jiahe',
    });
    expect(JSON.stringify(committeeView)).not.toContain('王某一家');

    // A corrected family name is personal data too: masked in the correction and in the values as corrected.
    const started = staffView.timeline.find((e: { type: string }) => e.type === 'FamilyPairingStarted').eventId;
    await post(
      `${m}/corrections`,
      { eventId: started, reason: '户主姓名登记错误', values: { familyPii: '汪某一家（低保户）' } },
      auth.admin,
    );
    expect(
      (await get(m)).timeline.find((e: { eventId: string }) => e.eventId === started).corrected.data.familyPii,
    ).toBe('汪某一家（低保户）');
    const masked = await get(m, auth.committee);
    expect(masked.timeline.find((e: { eventId: string }) => e.eventId === started).corrected.data.familyPii).toBe(
      '***',
    );
    expect(masked.timeline.find((e: { type: string }) => e.type === 'EventCorrected').data.values.familyPii).toBe(
      '***',
    );
    expect(JSON.stringify(masked)).not.toContain('汪某');
    // At rest the correction carries only ciphertext of the name it corrects (sealed like the original).
    const stored = await owner.query<{ data: { values: { familyPii: string } } }>(
      "select data from events where tenant_id = $1 and event_type = 'EventCorrected'",
      [ids.communityId],
    );
    expect(JSON.stringify(stored.rows)).not.toContain('汪某');
    expect(stored.rows.at(-1)?.data.values.familyPii).toMatch(/^pii:1:/);
  });

  it('records care visits and re-employment for staff and auditors only', async () => {
    const visit = await post(`${base()}/care-visits`, {
      occasion: 'festival',
      visited: '陈奶奶（独居老人）',
      visitors: '社区书记、网格员小刘',
      gifts: '大米一袋、食用油一桶',
      giftValueYuan: 300,
      occurredAt: '2026-02-16T02:00:00Z',
    });
    await post(
      `${base()}/care-visits`,
      { occasion: 'birthday', visited: '陈奶奶', visitors: '书记', gifts: '米' },
      auth.staff,
      400,
    );
    await post(
      `${base()}/care-visits`,
      { occasion: 'festival', visited: '陈奶奶', visitors: '书记', gifts: '米' },
      auth.member,
      403,
    );
    const view = await get(`${base()}/care-visits/${visit.id}`);
    expect(view).toMatchObject({ status: 'recorded', statusLabel: '已慰问' });
    expect(view.timeline[0].data).toMatchObject({
      visitedPii: '陈奶奶（独居老人）',
      gifts: '大米一袋、食用油一桶',
      giftValueYuan: 300,
    });
    expect((await get(`${base()}/care-visits/${visit.id}`, auth.auditor)).timeline[0].data.visitedPii).toBe('***');
    await http().get(`${base()}/care-visits/${visit.id}`).set('Authorization', auth.committee).expect(403);

    const placed = await post(`${base()}/reemployments`, {
      person: '张某（下岗职工）',
      employer: '咸宁市红色物业服务有限公司',
      position: '保安',
      startedOn: '2026-03-01',
      occurredAt: '2026-03-01T01:00:00Z',
    });
    expect(
      (
        await post(
          `${base()}/reemployments`,
          { person: '张某', employer: '某公司', startedOn: '2026-02-30' },
          auth.staff,
          400,
        )
      ).code,
    ).toBe('INVALID_DATE');
    expect((await get(`${base()}/reemployments/${placed.id}`)).status).toBe('placed');
    await http().get(`${base()}/reemployments/${placed.id}`).set('Authorization', auth.member).expect(403);
  });

  it('records organisation life: a party lesson, a monthly star, secretary reviews, a weak branch rectified, 三零社区 granted and revoked', async () => {
    const lesson = await post(`${base()}/study-sessions`, {
      kind: 'party-lesson',
      topic: '学习党的二十大精神',
      organisationId: 'fenghuang-dwei',
      speaker: '王书记',
      attendees: 36,
      occurredAt: '2026-04-01T07:00:00Z',
    });
    await post(`${base()}/study-sessions`, { kind: 'theme-day', topic: '主题党日', attendees: 0 }, auth.staff, 400);
    expect((await get(`${base()}/study-sessions/${lesson.id}`, auth.committee)).timeline[0].data).toMatchObject({
      kind: 'party-lesson',
      attendees: 36,
    });
    const star = await post(`${base()}/stars`, {
      star: 'building-head-star',
      month: '2026-04',
      person: '刘楼长',
      citation: '带头清理楼道杂物',
      occurredAt: '2026-04-30T08:00:00Z',
    });
    expect(
      (
        await post(
          `${base()}/stars`,
          {
            star: 'community-star',
            month: '2026-05',
            person: '刘楼长',
            citation: '提前评星',
            occurredAt: '2026-04-30T08:00:00Z',
          },
          auth.staff,
          400,
        )
      ).code,
    ).toBe('MONTH_NOT_STARTED');
    expect((await get(`${base()}/stars/${star.id}`, auth.committee)).timeline[0].data.personPii).toBe('***');

    const branch = `${base()}/branches/jiahe-branch`;
    expect((await post(`${branch}/rectified`, { measures: '整顿' }, auth.office, 409)).code).toBe('BRANCH_NOT_WEAK');
    await post(
      `${branch}/secretary-reviews`,
      {
        year: 2025,
        kind: 'mass',
        secretary: '王书记',
        score: 92,
        comment: '为群众办实事',
        occurredAt: '2026-01-10T02:00:00Z',
      },
      auth.admin,
    );
    await post(
      `${branch}/secretary-reviews`,
      { year: 2025, kind: 'mass', secretary: '王书记', grade: 'good', comment: '重复' },
      auth.admin,
      409,
    );
    await post(
      `${branch}/secretary-reviews`,
      { year: 2025, kind: 'self', secretary: '王书记', score: 90, grade: 'good', comment: '两者都给' },
      auth.admin,
      400,
    );
    await post(
      `${branch}/weak`,
      { reason: '组织生活不经常，班子软弱', occurredAt: '2026-02-01T02:00:00Z' },
      auth.office,
    );
    await post(`${branch}/weak`, { reason: '再次' }, auth.staff, 403);
    const twice = await post(`${branch}/weak`, { reason: '再次列入' }, auth.office, 409);
    expect(twice).toMatchObject({ code: 'BRANCH_ALREADY_WEAK', details: { state: 'weak' } });
    let kpis = await monthKpis('2026-01-01', '2026-03-01');
    expect(kpis.stocks['branches.weak']).toBe(1);
    await post(
      `${branch}/rectified`,
      { measures: '调整班子，建立半月谈议事制度', occurredAt: '2026-05-01T02:00:00Z' },
      auth.office,
    );
    expect(await get(branch, auth.committee)).toMatchObject({
      status: 'rectified',
      statusLabel: '已整顿转化',
      state: { timesClassedWeak: 1, reviews: ['2025:mass'] },
    });

    const status = `${base()}/three-zero-status`;
    await http().get(status).set('Authorization', auth.staff).expect(404);
    expect((await post(`${status}/revoke`, { reason: '发生事故' }, auth.office, 409)).code).toBe(
      'THREE_ZERO_NOT_GRANTED',
    );
    await post(
      `${status}/grant`,
      { grantedBy: '咸安区委政法委', note: '零发案、零上访、零事故', occurredAt: '2026-05-10T02:00:00Z' },
      auth.office,
    );
    expect(
      (await post(`${status}/grant`, { grantedBy: '咸安区委政法委', note: '再次命名' }, auth.office, 409)).code,
    ).toBe('THREE_ZERO_ALREADY_GRANTED');
    kpis = await monthKpis('2026-04-01', '2026-06-01');
    expect(kpis.stocks).toMatchObject({ 'branches.weak': 0, 'threeZero.communities': 1 });
    const april = kpis.periods.find((p: { period: string }) => p.period === '2026-04').kpis;
    expect(april).toMatchObject({ 'orgLife.studySessions': 1, 'orgLife.attendees': 36, 'orgLife.stars': 1 });
    await post(`${status}/revoke`, { reason: '辖区发生较大安全事故' }, auth.office);
    expect((await get(status)).status).toBe('revoked');
  });

  it('corrects a volunteer service: the record shows corrected values, the timeline the correction, and the KPI moves period', async () => {
    const m = `${base()}/members/li-jianguo`;
    // 2026-07-31 17:00 UTC is 1 August in Shanghai; the service really happened on 31 July.
    const logged = await post(
      `${m}/volunteer-services`,
      { hours: 2, description: '门岗值守', occurredAt: '2026-07-31T17:00:00Z' },
      auth.member,
    );
    const eventId = logged.eventIds[0];
    let kpis = await monthKpis('2026-07-01', '2026-09-01');
    const month = (k: typeof kpis, p: string) => k.periods.find((x: { period: string }) => x.period === p)?.kpis;
    expect([month(kpis, '2026-07')?.['volunteer.hours'] ?? 0, month(kpis, '2026-08')['volunteer.hours']]).toEqual([
      0, 2,
    ]);

    const correction = await post(
      `${m}/corrections`,
      {
        eventId,
        reason: '补录时日期填错，服务时长应为 3 小时',
        values: { occurredAt: '2026-07-31T19:00:00+08:00', hours: 3 },
      },
      auth.admin,
    );
    kpis = await monthKpis('2026-07-01', '2026-09-01');
    expect(month(kpis, '2026-07')).toMatchObject({ 'volunteer.services': 1, 'volunteer.hours': 3 });
    expect(month(kpis, '2026-08')?.['volunteer.services'] ?? 0).toBe(0);

    const view = await get(m);
    const original = view.timeline.find((e: { eventId: string }) => e.eventId === eventId);
    expect(original).toMatchObject({
      occurredAt: '2026-07-31T17:00:00.000Z',
      data: { hours: 2 },
      voided: false,
      correctedBy: [correction.eventIds[0]],
      corrected: { occurredAt: '2026-07-31T11:00:00.000Z', data: { hours: 3, description: '门岗值守' } },
    });
    expect(view.timeline.at(-1)).toMatchObject({
      type: 'EventCorrected',
      data: {
        correctedEventId: eventId,
        reason: '补录时日期填错，服务时长应为 3 小时',
        values: { hours: 3, occurredAt: '2026-07-31T11:00:00.000Z' },
      },
    });

    // Voiding the correction restores the original values everywhere.
    await post(`${m}/void`, { eventId: correction.eventIds[0], reason: '更正有误，撤销更正' }, auth.admin);
    kpis = await monthKpis('2026-07-01', '2026-09-01');
    expect(month(kpis, '2026-08')['volunteer.hours']).toBe(2);
    expect((await get(m)).timeline.find((e: { eventId: string }) => e.eventId === eventId).correctedBy).toBeUndefined();
  });

  it("corrects a request's category and works quantity, and shows the corrected category in the work queue", async () => {
    const raised = await post(`${base()}/requests`, {
      channel: 'visit',
      category: 'parking',
      description: '路灯不亮',
      occurredAt: '2026-09-01T02:00:00Z',
    });
    await post(
      `${base()}/requests/${raised.requestId}/corrections`,
      { eventId: raised.eventIds[0], reason: '类别选错，应为路灯照明', values: { category: 'street-lights' } },
      auth.admin,
    );
    const view = await get(`${base()}/requests/${raised.requestId}`);
    expect(view.timeline[0]).toMatchObject({
      data: { category: 'parking' },
      corrected: { data: { category: 'street-lights', description: '路灯不亮' } },
    });
    await projections.waitFor(lastPosition);
    const queue = await get(`${base()}/requests?category=street-lights`);
    expect(JSON.stringify(queue)).toContain(raised.requestId);

    const works = await post(`${base()}/works`, {
      kind: 'pipes',
      quantity: 100,
      description: '修复雨污管道',
      occurredAt: '2026-09-02T02:00:00Z',
    });
    await post(
      `${base()}/works/${works.id}/corrections`,
      { eventId: works.eventIds[0], reason: '数量少录一位', values: { quantity: 1000, amountSpentYuan: 380000 } },
      auth.admin,
    );
    expect((await get(`${base()}/works/${works.id}`)).timeline[0].corrected.data).toMatchObject({
      quantity: 1000,
      amountSpentYuan: 380000,
      unit: '米',
    });
  });

  it('refuses corrections of identity or unknown fields, voids, corrections, voided events and other records, appending nothing', async () => {
    const m = `${base()}/members/li-jianguo`;
    const stream = 'member-li-jianguo';
    const view = await get(m);
    const registered = view.timeline.find((e: { type: string }) => e.type === 'PartyMemberRegistered').eventId;
    const voidEvent = view.timeline.find((e: { type: string }) => e.type === 'EventVoided').eventId;
    const correction = view.timeline.find((e: { type: string }) => e.type === 'EventCorrected').eventId;
    const before = await eventsOf(stream);

    expect(
      await post(
        `${m}/corrections`,
        { eventId: registered, reason: '改编号', values: { memberId: 'someone-else' } },
        auth.admin,
        400,
      ),
    ).toMatchObject({ code: 'FIELD_NOT_CORRECTABLE', details: { field: 'values.memberId' } });
    expect(
      (
        await post(
          `${m}/corrections`,
          { eventId: registered, reason: '改模式', values: { mode: 'mobile', notAField: 1 } },
          auth.admin,
          400,
        )
      ).code,
    ).toBe('FIELD_NOT_CORRECTABLE');
    expect(
      (
        await post(
          `${m}/corrections`,
          { eventId: registered, reason: '改时间', values: { occurredAt: '2030-01-01T00:00:00Z' } },
          auth.admin,
          400,
        )
      ).code,
    ).toBe('OCCURRED_IN_FUTURE');
    expect(
      (await post(`${m}/corrections`, { eventId: registered, reason: '没有字段', values: {} }, auth.admin, 400)).code,
    ).toBe('CORRECTION_EMPTY');
    expect(
      (
        await post(
          `${m}/corrections`,
          { eventId: voidEvent, reason: '改作废', values: { reason: '其他' } },
          auth.admin,
          409,
        )
      ).code,
    ).toBe('CANNOT_CORRECT_A_VOID');
    expect(
      (
        await post(
          `${m}/corrections`,
          { eventId: correction, reason: '改更正', values: { familyPii: '某' } },
          auth.admin,
          409,
        )
      ).code,
    ).toBe('CANNOT_CORRECT_A_CORRECTION');
    // An event of another record of this community, and one of another community.
    const visit = await post(`${base()}/care-visits`, {
      occasion: 'illness',
      visited: '李大爷',
      visitors: '书记',
      gifts: '水果',
    });
    const before2 = await eventsOf(stream);
    expect(
      (
        await post(
          `${m}/corrections`,
          { eventId: visit.eventIds[0], reason: '串记录', values: { occurredAt: '2026-01-01T00:00:00Z' } },
          auth.admin,
          404,
        )
      ).code,
    ).toBe('EVENT_NOT_FOUND');
    const foreign = await post(
      `/api/v1/communities/${other.communityId}/works`,
      { kind: 'road', quantity: 10, description: '道路硬化' },
      auth.otherAdmin,
    );
    expect(
      (
        await post(
          `${base()}/works/${foreign.id}/corrections`,
          { eventId: foreign.eventIds[0], reason: '跨社区', values: { quantity: 20 } },
          auth.admin,
          404,
        )
      ).code,
    ).toBe('EVENT_NOT_FOUND');
    // A voided event.
    await post(
      `${base()}/care-visits/${visit.id}/void`,
      { eventId: visit.eventIds[0], reason: '重复登记' },
      auth.admin,
    );
    expect(
      (
        await post(
          `${base()}/care-visits/${visit.id}/corrections`,
          { eventId: visit.eventIds[0], reason: '改已作废', values: { gifts: '牛奶' } },
          auth.admin,
          409,
        )
      ).code,
    ).toBe('EVENT_VOIDED');
    await http().get(`${base()}/care-visits/${visit.id}`).set('Authorization', auth.staff).expect(404);
    // Only the community's administrator corrects; the DTO refuses malformed bodies.
    await post(
      `${m}/corrections`,
      { eventId: registered, reason: '改名', values: { namePii: '李建军' } },
      auth.staff,
      403,
    );
    await post(`${m}/corrections`, { eventId: registered, reason: '改名', values: 'x' }, auth.admin, 400);
    expect(await eventsOf(stream)).toBe(before);
    expect(before2).toBe(before);
  });
});
