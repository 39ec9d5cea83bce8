import type pg from 'pg';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@tongxin/event-store';
import { events, metadata, migratedTestPool, ownerTestPool, testRedisUrl, uniqueTenant } from '@tongxin/testing';
import { createAuditWorker } from './audit.worker.js';
import { JOB_NAMES } from './queues.js';

describe('audit worker (BullMQ on real Redis)', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;
  const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
  // A queue per run keeps parallel test runs on one Redis apart.
  const prefix = `tongxin-test-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    pool = await migratedTestPool();
    store = new PostgresEventStore({ pool });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  it('verifies a tenant chain on request and reports tampering', async () => {
    const tenant = uniqueTenant('job');
    await store.append(tenant, 'request-1', 0, events(4), metadata());
    const worker = createAuditWorker(store, connection, prefix);
    const queue = new Queue('tongxin-audit', { connection, prefix });
    const queueEvents = new QueueEvents('tongxin-audit', { connection, prefix });
    try {
      await queueEvents.waitUntilReady();
      const ok = await queue.add(JOB_NAMES.verifyTenant, { tenantId: tenant });
      expect(await ok.waitUntilFinished(queueEvents, 10000)).toMatchObject({ ok: true, eventCount: 4 });

      const owner = ownerTestPool();
      await owner.query('delete from events where tenant_id = $1 and tenant_sequence = 2', [tenant]);
      await owner.end();
      const bad = await queue.add(JOB_NAMES.verifyTenant, { tenantId: tenant });
      expect(await bad.waitUntilFinished(queueEvents, 10000)).toMatchObject({
        ok: false,
        firstBad: { problem: 'missing', tenantSequence: 2 },
      });
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await queueEvents.close();
    }
  });
});
