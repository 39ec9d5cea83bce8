import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { TokenService, type PrincipalScope, type Role } from '@tongxin/auth';
import { validateEnvironment } from '@tongxin/config';
import { PostgresEventStore } from '@tongxin/event-store';
import { directoryProjection, kpiFactsProjection } from '@tongxin/projections';
import { ProjectionRunner, writeDirectory, writeKpiFacts } from '@tongxin/read-store';
import { testDatabaseUrl, testRedisUrl } from '@tongxin/testing';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

export const TEST_JWT_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e';
const signingKeys = generateKeyPairSync('ed25519');
export const TEST_AUDIT_PUBLIC_KEY = signingKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const TEST_AUDIT_SIGNING_KEY = signingKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The test deployment's personal-data master key (PII_MASTER_KEYS): one fixed key, the id says it is for tests. */
export const TEST_PII_MASTER_KEYS = process.env.PII_MASTER_KEYS ?? `test-1:${Buffer.alloc(32, 7).toString('base64')}`;
const tokens = new TokenService({ issuer: 'tongxin', audience: 'tongxin-api', secret: TEST_JWT_SECRET });

/** The api as deployed (same module and settings as main.ts), on the test database. */
export async function startApi(overrides: Record<string, string> = {}): Promise<INestApplication> {
  const environment = validateEnvironment({
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: testRedisUrl(),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    PII_MASTER_KEYS: TEST_PII_MASTER_KEYS,
    ...overrides,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(environment)] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  return app;
}

export function tokenFor(role: Role, scope: PrincipalScope, subject = `u-${role}`): Promise<string> {
  return tokens.issue(subject, `测试用户 ${role}`, [role], scope);
}

/**
 * Runs the directory and KPI-facts projections in the test process, under names of their own
 * so that test files running in parallel keep separate checkpoints (their writes are idempotent
 * per record: recomputed from the record's whole history).
 */
export async function startDirectoryProjection(
  pool: pg.Pool,
): Promise<{ waitFor(position: number): Promise<void>; stop(): Promise<void> }> {
  const store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
  const suffix = randomUUID().slice(0, 8);
  const reached = [0, 0];
  const runners = [
    new ProjectionRunner({
      pool,
      store,
      projection: { ...directoryProjection, name: `directory-e2e-${suffix}` },
      write: writeDirectory,
      onPage: (page) => (reached[0] = page.nextPosition),
    }),
    new ProjectionRunner({
      pool,
      store,
      projection: { ...kpiFactsProjection, name: `kpi-facts-e2e-${suffix}` },
      write: writeKpiFacts,
      onPage: (page) => (reached[1] = page.nextPosition),
    }),
  ];
  for (const runner of runners) await runner.start();
  return {
    async waitFor(position: number) {
      // Each suite's projections start from the beginning of the shared test log, which grows
      // with every suite before it: catching up can take a while on a 2-core machine.
      const deadline = Date.now() + 45000;
      while (Math.min(...reached) < position) {
        if (Date.now() > deadline) throw new Error(`projections did not reach ${position} (at ${reached.join(', ')})`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      for (const runner of runners) await runner.stop();
      await store.close();
    },
  };
}

/** Ids no other test uses. */
export function uniqueIds(label: string) {
  const suffix = randomUUID().slice(0, 8);
  return {
    districtId: `d-${label}-${suffix}`,
    streetId: `s-${label}-${suffix}`,
    otherStreetId: `s-${label}2-${suffix}`,
    communityId: `c-${label}-${suffix}`,
    suffix,
  };
}

export interface FixtureNames {
  readonly district: string;
  readonly street: string;
  readonly community: string;
  readonly onboardedOn?: string;
}

/**
 * A district with a street and one onboarded community, set up through HTTP as the platform
 * administrator and the street office would, and visible to authorization when it returns.
 */
export async function setUpCommunity(
  app: INestApplication,
  projections: { waitFor(position: number): Promise<void> },
  ids: { districtId: string; streetId: string; communityId: string },
  names: FixtureNames,
): Promise<void> {
  const http = () => request(app.getHttpServer());
  const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
  await http()
    .post('/api/v1/districts')
    .set('Authorization', admin)
    .send({ districtId: ids.districtId, name: names.district })
    .expect(201);
  const street = await http()
    .post(`/api/v1/districts/${ids.districtId}/streets`)
    .set('Authorization', admin)
    .send({ streetId: ids.streetId, name: names.street })
    .expect(201);
  await projections.waitFor(street.body.position);
  const office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
  const community = await http()
    .post(`/api/v1/streets/${ids.streetId}/communities`)
    .set('Authorization', office)
    .send({ communityId: ids.communityId, name: names.community, onboardedOn: names.onboardedOn ?? '2018-07-01' })
    .expect(201);
  await projections.waitFor(community.body.position);
}

/** Concrete ids for a route's path parameters, in either Express (`:id`) or OpenAPI (`{id}`) form. */
export function fillPath(path: string, ids: { districtId: string; streetId: string; communityId: string }): string {
  const values: Record<string, string> = {
    districtId: ids.districtId,
    streetId: ids.streetId,
    communityId: ids.communityId,
    requestId: '00000000-0000-4000-8000-000000000001',
    id: '00000000-0000-4000-8000-000000000002',
    commitmentId: '00000000-0000-4000-8000-000000000003',
    memberId: 'fixture-member',
    importId: 'f'.repeat(32),
    postId: 'fixture-post',
    pairingId: '00000000-0000-4000-8000-000000000004',
    organisationId: 'fixture-branch',
    compoundId: 'fixture-compound',
  };
  return path.replace(
    /:(\w+)|\{(\w+)\}/g,
    (match, colon: string | undefined, brace: string | undefined) => values[(colon ?? brace) as string] ?? match,
  );
}
