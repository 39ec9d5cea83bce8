import { existsSync, mkdirSync } from 'node:fs';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startProduct, type RunningProduct } from './product.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = 'test-results';
// .ci/run installs Debian's chromium; a machine without it reports these tests as skipped, with this reason.
const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM))
  console.warn(
    `web dashboard browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );

/** The dashboard in a real browser against the whole product started with `npm start` and its demo data. */
describeInBrowser('web dashboard in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** Waits until the projector has taken in every recorded event, so the UI and the api read the same figures. */
  async function projectionsCaughtUp(): Promise<void> {
    const client = new pg.Client({ connectionString: product.databaseUrl });
    await client.connect();
    try {
      for (let i = 0; i < 200; i += 1) {
        const { rows } = await client.query<{ behind: boolean }>(
          "select coalesce((select max(global_position) from events), 0) > coalesce((select position from projection_checkpoints where projection = 'kpi-facts'), 0) as behind",
        );
        if (!rows[0]?.behind) return;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error('projector did not catch up');
    } finally {
      await client.end();
    }
  }

  async function signInAs(subject: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${product.baseUrl}/`);
    await page.getByTestId(`demo-${subject}`).click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  async function apiGet(page: Page, path: string): Promise<Record<string, unknown>> {
    const token = await page.evaluate<string | null>('sessionStorage.getItem("tongxin.token")');
    const response = await fetch(`${product.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  /** The period the page shows, read from its caption (统计区间 YYYY-MM-DD 至 YYYY-MM-DD). */
  async function shownRange(page: Page): Promise<{ from: string; to: string }> {
    const caption = await page.getByTestId('figures-meta').innerText();
    const [, from, to] = /(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/.exec(caption) ?? [];
    return { from: from, to: to };
  }

  /** Waits for the request drawer to show a status (the command went through and the view reloaded). */
  const status = (page: Page, label: string) =>
    page
      .getByTestId('request-status')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .waitFor();

  const card = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    product = await startProduct('web');
    expect(product.output()).toContain('[tongxin] ready');
    await projectionsCaughtUp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
  }, 200_000);

  // A failed step leaves its page open: close every context so nothing outlives the test.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    await product?.destroy();
  });

  it('shows the district committee the demo KPIs exactly as the api computes them, with the records behind a rate', async () => {
    const page = await signInAs('demo-district-xianan');
    await page.waitForURL('**/districts/d-xianan');
    // Last month (Shanghai): the demo history ends a day before now, so this month may still be empty.
    const [year, month] = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7).split('-').map(Number) as [
      number,
      number,
    ];
    const lastMonth = month === 1 ? `${year - 1}-12-15` : `${year}-${String(month - 1).padStart(2, '0')}-15`;
    await page.goto(`${product.baseUrl}/districts/d-xianan?period=month&at=${lastMonth}`);
    await page.getByTestId('figures-meta').waitFor();
    const { from, to } = await shownRange(page);
    expect(from).toBe(`${lastMonth.slice(0, 7)}-01`);
    const api = (await apiGet(page, `/api/v1/districts/d-xianan/kpis?period=month&from=${from}&to=${to}`)) as {
      periods: { kpis: Record<string, number | { numerator: number; denominator: number; value: number }> }[];
    };
    const figures = api.periods[0]?.kpis ?? {};
    const received = figures['requests.received'] as number;
    const resolution = figures['requests.resolutionRate'] as { numerator: number; denominator: number; value: number };
    expect(received).toBeGreaterThan(0); // the demo data has requests every month
    await expect(card(page, 'requests.received').innerText()).resolves.toBe(String(received));
    await expect(card(page, 'requests.resolutionRate').innerText()).resolves.toBe(
      `${(resolution.value * 100).toFixed(1)}%`,
    );
    await page.getByTestId('unit-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await page.screenshot({ path: `${SHOTS}/district.png`, fullPage: true });

    await page.getByTestId('kpi-requests.resolutionRate').click();
    await page
      .getByTestId('explain-summary')
      .filter({ hasText: `计入分子 ${resolution.numerator} 条` })
      .waitFor();
    await expect(page.getByTestId('explain-table').locator('tbody tr.ant-table-row').count()).resolves.toBe(received);
    await page.screenshot({ path: `${SHOTS}/district-explain.png` });
  });

  it('shows the monthly 红黑榜, marking communities with too few requests instead of ranking them', async () => {
    const page = await signInAs('demo-district-xianan');
    await page.getByRole('tab', { name: '红黑榜' }).click();
    await page.getByTestId('ranking-table').waitFor();
    const month = await page.locator('.ant-picker-input input').last().inputValue();
    const ranking = (await apiGet(page, `/api/v1/districts/d-xianan/rankings?month=${month}`)) as {
      ranked: { name: string }[];
      insufficientData: { name: string }[];
    };
    const rows = await page.getByTestId('ranking-table').locator('tbody tr.ant-table-row').count();
    expect(rows).toBe(ranking.ranked.length);
    if (ranking.insufficientData.length > 0)
      await expect(page.getByTestId('insufficient-data').innerText()).resolves.toContain(
        ranking.insufficientData[0]?.name,
      );
    await page.screenshot({ path: `${SHOTS}/district-ranking.png`, fullPage: true });
  });

  interface Share {
    numerator: number;
    denominator: number;
    value: number | null;
  }
  type CommunityKpis = {
    periods: { kpis: Record<string, number> }[];
    stocks: Record<string, Share> & { 'partyMembers.reportedIn': Record<string, number> };
  };
  const recordStatus = (page: Page, label: string) =>
    page
      .getByTestId('record-status')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .waitFor();
  const submit = (page: Page) => page.getByRole('button', { name: /^提\s*交$/ }).click();

  // Before the import test below adds compounds to 凤凰社区: the demo's 7 compounds each have a branch.
  it('shows 凤凰社区 its coverage stocks and 党员报到 split as the api computes them, and its structure tree', async () => {
    const page = await signInAs('demo-staff-fenghuang');
    await page.waitForURL('**/communities/c-fenghuang');
    await page.getByTestId('figures-meta').waitFor();
    const { from, to } = await shownRange(page);
    const api = (await apiGet(
      page,
      `/api/v1/communities/c-fenghuang/kpis?period=month&from=${from}&to=${to}`,
    )) as unknown as CommunityKpis;
    const branch = api.stocks['coverage.partyBranch'];
    expect(branch).toEqual({ numerator: 7, denominator: 7, value: 1 });
    await expect(card(page, 'coverage.partyBranch').innerText()).resolves.toBe('100.0%');
    await expect(page.getByTestId('kpi-coverage.partyBranch-ratio').innerText()).resolves.toBe('7 / 7 个小区');
    for (const key of ['coverage.ownersCommittee', 'coverage.propertyService']) {
      const share = api.stocks[key];
      await expect(card(page, key).innerText()).resolves.toBe(
        share.value === null ? '—' : `${(share.value * 100).toFixed(1)}%`,
      );
      await expect(page.getByTestId(`kpi-${key}-ratio`).innerText()).resolves.toBe(
        `${share.numerator} / ${share.denominator} 个小区`,
      );
    }
    const reportedIn = api.stocks['partyMembers.reportedIn'];
    await expect(card(page, 'partyMembers.reportedIn').innerText()).resolves.toMatch(
      new RegExp(`^${reportedIn.total}\\s*人$`),
    );
    await expect(page.getByTestId('reported-in-split').innerText()).resolves.toBe(
      `居民党员 ${reportedIn.resident} · 在职党员 ${reportedIn['in-service']} · 流动党员 ${reportedIn.mobile}`,
    );
    await page.screenshot({ path: `${SHOTS}/community-coverage.png`, fullPage: true });

    await page.getByRole('tab', { name: '组织架构' }).click();
    await page.getByTestId('structure-compounds').locator('tbody tr.ant-table-row').nth(6).waitFor();
    await expect(page.getByTestId('structure-compounds').locator('tbody tr.ant-table-row').count()).resolves.toBe(7);
    await expect(page.getByTestId('structure-coverage-partyBranch').innerText()).resolves.toBe('100.0%');
    await page
      .getByTestId('structure-organisations')
      .locator('.ant-tree-treenode:not([aria-hidden])')
      .first()
      .waitFor();
    await expect(page.getByTestId('structure-organisations').innerText()).resolves.toMatch(
      /社区大党委[\s\S]*小区党支部/,
    );
    await page.screenshot({ path: `${SHOTS}/community-structure.png`, fullPage: true });
  });

  it('lets community staff register a dispute and record it mediated through the forms, and disputes.mediated moves', async () => {
    const page = await signInAs('demo-staff-fenghuang');
    await page.waitForURL('**/communities/c-fenghuang');
    await page.getByTestId('figures-meta').waitFor();
    const { from, to } = await shownRange(page);
    const mediatedInApi = async () =>
      (
        (await apiGet(
          page,
          `/api/v1/communities/c-fenghuang/kpis?period=month&from=${from}&to=${to}`,
        )) as unknown as CommunityKpis
      ).periods[0]?.kpis['disputes.mediated'] ?? 0;
    const before = Number(await card(page, 'disputes.mediated').innerText());
    expect(before).toBe(await mediatedInApi());

    await page.getByRole('tab', { name: '矛盾纠纷' }).click();
    await page.getByTestId('register-disputes').waitFor();
    await page.getByTestId('register-create-disputes').click();
    await page.getByTestId('field-kind').click();
    await page.getByTitle('停车纠纷', { exact: true }).click();
    await page.getByTestId('field-summary').fill('民兴小区3栋车位被长期占用');
    const parties = page.getByTestId('field-parties').locator('input');
    await parties.fill('张先生');
    await parties.press('Enter');
    await submit(page);
    // One party passes the form's "required" check; the api's rule (at least two parties) answers next to the field.
    await page.locator('.ant-form-item-explain-error', { hasText: '纠纷至少涉及两方' }).waitFor();
    await parties.fill('李女士');
    await parties.press('Enter');
    await submit(page);
    await recordStatus(page, '已登记');

    await page.getByTestId('record-action-mediation-sessions').click();
    await page.getByLabel('调解地点').fill('近邻评理室');
    await page.getByLabel('调解员').fill('王书记');
    await submit(page);
    await recordStatus(page, '调解中');
    await page.getByTestId('record-action-mediated').click();
    await page.getByLabel('调解协议').fill('错峰使用车位，双方签字确认');
    await submit(page);
    await recordStatus(page, '调解成功');
    await expect(page.getByTestId('record-timeline').innerText()).resolves.toMatch(
      /纠纷登记[\s\S]*调解[\s\S]*调解成功/,
    );
    await page.screenshot({ path: `${SHOTS}/community-dispute.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page
      .getByTestId('register-disputes')
      .locator('tbody tr.ant-table-row', { hasText: '民兴小区3栋车位被长期占用' })
      .filter({ hasText: '调解成功' })
      .waitFor();

    await projectionsCaughtUp();
    let after = before;
    for (let attempt = 0; attempt < 20 && after === before; attempt += 1) {
      await page.reload();
      await page.getByTestId('figures-meta').waitFor();
      after = Number(await card(page, 'disputes.mediated').innerText());
    }
    expect(after).toBe(before + 1);
    expect(after).toBe(await mediatedInApi());
    await page.screenshot({ path: `${SHOTS}/community-disputes.png`, fullPage: true });
  }, 120_000);

  it('lets community staff record works with their unit and register a party member who then reports in', async () => {
    const page = await signInAs('demo-staff-fenghuang');
    await page.goto(`${product.baseUrl}/communities/c-fenghuang?tab=works`);
    await page.getByTestId('register-works').waitFor();
    await page.getByTestId('register-create-works').click();
    await page.getByTestId('field-kind').click();
    await page.getByTitle('安装路灯（盏）', { exact: true }).click();
    // The quantity shows the unit of the chosen kind.
    await page.locator('.ant-input-number-suffix', { hasText: '盏' }).waitFor();
    await page.getByLabel('数量').fill('12');
    await page.getByTestId('field-description').fill('凤凰路太阳能路灯安装');
    await submit(page);
    await recordStatus(page, '已完成');
    await page.keyboard.press('Escape');
    await page
      .getByTestId('register-works')
      .locator('tbody tr.ant-table-row', { hasText: '安装路灯 12盏：凤凰路太阳能路灯安装' })
      .waitFor();

    await page.getByRole('tab', { name: '党员' }).click();
    await page.getByTestId('register-create-members').click();
    await page.getByLabel('姓名').fill('周红梅');
    await page.getByTestId('field-mode').click();
    await page.getByTitle('在职党员', { exact: true }).click();
    await page.getByLabel('党员编号（可用登录账号）').fill('Zhou Hongmei');
    await submit(page);
    await page.locator('.ant-form-item-explain-error', { hasText: 'memberId 应为小写字母数字编号' }).waitFor();
    await page.getByLabel('党员编号（可用登录账号）').fill(`zhou-hongmei-${Date.now()}`);
    await submit(page);
    await recordStatus(page, '已登记');
    await page.getByTestId('record-action-report-in').click();
    await page.getByTestId('field-mode').last().click();
    await page.getByTitle('在职党员', { exact: true }).last().click();
    await submit(page);
    await recordStatus(page, '已报到');
    await expect(page.getByTestId('record-timeline').innerText()).resolves.toMatch(/党员登记[\s\S]*党员报到/);
    await page.screenshot({ path: `${SHOTS}/community-member.png`, fullPage: true });
  }, 120_000);

  it('lets community staff raise and resolve a request, showing server field errors, and the district figure moves', async () => {
    const district = await signInAs('demo-district-xianan');
    await district.getByTestId('figures-meta').waitFor();
    const before = Number(await card(district, 'requests.received').innerText());

    const page = await signInAs('demo-staff-fenghuang');
    await page.waitForURL('**/communities/c-fenghuang');
    await page.getByTestId('work-queue').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('raise-request').click();
    await page.getByTestId('raise-category').click();
    await page.getByTitle('路灯照明').click();
    await page.getByTestId('raise-description').fill('灯');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    // One character passes the browser's "required" check; the api's length rule answers next to the field.
    await page.locator('.ant-form-item-explain-error', { hasText: 'description 长度应为 2–1000 个字符' }).waitFor();
    await page.getByTestId('raise-description').fill('民兴小区3栋路灯不亮，晚上出行不便');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await status(page, '群众点单');

    await page.getByTestId('action-dispatch').click();
    await page.getByLabel('承办方编号').fill('member-3');
    await page.getByLabel('承办方名称').fill('李建国');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await status(page, '社区下单');
    await page.getByTestId('action-accept').click();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await status(page, '党员接单');
    await page.getByTestId('action-resolve').click();
    await page.getByLabel('办结说明').fill('已更换灯泡并检查线路');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await status(page, '已办结');
    await expect(page.getByTestId('request-timeline').innerText()).resolves.toMatch(
      /群众点单[\s\S]*社区派单[\s\S]*党员接单[\s\S]*办结/,
    );
    await page.screenshot({ path: `${SHOTS}/community-request.png`, fullPage: true });

    await projectionsCaughtUp();
    let after = before;
    for (let attempt = 0; attempt < 20 && after === before; attempt += 1) {
      await district.reload();
      await district.getByTestId('figures-meta').waitFor();
      after = Number(await card(district, 'requests.received').innerText());
    }
    expect(after).toBe(before + 1);
  }, 120_000);

  it('shows the street office its communities with overdue alerts', async () => {
    const page = await signInAs('demo-street-yongan');
    await page.waitForURL('**/streets/s-yongan');
    const overview = (await apiGet(page, '/api/v1/streets/s-yongan/overview')) as {
      communities: { name: string; overdue: number }[];
    };
    const row = page.getByTestId('unit-table').locator('tbody tr.ant-table-row', { hasText: '凤凰社区' });
    await row.waitFor();
    const fenghuang = overview.communities.find((c) => c.name === '凤凰社区');
    expect(fenghuang).toBeTruthy();
    await expect(row.locator('td').nth(2).innerText()).resolves.toBe(String(fenghuang?.overdue));
    await page.screenshot({ path: `${SHOTS}/street.png`, fullPage: true });
  });

  it('lets the street office import a file: bad rows reported with nothing written, a good file with live progress', async () => {
    const page = await signInAs('demo-street-yongan');
    await page.getByRole('tab', { name: '批量导入' }).click();
    const input = page.getByTestId('import-wizard').locator('input[type=file]');
    const header = '类型,社区编号,编号,名称,上级编号,层级/岗位/管理方式,所属小区编号';
    await input.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, '楼栋,c-fenghuang,b1,1栋,nowhere,', '小区,c-nowhere,x,某小区,,'].join('\n')),
    });
    await page.getByTestId('import-errors').locator('tbody tr.ant-table-row').nth(1).waitFor();
    await expect(page.getByTestId('import-problem').innerText()).resolves.toContain('未导入任何数据');
    await page.screenshot({ path: `${SHOTS}/street-import-errors.png`, fullPage: true });

    const rows = [header, '党组织,c-fenghuang,dwei,凤凰社区大党委,,社区大党委'];
    for (let c = 0; c < 60; c += 1) {
      rows.push(
        `小区,c-fenghuang,x${c},第${c}小区,,`,
        `党组织,c-fenghuang,x${c}-branch,第${c}小区党支部,dwei,小区党支部,x${c}`,
      );
      for (let b = 0; b < 8; b += 1) rows.push(`楼栋,c-fenghuang,x${c}-b${b},${b}栋,x${c},`);
    }
    for (let m = 0; m < 200; m += 1) rows.push(`党员,c-fenghuang,import-member-${m},党员${m},,居民党员`);
    await input.setInputFiles({ name: '凤凰社区结构.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByTestId('import-progress').waitFor();
    await page
      .getByTestId('import-progress-text')
      .filter({ hasText: new RegExp(`已处理 ${rows.length - 1} / ${rows.length - 1} 行.*导入完成`) })
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/street-import-done.png`, fullPage: true });
  }, 120_000);

  it('lets the auditor verify a community history and reports it intact', async () => {
    const page = await signInAs('demo-auditor-xianan');
    await page.waitForURL('**/audit/districts/d-xianan');
    await page.getByTestId('audit-communities').getByText('查阅与核验').first().click();
    await page.getByTestId('access-reason').fill('年度审计核验');
    await page.getByTestId('access-reason-confirm').click();
    await page.getByTestId('history-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('verify').click();
    await page.getByTestId('verify-result').filter({ hasText: '核验通过' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/auditor.png`, fullPage: true });
  });

  it("shows the auditor the district's figures as recorded on a past day beside today's restated ones, and what changed them", async () => {
    const page = await signInAs('demo-auditor-xianan');
    await page.waitForURL('**/audit/districts/d-xianan');
    // Last month, so the test holds on the 1st; as recorded yesterday, before the demo history was recorded today.
    const lastMonth = new Date(Date.now() + 8 * 3600_000);
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const at = lastMonth.toISOString().slice(0, 10);
    const to = new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1, 1))
      .toISOString()
      .slice(0, 10);
    await page.goto(`${product.baseUrl}/audit/districts/d-xianan?period=month&at=${at}`);
    const received = page.getByTestId('as-of-table').locator('tr', { hasText: '受理量' });
    const live = (await apiGet(page, `/api/v1/districts/d-xianan/kpis?period=month&from=${at}&to=${to}`)) as {
      periods: { kpis: Record<string, number> }[];
    };
    const receivedNow = live.periods[0]?.kpis['requests.received'] ?? 0;
    expect(receivedNow).toBeGreaterThan(0);
    await received
      .getByTestId('as-of-now')
      .filter({ hasText: new RegExp(`^${receivedNow}$`) })
      .waitFor();
    // Yesterday nothing of the demo district was recorded yet: no figure then.
    await received.getByTestId('as-of-then').filter({ hasText: /^—$/ }).waitFor();
    await page.getByTestId('as-of-diff-requests.received').click();
    const diff = page.getByTestId('as-of-diff');
    await diff.getByText('社区入驻').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/auditor-as-of.png`, fullPage: true });
  });
});
