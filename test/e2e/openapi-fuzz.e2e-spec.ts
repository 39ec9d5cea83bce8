import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import type { PrincipalScope, Role } from '@tongxin/auth';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { fillPath, setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';
import { resolve, sample, type OpenApiDocument } from './openapi-samples.js';

interface Schema {
  type?: string;
  enum?: unknown[];
  maxLength?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  example?: Record<string, unknown>;
  $ref?: string;
}

/**
 * Malformed bodies for every POST route, generated from the OpenAPI document: each must be
 * answered 400 with the offending field named, and nothing may be appended anywhere.
 */
describe('malformed bodies on every POST route of the OpenAPI document', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('fz');
  const http = () => request(app.getHttpServer());
  const totalEvents = async () => Number((await owner.query('select count(*) as n from events')).rows[0].n);

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, {
      district: '武平县',
      street: '平川街道',
      community: '南门社区',
      onboardedOn: '2020-01-01',
    });
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  const candidates: [Role, PrincipalScope][] = [
    ['platform-admin', {}],
    ['street-office', { streetId: ids.streetId }],
    ['community-admin', { communityId: ids.communityId }],
    ['resident', { communityId: ids.communityId }],
    ['department', { departmentId: 'dept-housing', districtId: ids.districtId }],
  ];

  function malformed(schema: Schema): { why: string; body: unknown }[] {
    const base = schema.example ?? {};
    const out: { why: string; body: unknown }[] = [
      { why: 'unknown field', body: { ...base, notAField: 1 } },
      { why: 'not an object', body: [1, 2] },
    ];
    if ((schema.required ?? []).length > 0) out.push({ why: 'empty body', body: {} });
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const wrong =
        property.type === 'string' ? 12345 : property.type === 'object' || property.$ref ? 'x' : 'not-a-number';
      out.push({ why: `${name}: wrong type`, body: { ...base, [name]: wrong } });
      if (property.enum) out.push({ why: `${name}: not in enum`, body: { ...base, [name]: '__no_such_value__' } });
      if (property.maxLength)
        out.push({ why: `${name}: too long`, body: { ...base, [name]: '长'.repeat(property.maxLength + 1) } });
    }
    return out;
  }

  it('answers each malformed body with 400 and appends nothing', async () => {
    const document = (await http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const before = await totalEvents();
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const post = operations.post;
      const ref = post?.requestBody?.content['application/json']?.schema.$ref;
      if (!ref) continue;
      const schema = document.components.schemas[ref.split('/').pop() as string];
      const url = fillPath(path, ids);
      // The caller that gets past the guard on this route: its answers show what validation says.
      let token: string | null = null;
      for (const [role, scope] of candidates) {
        const t = `Bearer ${await tokenFor(role, scope)}`;
        const probe = await http().post(url).set('Authorization', t).send({ notAField: 1 });
        if (probe.status === 400) {
          token = t;
          break;
        }
      }
      expect({ path, reachable: token !== null }).toEqual({ path, reachable: true });
      for (const { why, body } of malformed(schema)) {
        const response = await http()
          .post(url)
          .set('Authorization', token as string)
          .send(body as object);
        expect({ path, why, status: response.status, code: response.body.code }).toEqual({
          path,
          why,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
        checked += 1;
      }
      const broken = await http()
        .post(url)
        .set('Authorization', token as string)
        .set('Content-Type', 'application/json')
        .send('{"channel": ');
      expect({ path, status: broken.status }).toEqual({ path, status: 400 });
    }
    expect(checked).toBeGreaterThan(60);
    expect(await totalEvents()).toBe(before);
  }, 300_000);

  /** Every refusal speaks the error vocabulary: a stable code, a Chinese message and its English twin. */
  const coded = (response: request.Response) => ({
    status: response.status,
    code: typeof response.body?.code === 'string' ? 'coded' : response.body?.code,
    chinese: /[\u4e00-\u9fff]/.test(String(response.body?.message)),
    english: typeof response.body?.messageEn === 'string' && response.body.messageEn.length > 0,
  });
  const logHead = async () =>
    (
      await owner.query<{ head: string | null; n: string }>(
        'select max(global_position) as head, count(*) as n from events',
      )
    ).rows[0];

  it('answers hostile bodies on every POST route with a coded 4xx, never 5xx, and changes nothing', async () => {
    const document = (await http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const before = await logHead();
    const deep = `${'{"a":['.repeat(2500)}1${']}'.repeat(2500)}`; // 5,000 levels, ~17 KB
    const variants: { why: string; contentType: string; body: string; status: number; code: string }[] = [
      { why: 'nested 5,000 deep', contentType: 'application/json', body: deep, status: 400, code: 'JSON_TOO_DEEP' },
      { why: 'null', contentType: 'application/json', body: 'null', status: 400, code: 'INVALID_JSON' },
      { why: 'a string', contentType: 'application/json', body: '"x"', status: 400, code: 'INVALID_JSON' },
      {
        why: 'truncated JSON',
        contentType: 'application/json',
        body: '{"channel": ',
        status: 400,
        code: 'INVALID_JSON',
      },
      {
        why: 'over 1 MB',
        contentType: 'application/json',
        body: JSON.stringify({ description: 'x'.repeat(1_100_000) }),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      { why: 'text/plain', contentType: 'text/plain', body: 'hello', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      {
        why: 'a form',
        contentType: 'application/x-www-form-urlencoded',
        body: 'channel=door-duty',
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
    ];
    const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    const staff = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId })}`;
    const wrong: unknown[] = [];
    let sent = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!operations.post) continue;
      const url = fillPath(path, ids);
      for (const variant of variants) {
        const response = await http()
          .post(url)
          .set('Authorization', path.includes('{communityId}') ? staff : admin)
          .set('Content-Type', variant.contentType)
          .send(variant.body);
        sent += 1;
        const answer = { path, why: variant.why, ...coded(response), exact: response.body?.code };
        if (
          answer.status !== variant.status ||
          answer.exact !== variant.code ||
          !answer.chinese ||
          !answer.english ||
          answer.code !== 'coded'
        )
          wrong.push(answer);
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(600);
    expect(await logHead()).toEqual(before);
  }, 300_000);

  it('refuses NUL and lone surrogates in every text field of every POST body with 400, appending nothing', async () => {
    const document = (await http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const before = await logHead();
    const wrong: unknown[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const schemaRef = operations.post?.requestBody?.content['application/json']?.schema;
      if (!schemaRef) continue;
      const schema = resolve(schemaRef, document);
      const url = fillPath(path, ids);
      const valid = sample(schemaRef, document) as Record<string, unknown>;
      let token: string | null = null;
      for (const [role, scope] of candidates) {
        const t = `Bearer ${await tokenFor(role, scope)}`;
        if ((await http().post(url).set('Authorization', t).send({ notAField: 1 })).status === 400) {
          token = t;
          break;
        }
      }
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (resolve(property, document).type !== 'string') continue;
        for (const [why, text] of [
          ['NUL', 'a\u0000b'],
          ['lone high surrogate', 'a\ud800b'],
          ['lone low surrogate', '\udc00'],
        ] as const) {
          const response = await http()
            .post(url)
            .set('Authorization', token as string)
            .send({ ...valid, [name]: text });
          checked += 1;
          if (response.status !== 400 || !coded(response).chinese || !coded(response).english)
            wrong.push({ path, name, why, status: response.status, code: response.body?.code });
        }
      }
      // NUL in a path parameter: refused before it reaches the directory or the log.
      if (path.includes('{communityId}')) {
        const response = await http()
          .post(fillPath(path, { ...ids, communityId: 'c-nul%00x' }))
          .set('Authorization', token as string)
          .send(valid);
        checked += 1;
        if (response.status >= 500 || response.status < 400)
          wrong.push({ path, why: 'NUL in path', status: response.status });
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    expect(await logHead()).toEqual(before);
  }, 300_000);

  it('validates the query of every GET route before any database work: year 0, 2^63, NUL, a position never written', async () => {
    const document = (await http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const before = await logHead();
    const tokens = await Promise.all(
      [
        ...candidates,
        ['auditor', { districtId: ids.districtId }] as [Role, PrincipalScope],
        ['district-committee', { districtId: ids.districtId }] as [Role, PrincipalScope],
      ].map(async ([role, scope]) => `Bearer ${await tokenFor(role, scope)}`),
    );
    const variants = [
      { why: 'asOf in year 0', query: 'asOf=0000-01-01T00:00:00Z', param: 'asOf' },
      { why: 'asOf in year 9999', query: 'asOf=9999-01-01T00:00:00Z', param: 'asOf' },
      { why: 'minPosition never written', query: 'minPosition=9007199254740991', param: 'minPosition' },
      { why: 'minPosition 2^63', query: 'minPosition=9223372036854775808', param: 'minPosition' },
      { why: 'after 2^63', query: 'after=9223372036854775808', param: 'after' },
      { why: 'limit 2^63', query: 'limit=9223372036854775808', param: 'limit' },
      { why: 'NUL in a text parameter', query: 'reason=a%00b', param: 'reason' },
    ];
    const wrong: unknown[] = [];
    let sent = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const get = operations.get;
      if (!get || path.includes('download') || path.endsWith('/events')) continue;
      const declared = new Set((get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      for (const variant of variants) {
        let response: request.Response | null = null;
        const started = Date.now();
        for (const token of tokens) {
          response = await http()
            .get(`${fillPath(path, ids)}?${variant.query}`)
            .set('Authorization', token);
          if (![401, 403].includes(response.status) && response.body?.code !== 'UNIT_NOT_FOUND') break;
        }
        sent += 1;
        const answer = response as request.Response;
        const bad =
          answer.status >= 500 ||
          (declared.has(variant.param) && answer.status !== 400) ||
          (answer.status >= 400 && (!coded(answer).chinese || !coded(answer).english)) ||
          Date.now() - started > 2000;
        if (bad) wrong.push({ path, why: variant.why, status: answer.status, code: answer.body?.code });
      }
      for (const [why, unit] of [
        ['NUL in a path parameter', 'x%00y'],
        ['a lone surrogate in a path parameter', 'x%ED%A0%80y'],
      ]) {
        const response = await http()
          .get(fillPath(path, { districtId: `d-${unit}`, streetId: `s-${unit}`, communityId: `c-${unit}` }))
          .set('Authorization', tokens[0]);
        sent += 1;
        if (/\{(district|street|community)Id\}/.test(path) && (response.status !== 400 || !coded(response).chinese))
          wrong.push({ path, why, status: response.status, code: response.body?.code });
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    expect(await logHead()).toEqual(before);
  }, 300_000);
});
