import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { events, migratedTestPool, metadata, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import type { TenantId } from '@tongxin/tenancy';
import { computeEventHash } from '../hashing.js';
import { PostgresEventStore, rowToEnvelope } from './postgres-event-store.js';

/** Guarantee 4: every kind of tampering done through raw SQL is caught and the first bad event named. */
describe('PostgreSQL event store: tamper evidence', () => {
  let appPool: pg.Pool;
  // Tampering is done as the schema owner: the app role may not update or delete events at all.
  let pool: pg.Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    appPool = await migratedTestPool();
    pool = ownerTestPool();
    store = new PostgresEventStore({ pool: appPool });
  });

  afterAll(async () => {
    await store.close();
    await appPool.end();
    await pool.end();
  });

  /** Six events over three streams: sequences 1..6. */
  async function history(s: PostgresEventStore = store): Promise<TenantId> {
    const tenant = uniqueTenant('audit');
    await s.append(tenant, 'request-1', 0, events(2), metadata());
    await s.append(tenant, 'dispute-1', 0, events(2), metadata());
    await s.append(tenant, 'request-1', 2, events(2), metadata());
    return tenant;
  }

  const sql = (text: string, tenant: TenantId, ...params: unknown[]) => pool.query(text, [tenant, ...params]);

  /** A forger who knows the algorithm: a well-formed copy of the event at `sequence` with a valid own hash. */
  async function forgedCopy(tenant: TenantId, sequence: number, newSequence: number, prevHash: string) {
    const row = (await sql('select * from events where tenant_id = $1 and tenant_sequence = $2', tenant, sequence))
      .rows[0];
    const position = Number((await pool.query("select nextval('events_global_position_seq') as p")).rows[0].p);
    const base = {
      ...rowToEnvelope(row),
      eventId: randomUUID(),
      tenantSequence: newSequence,
      streamVersion: 900 + newSequence,
      globalPosition: position,
      prevHash,
      data: { forged: true },
    };
    return { ...base, hash: computeEventHash(base, 'sha256') };
  }

  async function insert(e: Awaited<ReturnType<typeof forgedCopy>>) {
    await pool.query(
      `insert into events (global_position, tenant_id, tenant_sequence, stream_id, stream_version, event_id, event_type, schema_version,
        occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, data, prev_hash, hash)
       values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
      [
        e.globalPosition,
        e.tenantId,
        e.tenantSequence,
        e.streamId,
        e.streamVersion,
        e.eventId,
        e.type,
        e.schemaVersion,
        e.occurredAt,
        e.recordedAt,
        e.actor,
        e.commandId,
        e.correlationId,
        e.causationId,
        e.data,
        e.prevHash,
        e.hash,
      ],
    );
  }

  const hashAt = async (tenant: TenantId, sequence: number): Promise<string> =>
    (await sql('select hash from events where tenant_id = $1 and tenant_sequence = $2', tenant, sequence)).rows[0].hash;

  it('verifies an untouched history with its count and last hash', async () => {
    const tenant = await history();
    expect(await store.verifyTenant(tenant)).toEqual({
      ok: true,
      eventCount: 6,
      lastSequence: 6,
      lastHash: await hashAt(tenant, 6),
      algorithm: 'sha256',
    });
  });

  it('names a modified event', async () => {
    const tenant = await history();
    await sql(
      `update events set data = jsonb_set(data, '{description}', '"已修改"') where tenant_id = $1 and tenant_sequence = 3`,
      tenant,
    );
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'modified', tenantSequence: 3 },
    });
  });

  it('names a modified event even when the forger recomputed its hash', async () => {
    const tenant = await history();
    const forged = await forgedCopy(tenant, 3, 3, await hashAt(tenant, 2));
    await sql(
      'update events set data = $2, hash = $3 where tenant_id = $1 and tenant_sequence = 3',
      tenant,
      forged.data,
      computeEventHash(
        {
          ...rowToEnvelope(
            (await sql('select * from events where tenant_id = $1 and tenant_sequence = 3', tenant)).rows[0],
          ),
          data: forged.data,
        },
        'sha256',
      ),
    );
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'modified', tenantSequence: 4 },
    });
  });

  it('names a deleted event in the middle', async () => {
    const tenant = await history();
    await sql('delete from events where tenant_id = $1 and tenant_sequence = 3', tenant);
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'missing', tenantSequence: 3 },
    });
  });

  it('names a deleted last event by comparing with the chain head', async () => {
    const tenant = await history();
    await sql('delete from events where tenant_id = $1 and tenant_sequence = 6', tenant);
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'missing', tenantSequence: 6 },
    });
  });

  it("names an event appended behind the store's back", async () => {
    const tenant = await history();
    await insert(await forgedCopy(tenant, 6, 7, await hashAt(tenant, 6)));
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'inserted', tenantSequence: 7 },
    });
  });

  it('names an event slipped into the middle', async () => {
    const tenant = await history();
    const forged = await forgedCopy(tenant, 2, 3, await hashAt(tenant, 2));
    await sql(
      'update events set tenant_sequence = tenant_sequence + 1000 where tenant_id = $1 and tenant_sequence >= 3',
      tenant,
    );
    await sql(
      'update events set tenant_sequence = tenant_sequence - 999 where tenant_id = $1 and tenant_sequence > 1000',
      tenant,
    );
    await insert(forged);
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'inserted', tenantSequence: 3, eventId: forged.eventId },
    });
  });

  it('names two events that swapped places', async () => {
    const tenant = await history();
    await sql('update events set tenant_sequence = 100 where tenant_id = $1 and tenant_sequence = 3', tenant);
    await sql('update events set tenant_sequence = 3 where tenant_id = $1 and tenant_sequence = 4', tenant);
    await sql('update events set tenant_sequence = 4 where tenant_id = $1 and tenant_sequence = 100', tenant);
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'reordered', tenantSequence: 3 },
    });
  });

  it('names two events whose global positions were swapped', async () => {
    const tenant = await history();
    const rows = (
      await sql(
        'select tenant_sequence, global_position from events where tenant_id = $1 and tenant_sequence in (3, 4) order by 1',
        tenant,
      )
    ).rows;
    await sql('update events set global_position = -1 where tenant_id = $1 and tenant_sequence = 3', tenant);
    await sql(
      'update events set global_position = $2 where tenant_id = $1 and tenant_sequence = 4',
      tenant,
      rows[0].global_position,
    );
    await sql(
      'update events set global_position = $2 where tenant_id = $1 and tenant_sequence = 3',
      tenant,
      rows[1].global_position,
    );
    // Positions are not hashed (they order tenants among each other); verify checks they grow with the
    // sequence, so the break shows at the event that now comes before its predecessor.
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      firstBad: { problem: 'reordered', tenantSequence: 4 },
    });
  });

  it("chains with SM3 when configured, keeps the algorithm for the tenant's life, and still catches tampering", async () => {
    const sm3Store = new PostgresEventStore({ pool: appPool, hashAlgorithm: 'sm3' });
    const tenant = await history(sm3Store);
    await store.append(tenant, 'request-2', 0, events(1), metadata()); // a sha256-configured writer joins
    expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 7, algorithm: 'sm3' });
    const chain = (await sql('select hash_algorithm from tenant_chains where tenant_id = $1', tenant)).rows[0];
    expect(chain.hash_algorithm).toBe('sm3');
    await sql(
      `update events set occurred_at = occurred_at - interval '1 day' where tenant_id = $1 and tenant_sequence = 5`,
      tenant,
    );
    expect(await store.verifyTenant(tenant)).toMatchObject({
      ok: false,
      algorithm: 'sm3',
      firstBad: { problem: 'modified', tenantSequence: 5 },
    });
    await sm3Store.close();
  });
});
