import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { DirectoryChange, RecordEventChange, RecordKind } from '@tongxin/projections';
import { migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { allTenantsScope, tenantScope, type TenantId } from '@tongxin/tenancy';
import { writeDirectory } from '../postgres/directory.writer.js';
import { writeKpiFacts } from '../postgres/kpi-facts.writer.js';
import { KpiReader, type PeriodKind } from '../postgres/kpi.reader.js';
import { periodKpisOfFacts, shanghaiInstant, type FactDocument } from './documents.js';

/**
 * No MongoDB server runs here, but the Mongo adapter's KPI arithmetic (documents.ts) can still be
 * held to the SQL reader on real PostgreSQL: the same facts, every period kind, every key.
 */
describe('Mongo read store arithmetic equals the PostgreSQL KPI reader on the same facts', () => {
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

  it('for a random year of requests, disputes and volunteer hours across month, year and ISO-week boundaries', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const district = uniqueTenant('d-mx');
    const communities = [uniqueTenant('c-mx'), uniqueTenant('c-mx')];
    const directory: DirectoryChange[] = [
      {
        kind: 'unit-added',
        unitId: district,
        unitKind: 'district',
        name: '算术区',
        districtId: district,
        streetId: null,
        onboardedOn: null,
      },
      ...communities.map((c): DirectoryChange => ({
        kind: 'unit-added',
        unitId: c,
        unitKind: 'community',
        name: c,
        districtId: district,
        streetId: 's-x',
        onboardedOn: '2025-01-01',
      })),
    ];
    let position = 0;
    const changes: RecordEventChange[] = [];
    const push = (
      tenantId: TenantId,
      kind: RecordKind,
      recordId: string,
      type: string,
      at: number,
      data: Record<string, unknown> = {},
    ) =>
      changes.push({
        tenantId,
        kind,
        recordId,
        position: (position += 1),
        recordedAt: new Date(at).toISOString(),
        event: { eventId: randomUUID(), type, occurredAt: new Date(at).toISOString(), data },
      });
    const start = Date.parse('2025-12-20T00:00:00Z');
    const hour = 3600_000;
    for (let i = 0; i < 240; i += 1) {
      const tenant = communities[i % 2];
      const at = start + Math.floor(random() * 400 * 24) * hour;
      const id = `r${i}`;
      push(tenant, 'request', id, 'RequestRaised', at, { channel: 'visit', category: '路灯', description: 'x' });
      push(tenant, 'request', id, 'RequestDispatched', at + hour, {
        assignee: { kind: 'party-member', name: '李' },
        respondBy: new Date(at + 4 * hour).toISOString(),
        resolveBy: new Date(at + 48 * hour).toISOString(),
      });
      push(tenant, 'request', id, 'RequestAccepted', at + Math.floor(1 + random() * 6) * hour);
      if (random() < 0.15)
        push(tenant, 'request', id, 'RequestExcludedFromAssessment', at + 5 * hour, { reason: '核减' });
      if (random() < 0.75) {
        push(tenant, 'request', id, 'RequestResolved', at + Math.floor(2 + random() * 80) * hour);
        if (random() < 0.6)
          push(tenant, 'request', id, 'RequestRated', at + 90 * hour, {
            rating: random() < 0.8 ? 'satisfied' : 'unsatisfied',
          });
        if (random() < 0.1) push(tenant, 'request', id, 'RequestReopened', at + 100 * hour);
      }
    }
    for (let i = 0; i < 60; i += 1) {
      const tenant = communities[i % 2];
      const at = start + Math.floor(random() * 400 * 24) * hour;
      push(tenant, 'dispute', `d${i}`, 'DisputeRegistered', at);
      if (random() < 0.8)
        push(tenant, 'dispute', `d${i}`, random() < 0.7 ? 'DisputeMediated' : 'DisputeReferred', at + 30 * hour);
      push(tenant, 'member', `m${i}`, 'PartyMemberRegistered', at);
      push(tenant, 'member', `m${i}`, 'VolunteerServiceLogged', at + 2 * hour, { hours: [0.5, 1.25, 2, 3.75][i % 4] });
    }
    await inScopedTransaction(pool, allTenantsScope('projector'), async (client) => {
      await writeDirectory(client, directory);
      await writeKpiFacts(client, changes);
    });

    const reader = new KpiReader(pool);
    const scope = tenantScope(district, ...communities);
    const from = '2025-12-01';
    const to = '2027-02-01';
    const rows = (
      await owner.query(
        'select fact, occurred_at, resolved_now, in_time, positive, excluded, amount from record_facts where tenant_id = any($1) and occurred_at >= $2 and occurred_at < $3',
        [communities, shanghaiInstant(from), shanghaiInstant(to)],
      )
    ).rows;
    const facts: Pick<
      FactDocument,
      'fact' | 'occurredAt' | 'resolvedNow' | 'inTime' | 'positive' | 'excluded' | 'amount'
    >[] = rows.map((r) => ({
      fact: r.fact,
      occurredAt: r.occurred_at,
      resolvedNow: r.resolved_now,
      inTime: r.in_time,
      positive: r.positive,
      excluded: r.excluded,
      amount: r.amount === null ? null : Number(r.amount),
    }));
    expect(facts.length).toBeGreaterThan(600);
    for (const period of ['day', 'week', 'month', 'quarter', 'year'] as PeriodKind[]) {
      const sql = await reader.kpis(scope, 'district', district, period, from, to);
      expect({ period, figures: periodKpisOfFacts(facts, period) }).toEqual({ period, figures: sql });
    }
  }, 60_000);
});
