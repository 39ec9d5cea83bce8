import { randomUUID } from 'node:crypto';
import { tenantScope, toTenantId, type TenantId } from '@tongxin/tenancy';
import type { EventStore } from '../event-store.port.js';
import type { AppendMetadata, NewEvent } from '../envelope.js';

/**
 * The behaviour every EventStore adapter must show. Run against PostgreSQL always, and
 * against KurrentDB/EventStoreDB when EVENTSTORE_URL is set.
 */
export interface ContractContext {
  store(): EventStore;
}

const actor = { userId: 'u-contract', role: 'community-staff' } as const;
const meta = (overrides: Partial<AppendMetadata> = {}): AppendMetadata => ({ actor, ...overrides });

function raised(n: number, extra: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'RequestRaised',
    schemaVersion: 1,
    occurredAt: '2026-11-20T11:00:00.000Z',
    data: { n, channel: 'hotline', category: 'elevator', description: `2单元电梯故障 #${n}`, ...extra },
  };
}

function tenant(): TenantId {
  return toTenantId(`c-${randomUUID().slice(0, 12)}`);
}

export function eventStoreContract(ctx: ContractContext): void {
  it('appends to a new stream and reads back the full envelope in order', async () => {
    const t = tenant();
    const events = [raised(1), raised(2)];
    const result = await ctx
      .store()
      .append(t, 'request-1', 0, events, meta({ commandId: randomUUID(), correlationId: 'corr-1' }));
    expect(result.nextExpectedVersion).toBe(2);
    expect(result.duplicate).toBe(false);
    expect(result.lastPosition).toBeGreaterThan(result.firstPosition);

    const read = await ctx.store().readStream(tenantScope(t), t, 'request-1');
    expect(read.map((e) => [e.eventId, e.streamVersion, e.tenantSequence])).toEqual([
      [events[0]?.eventId, 1, 1],
      [events[1]?.eventId, 2, 2],
    ]);
    expect(read[0]).toMatchObject({
      tenantId: t,
      type: 'RequestRaised',
      schemaVersion: 1,
      occurredAt: '2026-11-20T11:00:00.000Z',
      actor,
      correlationId: 'corr-1',
      data: { n: 1, category: 'elevator' },
    });
    expect(read[1]?.prevHash).toBe(read[0]?.hash);
  });

  it('refuses a stale expected version with the expected and actual versions, and writes nothing', async () => {
    const t = tenant();
    await ctx.store().append(t, 'request-2', 0, [raised(1)], meta());
    await expect(ctx.store().append(t, 'request-2', 0, [raised(2)], meta())).rejects.toMatchObject({
      code: 'STREAM_VERSION_CONFLICT',
      expectedVersion: 0,
      actualVersion: 1,
    });
    expect(await ctx.store().readStream(tenantScope(t), t, 'request-2')).toHaveLength(1);
  });

  it('treats a retry with the same event ids as the original call', async () => {
    const t = tenant();
    const events = [raised(1)];
    const first = await ctx.store().append(t, 'request-3', 0, events, meta());
    const retry = await ctx.store().append(t, 'request-3', 0, events, meta());
    expect(retry.duplicate).toBe(true);
    expect(retry.firstPosition).toBe(first.firstPosition);
    expect(retry.nextExpectedVersion).toBe(1);
    expect(await ctx.store().readStream(tenantScope(t), t, 'request-3')).toHaveLength(1);
  });

  it('treats a retry with the same command id as the original call, even with fresh event ids', async () => {
    const t = tenant();
    const commandId = randomUUID();
    const first = await ctx.store().append(t, 'request-4', 0, [raised(1)], meta({ commandId }));
    const retry = await ctx.store().append(t, 'request-4', 0, [raised(1)], meta({ commandId }));
    expect(retry.duplicate).toBe(true);
    expect(retry.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await ctx.store().readStream(tenantScope(t), t, 'request-4')).toHaveLength(1);
  });

  it('keeps tenants apart: reads outside the scope are refused or empty', async () => {
    const a = tenant();
    const b = tenant();
    await ctx.store().append(a, 'request-5', 0, [raised(1, { secret: 'a' })], meta());
    await ctx.store().append(b, 'request-5', 0, [raised(1, { secret: 'b' })], meta());
    await expect(ctx.store().readStream(tenantScope(b), a, 'request-5')).rejects.toMatchObject({
      code: 'TENANT_REQUIRED',
    });
    const page = await ctx.store().readAll(tenantScope(b), { fromPosition: 0, limit: 10000 });
    expect(page.events.map((e) => e.data)).toEqual([expect.objectContaining({ secret: 'b' })]);
    await expect(ctx.store().readAll(undefined as never)).rejects.toMatchObject({ code: 'TENANT_REQUIRED' });
  });

  it('appends several streams of a tenant atomically: one conflict writes nothing', async () => {
    const t = tenant();
    await ctx.store().append(t, 'wish-1', 0, [raised(1)], meta());
    await expect(
      ctx.store().appendBatch(
        t,
        [
          { streamId: 'wish-2', expectedVersion: 0, events: [raised(2)] },
          { streamId: 'wish-1', expectedVersion: 0, events: [raised(3)] },
        ],
        meta(),
      ),
    ).rejects.toMatchObject({ code: 'STREAM_VERSION_CONFLICT', streamId: 'wish-1' });
    expect(await ctx.store().readStream(tenantScope(t), t, 'wish-2')).toEqual([]);

    const results = await ctx.store().appendBatch(
      t,
      [
        { streamId: 'wish-2', expectedVersion: 0, events: [raised(2), raised(3)] },
        { streamId: 'wish-1', expectedVersion: 1, events: [raised(4)] },
      ],
      meta(),
    );
    expect(results.map((r) => [r.streamId, r.nextExpectedVersion])).toEqual([
      ['wish-2', 2],
      ['wish-1', 2],
    ]);
  });

  it('refuses malformed events before writing anything', async () => {
    const t = tenant();
    await expect(
      ctx.store().append(t, 'request-6', 0, [{ ...raised(1), eventId: 'not-a-uuid' }], meta()),
    ).rejects.toMatchObject({
      code: 'INVALID_EVENT',
      details: { field: 'eventId' },
    });
    await expect(
      ctx.store().append(t, 'request-6', 0, [{ ...raised(1), occurredAt: 'yesterday' }], meta()),
    ).rejects.toMatchObject({
      code: 'INVALID_EVENT',
      details: { field: 'occurredAt' },
    });
    await expect(ctx.store().append('' as TenantId, 'request-6', 0, [raised(1)], meta())).rejects.toMatchObject({
      code: 'TENANT_REQUIRED',
    });
    expect(await ctx.store().readStream(tenantScope(t), t, 'request-6')).toEqual([]);
  });

  it('reads the global log in increasing position from a given position', async () => {
    const t = tenant();
    for (let i = 0; i < 5; i += 1) await ctx.store().append(t, `request-${i}`, 0, [raised(i)], meta());
    const all = await ctx.store().readAll(tenantScope(t), { fromPosition: 0, limit: 100 });
    expect(all.events.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4]);
    const second = all.events[1]?.globalPosition;
    const rest = await ctx.store().readAll(tenantScope(t), { fromPosition: second, limit: 100 });
    expect(rest.events.map((e) => (e.data as { n: number }).n)).toEqual([2, 3, 4]);
    const positions = all.events.map((e) => e.globalPosition);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });
}
