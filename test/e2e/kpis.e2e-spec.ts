import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { migratedTestPool } from '@tongxin/testing';
import { startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/** Collects a file download's bytes (supertest parses only text by default). */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** KPI figures through HTTP, held to domain.md §5.1 on a small history with known answers. */
describe('KPIs by community, street and district', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const a = uniqueIds('ka');
  const b = { communityId: `c-kb-${a.suffix}` };
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  let lastPosition = 0;

  async function step(path: string, body: object, token = auth.staff) {
    const response = await http().post(path).set('Authorization', token).send(body).expect(201);
    lastPosition = Math.max(lastPosition, response.body.position);
    return response.body;
  }

  /** A request of community `c` through the workflow, every step at a given Shanghai time. */
  async function request3(
    c: string,
    raisedAt: string,
    opts: { acceptAt?: string; resolveAt?: string; rating?: string },
    token = auth.staff,
  ) {
    const base = `/api/v1/communities/${c}/requests`;
    const { requestId } = await step(
      base,
      { channel: 'visit', category: 'parking', description: '停车难', occurredAt: raisedAt },
      token,
    );
    const respondBy = new Date(Date.parse(raisedAt) + 4 * 3600_000).toISOString();
    await step(
      `${base}/${requestId}/dispatch`,
      {
        assignee: { kind: 'party-member', id: 'member-1', name: '李' },
        respondBy,
        resolveBy: new Date(Date.parse(raisedAt) + 72 * 3600_000).toISOString(),
        occurredAt: new Date(Date.parse(raisedAt) + 60_000).toISOString(),
      },
      token,
    );
    if (opts.acceptAt) await step(`${base}/${requestId}/accept`, { occurredAt: opts.acceptAt }, token);
    if (opts.resolveAt)
      await step(`${base}/${requestId}/resolve`, { note: '已处理', occurredAt: opts.resolveAt }, token);
    if (opts.rating)
      await step(`${base}/${requestId}/rate`, { rating: opts.rating, occurredAt: opts.resolveAt }, token);
    return requestId as string;
  }

  beforeAll(async () => {
    pool = await migratedTestPool();
    app = await startApi();
    projections = await startDirectoryProjection(pool);
    const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    await step('/api/v1/districts', { districtId: a.districtId, name: '天心区' }, admin);
    await step(`/api/v1/districts/${a.districtId}/streets`, { streetId: a.streetId, name: '赤岭路街道' }, admin);
    await step(`/api/v1/districts/${a.districtId}/streets`, { streetId: a.otherStreetId, name: '桂花坪街道' }, admin);
    await projections.waitFor(lastPosition);
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: a.streetId })}`;
    auth.office2 = `Bearer ${await tokenFor('street-office', { streetId: a.otherStreetId })}`;
    await step(
      `/api/v1/streets/${a.streetId}/communities`,
      { communityId: a.communityId, name: '芙蓉南路社区', onboardedOn: '2019-01-01' },
      auth.office,
    );
    await step(
      `/api/v1/streets/${a.otherStreetId}/communities`,
      { communityId: b.communityId, name: '新园社区', onboardedOn: '2019-01-01' },
      auth.office2,
    );
    await projections.waitFor(lastPosition);
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: a.communityId })}`;
    auth.staffB = `Bearer ${await tokenFor('community-staff', { communityId: b.communityId })}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: a.districtId })}`;

    // Community A, October 2026 (Shanghai): four requests raised.
    await request3(a.communityId, '2026-10-05T01:00:00Z', {
      acceptAt: '2026-10-05T03:00:00Z',
      resolveAt: '2026-10-06T01:00:00Z',
      rating: 'satisfied',
    }); // in time, 24 h
    await request3(a.communityId, '2026-10-10T01:00:00Z', {
      acceptAt: '2026-10-10T09:00:00Z',
      resolveAt: '2026-10-12T01:00:00Z',
      rating: 'unsatisfied',
    }); // late, 48 h
    await request3(a.communityId, '2026-10-20T01:00:00Z', { acceptAt: '2026-10-20T02:00:00Z' }); // in time, open
    const excluded = await request3(a.communityId, '2026-10-25T01:00:00Z', {});
    await step(
      `/api/v1/communities/${a.communityId}/requests/${excluded}/exclude`,
      { reason: '经核实属于不合理诉求' },
      auth.office,
    );
    // 2026-10-31 17:00 UTC is 2026-11-01 01:00 in Shanghai: November.
    await request3(a.communityId, '2026-10-31T17:00:00Z', {
      acceptAt: '2026-10-31T18:00:00Z',
      resolveAt: '2026-11-01T05:00:00Z',
      rating: 'basically-satisfied',
    });
    // Community B (other street), October: one request, resolved in time.
    await request3(
      b.communityId,
      '2026-10-07T01:00:00Z',
      { acceptAt: '2026-10-07T02:00:00Z', resolveAt: '2026-10-08T01:00:00Z', rating: 'satisfied' },
      auth.staffB,
    );
    const d = await step(`/api/v1/communities/${a.communityId}/disputes`, {
      kind: 'noise',
      summary: '噪音',
      parties: ['甲', '乙'],
      occurredAt: '2026-10-02T01:00:00Z',
    });
    await step(`/api/v1/communities/${a.communityId}/disputes/${d.id}/mediation-sessions`, {
      venue: '近邻评理室',
      mediator: '书记',
      occurredAt: '2026-10-03T01:00:00Z',
    });
    await step(`/api/v1/communities/${a.communityId}/disputes/${d.id}/mediated`, {
      agreement: '和解',
      occurredAt: '2026-10-04T01:00:00Z',
    });
    // Party members: two report in (one changes mode later), one makes a commitment, services logged.
    const members = `/api/v1/communities/${a.communityId}/members`;
    await step(members, {
      memberId: 'li-jianguo',
      name: '李建国',
      mode: 'resident',
      occurredAt: '2026-09-01T01:00:00Z',
    });
    await step(members, { memberId: 'wang-fang', name: '王芳', mode: 'mobile', occurredAt: '2026-09-01T01:00:00Z' });
    await step(`${members}/li-jianguo/report-in`, { mode: 'resident', occurredAt: '2026-09-02T01:00:00Z' });
    await step(`${members}/li-jianguo/report-in`, { mode: 'in-service', occurredAt: '2026-10-02T01:00:00Z' });
    const self = `Bearer ${await tokenFor('party-member', { communityId: a.communityId }, 'wang-fang')}`;
    await step(
      `${members}/wang-fang/report-in`,
      { mode: 'mobile', compoundId: 'changcheng', occurredAt: '2026-10-03T01:00:00Z' },
      self,
    );
    await http()
      .post(`${members}/li-jianguo/volunteer-services`)
      .set('Authorization', self)
      .send({ hours: 1, description: '代记' })
      .expect(403);
    await step(
      `${members}/wang-fang/commitments`,
      { text: '每月为小区办 1–2 件实事', occurredAt: '2026-10-03T02:00:00Z' },
      self,
    );
    await step(
      `${members}/wang-fang/volunteer-services`,
      { hours: 2, description: '门岗值守', occurredAt: '2026-10-04T11:00:00Z' },
      self,
    );
    await step(`${members}/li-jianguo/volunteer-services`, {
      hours: 2.5,
      description: '清理楼道',
      occurredAt: '2026-10-05T02:00:00Z',
    });
    await projections.waitFor(lastPosition);
  });
  afterAll(async () => {
    await projections.stop();
    await app.close();
    await pool.end();
  });

  const october = (body: { periods: { period: string; kpis: Record<string, unknown> }[] }) =>
    body.periods.find((p) => p.period === '2026-10')?.kpis;

  it("counts a community's month exactly, ratios with numerator and denominator, exclusions explicit", async () => {
    const response = await http()
      .get(`/api/v1/communities/${a.communityId}/kpis?period=month&from=2026-10-01&to=2026-12-01`)
      .set('Authorization', auth.staff)
      .expect(200);
    expect(response.body).toMatchObject({ definitionVersion: 1, timeZone: 'Asia/Shanghai' });
    expect(response.body.projectionPosition).toEqual(expect.any(Number));
    expect(october(response.body)).toEqual({
      'requests.received': 4,
      'requests.excluded': 1,
      'requests.resolved': 2,
      'requests.resolutionRate': { numerator: 2, denominator: 3, value: 2 / 3 },
      'requests.responseRate': { numerator: 2, denominator: 3, value: 2 / 3 },
      'requests.satisfactionRate': { numerator: 1, denominator: 2, value: 0.5 },
      'requests.medianHoursToResolve': 36,
      // At the end of October (Shanghai): the accepted 20 Oct request and the excluded one are open past their deadlines.
      'requests.overdue': 2,
      'disputes.registered': 1,
      'disputes.mediated': 1,
      'disputes.mediationSuccessRate': { numerator: 1, denominator: 1, value: 1 },
      'wishes.posted': 0,
      'wishes.claimed': 0,
      'wishes.fulfilled': 0,
      'hazards.reported': 0,
      'hazards.eliminated': 0,
      'commitments.made': 1,
      'commitments.fulfilled': 0,
      'volunteer.services': 2,
      'volunteer.hours': 4.5,
      'welfare.applications': 0,
      'welfare.granted': 0,
      'proposals.raised': 0,
      'proposals.decided': 0,
      'proposals.implemented': 0,
      'disclosures.published': 0,
      'meetings.held': 0,
      'volunteer.postsClaimed': 0,
      'volunteer.postsReleased': 0,
      'pairings.started': 0,
      'pairings.ended': 0,
      'care.visits': 0,
      'reemployment.placed': 0,
      'orgLife.studySessions': 0,
      'orgLife.attendees': 0,
      'orgLife.stars': 0,
      'orgLife.secretaryReviews': 0,
    });
    expect(response.body.stocks['partyMembers.reportedIn']).toEqual({
      total: 2,
      resident: 0,
      'in-service': 1,
      mobile: 1,
    });
    const november = response.body.periods.find((p: { period: string }) => p.period === '2026-11');
    expect(november.kpis['requests.received']).toBe(1);
  });

  it('rolls up to streets and the district as ratios of sums, never averages of ratios', async () => {
    const district = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis?period=month&from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(october(district.body)).toMatchObject({
      'requests.received': 5,
      'requests.resolutionRate': { numerator: 3, denominator: 4, value: 0.75 },
    });
    const streetB = await http()
      .get(`/api/v1/streets/${a.otherStreetId}/kpis?period=month&from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.office2)
      .expect(200);
    expect(october(streetB.body)).toMatchObject({
      'requests.received': 1,
      'requests.resolutionRate': { numerator: 1, denominator: 1, value: 1 },
    });
  });

  it('tabulates every KPI per street and per community for the sortable dashboard tables', async () => {
    const byStreet = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units?rows=street&from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.committee)
      .expect(200);
    const streets = Object.fromEntries(
      byStreet.body.units.map((u: { unitId: string; name: string; kpis: Record<string, unknown> }) => [u.unitId, u]),
    );
    expect(Object.keys(streets).sort()).toEqual([a.streetId, a.otherStreetId].sort());
    expect(streets[a.streetId]).toMatchObject({
      name: '赤岭路街道',
      streetId: null,
      kpis: {
        'requests.received': 4,
        'requests.resolutionRate': { numerator: 2, denominator: 3 },
        'volunteer.hours': 4.5,
      },
    });
    expect(streets[a.otherStreetId].kpis).toMatchObject({
      'requests.received': 1,
      'requests.satisfactionRate': { numerator: 1, denominator: 1, value: 1 },
    });

    const byCommunity = await http()
      .get(`/api/v1/streets/${a.streetId}/kpis/units?from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.office)
      .expect(200);
    expect(byCommunity.body.units).toHaveLength(1);
    expect(byCommunity.body.units[0]).toMatchObject({
      unitId: a.communityId,
      name: '芙蓉南路社区',
      streetId: a.streetId,
      kpis: { 'requests.excluded': 1, 'disputes.mediated': 1 },
    });
    await http()
      .get(`/api/v1/streets/${a.otherStreetId}/kpis/units?from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.office)
      .expect(404);
    const bad = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units?rows=grid&from=2026-10-01`)
      .set('Authorization', auth.committee)
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['rows', 'to']);
  });

  it('exports the same table as CSV and XLSX with Chinese headers, ratios as rate, numerator and denominator', async () => {
    const query = `rows=street&from=2026-10-01&to=2026-11-01`;
    const csv = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units/export?${query}&format=csv`)
      .set('Authorization', auth.committee)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF街道编号,街道名称,受理量,核减量,办结量,办结率（%）,办结率分子,办结率分母')).toBe(
      true,
    );
    const line = text.split('\n').find((l) => l.startsWith(a.streetId)) as string;
    expect(line.split(',').slice(0, 8)).toEqual([a.streetId, '赤岭路街道', '4', '1', '2', '66.67', '2', '3']);

    const xlsx = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units/export?${query}&format=xlsx`)
      .set('Authorization', auth.committee)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('街道指标') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).text).toContain('2026-10-01 至 2026-11-01');
    expect(sheet.getRow(2).getCell(4).value).toBe('核减量');
    const rows = [3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 9));
    expect(rows).toContainEqual([a.otherStreetId, '桂花坪街道', 1, 0, 1, 100, 1, 1]);
    await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units/export?${query}&format=pdf`)
      .set('Authorization', auth.committee)
      .expect(400);
    await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/units/export?${query}&format=csv`)
      .set('Authorization', auth.office)
      .expect(403);
  });

  it("ranks communities by the district's policy, never ranking those below the minimum sample", async () => {
    const url = `/api/v1/districts/${a.districtId}/rankings?month=2026-10`;
    const byDefault = await http().get(url).set('Authorization', auth.committee).expect(200);
    expect(byDefault.body).toMatchObject({
      policy: { responseWeight: 30, resolutionWeight: 35, satisfactionWeight: 35, minimumRequests: 10 },
      ranked: [],
    });
    expect(byDefault.body.insufficientData.map((u: { unitId: string }) => u.unitId).sort()).toEqual(
      [a.communityId, b.communityId].sort(),
    );

    const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    await http()
      .post(`/api/v1/districts/${a.districtId}/ranking-policy`)
      .set('Authorization', admin)
      .send({ responseWeight: 30, resolutionWeight: 35, satisfactionWeight: 35, minimumRequests: 1 })
      .expect(201);
    const ranked = await http().get(url).set('Authorization', auth.committee).expect(200);
    expect(ranked.body.ranked).toEqual([
      { rank: 1, unitId: b.communityId, name: '新园社区', received: 1, score: 1, classes: ['先进'] },
      { rank: 2, unitId: a.communityId, name: '芙蓉南路社区', received: 4, score: 0.6083, classes: ['整改'] },
    ]);
    await http().get(url).set('Authorization', auth.staff).expect(403);
  });

  it('shows street and district overviews with open and overdue alerts', async () => {
    const street = await http()
      .get(`/api/v1/streets/${a.streetId}/overview`)
      .set('Authorization', auth.office)
      .expect(200);
    // Open now: the accepted October request, the excluded one and the never-taken one are past their deadlines.
    expect(street.body.communities).toEqual([
      { communityId: a.communityId, name: '芙蓉南路社区', open: 2, overdue: 2, escalated: 0 },
    ]);
    const district = await http()
      .get(`/api/v1/districts/${a.districtId}/overview`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(
      district.body.streets
        .map((s: { streetId: string; communities: unknown[] }) => [s.streetId, s.communities.length])
        .sort(),
    ).toEqual(
      [
        [a.otherStreetId, 1],
        [a.streetId, 1],
      ].sort(),
    );
  });

  it('uses ISO weeks in Shanghai time', async () => {
    const response = await http()
      .get(`/api/v1/communities/${a.communityId}/kpis?period=week&from=2026-10-26&to=2026-11-09`)
      .set('Authorization', auth.staff)
      .expect(200);
    // W45 has no facts of its own but the overdue stock carries over into it.
    expect(response.body.periods.map((p: { period: string }) => p.period)).toEqual(['2026-W44', '2026-W45']);
    expect(response.body.periods[1].kpis).toMatchObject({
      'requests.received': 0,
      'volunteer.hours': 0,
      'requests.medianHoursToResolve': null,
      'requests.overdue': 2,
    });
  });

  it('lets the district committee drill into the records behind a rate', async () => {
    const response = await http()
      .get(`/api/v1/districts/${a.districtId}/kpis/explain?key=requests.resolutionRate&period=month&at=2026-10-01`)
      .set('Authorization', auth.committee)
      .expect(200);
    const mine = response.body.records.filter((r: { communityId: string }) => r.communityId === a.communityId);
    expect(mine).toHaveLength(4);
    expect(mine.filter((r: { inNumerator: boolean }) => r.inNumerator)).toHaveLength(2);
    expect(mine.filter((r: { excluded: boolean }) => r.excluded)).toHaveLength(1);
  });
});
