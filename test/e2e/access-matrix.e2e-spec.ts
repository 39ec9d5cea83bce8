import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { ALL_ROLES, type PrincipalScope, type Role } from '@tongxin/auth';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { fillPath, setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

interface Route {
  readonly method: string;
  readonly path: string;
}

/** Every route registered in the Nest app, read from the HTTP router itself: routes added later are covered. */
function registeredRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const stack = express.router?.stack ?? [];
  // Catch-all layers ({/*splat}) are middleware (request logging), not routes.
  return stack.flatMap((layer) =>
    layer.route && layer.route.path.startsWith('/')
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

// Demo sign-in is public but answers 404 unless DEMO_SIGN_IN=true (never in production).
const PUBLIC_ROUTES = new Set([
  'GET /health/live',
  'GET /health/ready',
  'GET /api/v1/demo/users',
  'POST /api/v1/demo/sign-in',
]);
/** The OpenAPI document and its UI are public (they describe the api; they hold no tenant data). */
const isPublic = (key: string) => PUBLIC_ROUTES.has(key) || key.startsWith('GET /api/docs');
/** Platform reference data (the holiday calendar) that every signed-in user reads: no tenant, so no scope to be outside of. */
const isPlatformReference = (route: Route) => route.method === 'GET' && route.path.startsWith('/api/v1/platform/');
/** Routes of the platform administrator on the platform itself (registry, holiday calendar, queue dashboard). */
const isPlatformRoute = (route: Route) =>
  (route.method === 'POST' &&
    (route.path.startsWith('/api/v1/districts') || route.path.startsWith('/api/v1/platform/'))) ||
  route.path.startsWith('/admin/queues');

/** Out-of-scope credentials: every role bound to the *other* district, street or community. */
function outOfScope(role: Role, other: ReturnType<typeof uniqueIds>): PrincipalScope {
  switch (role) {
    case 'platform-admin':
      return {};
    case 'district-committee':
      return { districtId: other.districtId };
    case 'department':
      return { departmentId: 'dept-housing', districtId: other.districtId };
    case 'auditor':
      return { districtId: other.districtId };
    case 'street-office':
      return { streetId: other.streetId };
    default:
      return { communityId: other.communityId };
  }
}

/**
 * The cross-tenant matrix: for every route and every role with credentials for another
 * district, the answer is 401/403/404, nothing is appended anywhere, and no data of the
 * target tenant appears in the response.
 */
describe('cross-tenant access matrix over every registered route', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const target = uniqueIds('mx');
  const other = uniqueIds('mo');
  const secretNames = [`靶区${target.suffix}`, `靶街道${target.suffix}`, `靶社区${target.suffix}`];

  const http = () => request(app.getHttpServer());
  const totalEvents = async () => Number((await owner.query('select count(*) as n from events')).rows[0].n);
  const fill = (path: string) => fillPath(path, target);

  const build = (ids: ReturnType<typeof uniqueIds>, [district, street, community]: string[]) =>
    setUpCommunity(app, directory, ids, {
      district: district,
      street: street,
      community: community,
      onboardedOn: '2020-01-01',
    });

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await build(target, secretNames);
    await build(other, [`他区${other.suffix}`, `他街道${other.suffix}`, `他社区${other.suffix}`]);
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('finds the routes (guards against an empty matrix)', () => {
    const routes = registeredRoutes(app).map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/v1/districts',
        'GET /api/v1/communities/:communityId/history',
        'GET /health/ready',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it('declares an access rule on every route and refuses anonymous calls to every non-public one', async () => {
    for (const route of registeredRoutes(app)) {
      const key = `${route.method} ${route.path}`;
      const response = await http()[route.method.toLowerCase() as 'get'](fill(route.path)).send({});
      expect({ route: key, code: response.body.code }).not.toEqual({ route: key, code: 'ROUTE_NOT_DECLARED' });
      if (!isPublic(key)) expect({ route: key, status: response.status }).toEqual({ route: key, status: 401 });
    }
  });

  it('answers every role with out-of-scope credentials with 401/403/404, changes nothing and leaks nothing', async () => {
    const before = await totalEvents();
    let checked = 0;
    for (const route of registeredRoutes(app)) {
      const key = `${route.method} ${route.path}`;
      if (isPublic(key) || route.path === '/api/v1/me' || isPlatformReference(route)) continue; // public, only about the caller, or platform reference data
      for (const role of ALL_ROLES) {
        // The platform administrator's platform routes have no tenant scope to be outside of.
        if (role === 'platform-admin' && isPlatformRoute(route)) continue;
        // Projection operations (rebuilds) are the platform administrator's, for every tenant at once.
        if (role === 'platform-admin' && route.path.startsWith('/api/v1/admin/projections')) continue;
        const token = await tokenFor(role, outOfScope(role, other));
        const response = await http()
          [route.method.toLowerCase() as 'get'](fill(route.path))
          .set('Authorization', `Bearer ${token}`)
          .send({
            communityId: `c-new${target.suffix}`,
            name: '新社区',
            onboardedOn: '2020-01-01',
            toStreetId: other.streetId,
            effectiveFrom: '2020-01-01',
            reason: '测试',
            streetId: `s-new${target.suffix}`,
            districtId: `d-new${target.suffix}`,
          });
        expect({
          route: key,
          role,
          status: [401, 403, 404].includes(response.status) ? 'refused' : response.status,
        }).toEqual({ route: key, role, status: 'refused' });
        for (const name of secretNames)
          expect({ route: key, role, leaked: response.text.includes(name) }).toEqual({
            route: key,
            role,
            leaked: false,
          });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(await totalEvents()).toBe(before);
  });

  it('lets an in-scope caller through every scoped route (the matrix is not vacuous)', async () => {
    // In-scope callers of each target kind; at least one allowed role must get past the guard.
    const inScope: Record<string, [Role, PrincipalScope][]> = {
      district: [
        ['district-committee', { districtId: target.districtId }],
        ['auditor', { districtId: target.districtId }],
      ],
      street: [
        ['street-office', { streetId: target.streetId }],
        ['auditor', { streetId: target.streetId }],
      ],
      community: [
        ['auditor', { communityId: target.communityId }],
        ['community-admin', { communityId: target.communityId }],
      ],
    };
    for (const route of registeredRoutes(app)) {
      const kind =
        route.path.includes(':communityId') && !route.path.includes(':streetId') && !route.path.includes(':districtId')
          ? 'community'
          : route.path.includes(':streetId')
            ? 'street'
            : route.path.includes(':districtId')
              ? 'district'
              : null;
      if (!kind || route.method !== 'GET') continue;
      const statuses: number[] = [];
      let passed = false;
      for (const [role, scope] of inScope[kind]) {
        const response = await http()
          .get(fill(route.path))
          .set('Authorization', `Bearer ${await tokenFor(role, scope)}`);
        statuses.push(response.status);
        // Past the guard: anything but an authentication, role or scope refusal (a missing record is fine).
        if (![401, 403].includes(response.status) && response.body.code !== 'UNIT_NOT_FOUND') passed = true;
      }
      expect({ route: route.path, passed, statuses }).toEqual({ route: route.path, passed: true, statuses });
    }
  });
});
