import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { RecordEventChange, RecordKind } from '@tongxin/projections';
import { migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import type { TenantId } from '@tongxin/tenancy';
import { writeKpiFactsInBulk } from './kpi-facts.bulk-writer.js';
import { writeKpiFacts } from './kpi-facts.writer.js';
import type { ReadModelWriter } from './projection-runner.js';

/** The rebuild's set-based writer must leave exactly the rows the live writer leaves, every column. */
describe('KPI facts bulk writer (rebuilds) equals the live writer', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
  });
  afterAll(async () => {
    await pool.end();
    await owner.end();
  });

  /** One history of every record kind, with a void, a reopen, an exclusion (核减) and a voided creation. */
  function history(tenantId: TenantId): RecordEventChange[] {
    let position = 0;
    const ids = new Map<string, string>();
    const e = (
      kind: RecordKind,
      recordId: string,
      type: string,
      occurredAt: string,
      data: Record<string, unknown> = {},
      label?: string,
    ): RecordEventChange => {
      const eventId = randomUUID();
      if (label) ids.set(label, eventId);
      position += 1;
      return { tenantId, kind, recordId, position, recordedAt: occurredAt, event: { eventId, type, occurredAt, data } };
    };
    const dispatch = {
      assignee: { kind: 'party-member', id: 'm-1', name: '李' },
      respondBy: '2026-03-01T06:00:00.000Z',
      resolveBy: '2026-03-03T00:00:00.000Z',
    };
    const raised = { channel: 'visit', category: '路灯', description: '路灯不亮' };
    const changes = [
      e('request', 'r1', 'RequestRaised', '2026-03-01T01:00:00.000Z', raised),
      e('request', 'r2', 'RequestRaised', '2026-03-01T02:00:00.000Z', raised),
      e('request', 'r1', 'RequestDispatched', '2026-03-01T02:00:00.000Z', dispatch),
      e('request', 'r1', 'RequestAccepted', '2026-03-01T03:00:00.000Z', {}),
      e('dispute', 'd1', 'DisputeRegistered', '2026-03-02T01:00:00.000Z', {}),
      e('request', 'r2', 'RequestDispatched', '2026-03-01T03:00:00.000Z', dispatch),
      e('request', 'r1', 'RequestResolved', '2026-03-01T09:00:00.000Z', {}),
      e('request', 'r2', 'RequestAccepted', '2026-03-01T08:00:00.000Z', {}),
      e('request', 'r1', 'RequestRated', '2026-03-01T10:00:00.000Z', { rating: 'satisfied' }),
      e('request', 'r2', 'RequestResolved', '2026-03-02T09:00:00.000Z', {}),
      e('request', 'r2', 'RequestReopened', '2026-03-03T09:00:00.000Z', {}),
      e('request', 'r3', 'RequestRaised', '2026-03-04T01:00:00.000Z', raised, 'r3-raised'),
      e('dispute', 'd1', 'DisputeMediated', '2026-03-05T01:00:00.000Z', {}),
      e('request', 'r4', 'RequestRaised', '2026-03-04T02:00:00.000Z', raised),
      e('request', 'r4', 'RequestExcludedFromAssessment', '2026-03-04T03:00:00.000Z', { reason: '不可抗力' }),
      e('request', 'r1', 'RequestRated', '2026-03-06T10:00:00.000Z', { rating: 'unsatisfied' }, 'r1-second-rating'),
      e('wish', 'w1', 'WishPosted', '2026-04-01T01:00:00.000Z', {}),
      e('wish', 'w1', 'WishClaimed', '2026-04-02T01:00:00.000Z', {}),
      e('member', 'm1', 'PartyMemberRegistered', '2026-01-01T01:00:00.000Z', {}),
      e('member', 'm1', 'PartyMemberReportedIn', '2026-01-02T01:00:00.000Z', { mode: 'resident' }),
      e('member', 'm1', 'VolunteerServiceLogged', '2026-02-02T01:00:00.000Z', { hours: 2.5 }),
      e('structure', 'structure', 'CompoundRegistered', '2026-01-01T00:00:00.000Z', { compoundId: 'x1' }),
      e('structure', 'structure', 'PartyOrganisationRegistered', '2026-01-05T00:00:00.000Z', {
        compoundId: 'x1',
        level: 'compound-branch',
      }),
      e('works', 'k1', 'WorksCompleted', '2026-05-01T00:00:00.000Z', { kind: 'streetLamps', quantity: 12 }),
      e('welfare', 'f1', 'WelfareApplied', '2026-05-01T00:00:00.000Z', {}),
      e('welfare', 'f1', 'WelfareDecided', '2026-05-09T00:00:00.000Z', { outcome: 'granted' }),
    ];
    changes.push(
      e('request', 'r3', 'EventVoided', '2026-03-05T00:00:00.000Z', { voidedEventId: ids.get('r3-raised') }),
    );
    changes.push(
      e('request', 'r1', 'EventVoided', '2026-03-07T00:00:00.000Z', { voidedEventId: ids.get('r1-second-rating') }),
    );
    changes.push(e('request', 'r2', 'RequestResolved', '2026-03-04T09:00:00.000Z', {}));
    return changes;
  }

  async function apply(
    write: ReadModelWriter<RecordEventChange>,
    changes: RecordEventChange[],
    pageSize: number,
  ): Promise<void> {
    for (let i = 0; i < changes.length; i += pageSize) {
      await inScopedTransaction(pool, { kind: 'tenants', tenantIds: [changes[0].tenantId] }, (client) =>
        write(client, changes.slice(i, i + pageSize)),
      );
    }
  }

  async function rows(table: string, tenant: string): Promise<string[]> {
    const result = await owner.query(
      `select (to_jsonb(t) - 'tenant_id')::text as row from ${table} t where tenant_id = $1`,
      [tenant],
    );
    return result.rows.map((r) => r.row as string).sort();
  }

  it.each([
    [3, 7],
    [1, 40],
  ])(
    'live writer in pages of %i, bulk writer in pages of %i: the same history, facts and queue rows',
    async (livePage, bulkPage) => {
      const live = uniqueTenant('bw');
      const bulk = uniqueTenant('bw');
      const liveChanges = history(live);
      // The same events (same ids and positions) under the other tenant.
      const bulkChanges = liveChanges.map((c) => ({ ...c, tenantId: bulk }));
      await apply(writeKpiFacts, liveChanges, livePage);
      await apply(writeKpiFactsInBulk, bulkChanges, bulkPage);
      for (const table of ['record_history', 'record_facts', 'request_queue']) {
        const expected = await rows(table, live);
        expect(expected.length).toBeGreaterThan(0);
        expect({ table, rows: await rows(table, bulk) }).toEqual({ table, rows: expected });
      }
      // The voided creation removed r3 from the queue; the exclusion and the reopen show.
      const queue = (
        await owner.query(
          'select request_id, status, excluded from request_queue where tenant_id = $1 order by request_id',
          [bulk],
        )
      ).rows;
      expect(queue).toEqual([
        { request_id: 'r1', status: 'rated', excluded: false },
        { request_id: 'r2', status: 'resolved', excluded: false },
        { request_id: 'r4', status: 'raised', excluded: true },
      ]);
    },
  );
});
