import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import type { PrincipalScope, Role } from '@tongxin/auth';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { fillPath, setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

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
  });
});
