import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Worker } from 'bullmq';
import {
  generateSm2KeyPair,
  verifyCheckpoint,
  verifyDistrictCheckpoint,
  type SignedCheckpoint,
  type SignedDistrictCheckpoint,
} from '@tongxin/audit';
import {
  CommandExecutor,
  CommunityCommandHandler,
  CommunityCommandMessage,
  RegistryCommandHandler,
  RegistryCommandMessage,
} from '@tongxin/application';
import { CHECKPOINT_STREAM, DISTRICT_CHECKPOINT_STREAM } from '@tongxin/domain';
import { PostgresEventStore } from '@tongxin/event-store';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { directoryProjection } from '@tongxin/projections';
import { appRoleOption, DirectoryReader, migrateSchema, ProjectionRunner, writeDirectory } from '@tongxin/read-store';
import { allTenantsScope, runInTenantContext, tenantScope, toTenantId } from '@tongxin/tenancy';
import { scratchDatabase, testRedisUrl } from '@tongxin/testing';
import { createSealWorker, scheduleCheckpointSealing, sealQueue } from '@tongxin/jobs';
import { runCli } from '../../cli/src/run-cli.js';

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Interval sealing by the worker (BullMQ job scheduler) with SM2 signatures; it seals every tenant, so it has a database of its own. */
describe('checkpoint sealing at an interval', () => {
  it('seals each community and its district on schedule, SM2-signed, again only when the log grew', async () => {
    const scratch = await scratchDatabase('audit_seal');
    const owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
    const pool = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    for (const p of [owner, pool]) p.on('error', () => undefined);
    const store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    const runner = new ProjectionRunner({ pool, store, projection: directoryProjection, write: writeDirectory });
    const suffix = randomUUID().slice(0, 8);
    const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
    const prefix = `tongxin-test-seal-${suffix}`;
    const queue = sealQueue(connection, prefix);
    const sm2 = generateSm2KeyPair();
    const executor = new CommandExecutor(store, systemClock, uuidGenerator);
    let worker: Worker | null = null;
    try {
      const registry = new RegistryCommandHandler(executor, new DirectoryReader(pool), systemClock);
      const admin = { userId: 'platform', role: 'platform-admin' };
      await runInTenantContext({ scope: allTenantsScope('seed'), actor: admin }, async () => {
        await registry.execute(
          new RegistryCommandMessage(
            { districtId: 'd-xianan' },
            { kind: 'RegisterDistrict', districtId: 'd-xianan', name: '咸安区' },
            { actor: admin },
          ),
        );
        await registry.execute(
          new RegistryCommandMessage(
            { districtId: 'd-xianan' },
            { kind: 'RegisterStreet', streetId: 's-yongan', name: '永安办事处' },
            { actor: admin },
          ),
        );
      });
      await runner.start();
      await until('the street', async () =>
        (await owner.query("select 1 from directory_units where unit_id = 's-yongan'")).rowCount ? true : null,
      );
      await runInTenantContext({ scope: allTenantsScope('seed'), actor: admin }, () =>
        registry.execute(
          new RegistryCommandMessage(
            { districtId: 'd-xianan' },
            {
              kind: 'OnboardCommunity',
              communityId: 'c-fenghuang',
              name: '凤凰社区',
              streetId: 's-yongan',
              onboardedOn: '2018-07-01',
            },
            { actor: admin },
          ),
        ),
      );
      await until('the community', async () =>
        (await owner.query("select 1 from directory_units where unit_id = 'c-fenghuang'")).rowCount ? true : null,
      );
      const communities = new CommunityCommandHandler(executor, new DirectoryReader(pool), systemClock);
      const staff = { userId: 'staff-1', role: 'community-staff' };
      const raise = (requestId = randomUUID()) =>
        runInTenantContext({ scope: tenantScope(toTenantId('c-fenghuang')), actor: staff }, () =>
          communities.execute(
            new CommunityCommandMessage(
              'c-fenghuang',
              'request',
              requestId,
              {
                kind: 'RaiseRequest',
                requestId,
                channel: 'visit',
                category: 'parking',
                description: '停车难',
                by: staff,
              } as never,
              { actor: staff },
            ),
          ),
        );
      await raise();

      worker = createSealWorker(
        { pool, store, executor, clock: systemClock, signingKey: sm2.privateKey },
        connection,
        prefix,
      );
      await scheduleCheckpointSealing(queue, 300);
      expect((await queue.getJobSchedulers()).map((s) => ({ id: s.key, every: s.every }))).toEqual([
        { id: 'audit-seal', every: 300 },
      ]);

      const checkpoints = async () =>
        (
          await store.readStream(tenantScope(toTenantId('c-fenghuang')), toTenantId('c-fenghuang'), CHECKPOINT_STREAM)
        ).filter((e) => e.type === 'CheckpointSealed');
      const districtSeals = async () =>
        await store.readStream(tenantScope(toTenantId('d-xianan')), toTenantId('d-xianan'), DISTRICT_CHECKPOINT_STREAM);
      const first = await until('the first community seal', async () =>
        (await checkpoints()).length >= 1 ? (await checkpoints())[0] : null,
      );
      await until('the first district seal', async () => ((await districtSeals()).length >= 1 ? true : null));

      // The signed statement is rebuilt from the event alone (sealedAt = occurredAt) and verifies under the SM2 key.
      const data = first.data as Omit<SignedCheckpoint, 'tenantId' | 'sealedAt'>;
      const signed: SignedCheckpoint = { ...data, tenantId: 'c-fenghuang', sealedAt: first.occurredAt };
      expect(signed).toMatchObject({ treeSize: 1, signatureAlgorithm: 'sm2', publicKey: sm2.publicKey });
      expect(verifyCheckpoint(signed, sm2.publicKey)).toBe(true);
      expect(verifyCheckpoint({ ...signed, treeSize: 2 }, sm2.publicKey)).toBe(false);

      // Nothing new: several intervals pass without another seal.
      await new Promise((r) => setTimeout(r, 1200));
      expect(await checkpoints()).toHaveLength(1);
      const districtCount = (await districtSeals()).length;
      expect(districtCount).toBeGreaterThanOrEqual(1);

      // The log grows: the next interval seals it, and the district root moves with it.
      await raise();
      const second = await until('the second community seal', async () =>
        (await checkpoints()).length >= 2 ? (await checkpoints())[1] : null,
      );
      expect((second.data as { treeSize: number }).treeSize).toBe(3);
      const district = await until('a district seal over the new root', async () => {
        const seals = await districtSeals();
        const last = seals.at(-1);
        const entry = (last?.data as SignedDistrictCheckpoint | undefined)?.communities.find(
          (c) => c.communityId === 'c-fenghuang',
        );
        return last && entry && entry.treeSize >= 3 ? last : null;
      });
      const districtSigned = {
        ...(district.data as Omit<SignedDistrictCheckpoint, 'districtId' | 'sealedAt'>),
        districtId: 'd-xianan',
        sealedAt: district.occurredAt,
      };
      expect(verifyDistrictCheckpoint(districtSigned, sm2.publicKey)).toEqual({ ok: true, problem: null });
      expect(verifyDistrictCheckpoint({ ...districtSigned, rootHash: '00'.repeat(32) }, sm2.publicKey).ok).toBe(false);
      // The offline verifier (no database) checks it from a file against the trusted SM2 key.
      const dir = mkdtempSync(join(tmpdir(), 'tongxin-district-'));
      writeFileSync(join(dir, 'district.json'), JSON.stringify(districtSigned));
      writeFileSync(join(dir, 'sm2.pub'), sm2.publicKey);
      writeFileSync(
        join(dir, 'forged.json'),
        JSON.stringify({
          ...districtSigned,
          communities: districtSigned.communities.map((c) => ({ ...c, treeSize: c.treeSize + 1 })),
        }),
      );
      const lines: string[] = [];
      expect(
        await runCli(
          ['verify-district', '--file', join(dir, 'district.json'), '--public-key', join(dir, 'sm2.pub')],
          undefined,
          (l) => lines.push(l),
        ),
      ).toBe(0);
      expect(
        await runCli(
          ['verify-district', '--file', join(dir, 'forged.json'), '--public-key', join(dir, 'sm2.pub')],
          undefined,
          (l) => lines.push(l),
        ),
      ).toBe(2);
      expect(lines.join('\n')).toContain('sm2 signature');

      await scheduleCheckpointSealing(queue, 0);
      expect(await queue.getJobSchedulers()).toEqual([]);
    } finally {
      await worker?.close();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await runner.stop();
      await store.close();
      await pool.end();
      await owner.end();
      await scratch.drop();
    }
  }, 60000);
});
