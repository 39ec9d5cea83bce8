import type pg from 'pg';
import {
  CommandExecutor,
  CommunityCommandHandler,
  createPiiCodec,
  CommunityCommandMessage,
  HolidayCalendarCommandHandler,
  RegistryCommandHandler,
  RegistryCommandMessage,
  seedHolidayCalendars,
} from '@tongxin/application';
import type { RegistryCommand } from '@tongxin/domain';
import type { Environment } from '@tongxin/config';
import { inScopedTransaction, type EventStore } from '@tongxin/event-store';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { directoryProjection } from '@tongxin/projections';
import { DirectoryReader, ProjectionRunner, writeDirectory } from '@tongxin/read-store';
import { DEMO_FIGURES, demoPlan } from '../demo/demo-plan.js';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';

/** The districts, streets and communities of the seed articles (domain.md §6). */
export const DEMO_HIERARCHY = [
  {
    districtId: 'd-xianan',
    name: '咸安区',
    streets: [
      {
        streetId: 's-yongan',
        name: '永安办事处',
        communities: [{ communityId: 'c-fenghuang', name: '凤凰社区', onboardedOn: '2018-07-01' }],
      },
    ],
  },
  {
    districtId: 'd-tianxin',
    name: '天心区',
    streets: [
      {
        streetId: 's-chiling',
        name: '赤岭路街道',
        communities: [{ communityId: 'c-furongnanlu', name: '芙蓉南路社区', onboardedOn: '2019-01-01' }],
      },
      {
        streetId: 's-guihuaping',
        name: '桂花坪街道',
        communities: [{ communityId: 'c-xinyuan', name: '新园社区', onboardedOn: '2017-12-01' }],
      },
    ],
  },
  {
    districtId: 'd-enshi',
    name: '恩施市',
    streets: [
      {
        streetId: 's-jinziba',
        name: '金子坝街道办事处',
        communities: [{ communityId: 'c-huangniba', name: '黄泥坝社区', onboardedOn: '2021-03-01' }],
      },
    ],
  },
  {
    districtId: 'd-wuping',
    name: '武平县',
    streets: [
      {
        streetId: 's-pingchuan',
        name: '平川街道',
        communities: [{ communityId: 'c-nanmen', name: '南门社区', onboardedOn: '2020-01-01' }],
      },
    ],
  },
] as const;

/**
 * Onboards the demo hierarchy and records about three years of governance in each demo
 * community, through the same command handlers the api uses. Every command carries a fixed
 * idempotency key, so running it again changes nothing; a community whose history is already
 * there is skipped.
 */
export async function seedDemoCommand(
  pool: pg.Pool,
  store: EventStore,
  environment: Pick<Environment, 'PII_MASTER_KEYS' | 'PII_CIPHER'>,
  print: (line: string) => void,
): Promise<number> {
  // Demo welfare applicants, dispute parties and members are personal data: sealed like the api seals them.
  const pii = createPiiCodec(pool, environment);
  const handler = new RegistryCommandHandler(
    new CommandExecutor(store, systemClock, uuidGenerator, pii),
    new DirectoryReader(pool),
    systemClock,
  );
  const actor = { userId: 'system:seed-demo', role: 'platform-admin' };
  let written = 0;
  const run = async (districtId: string, key: string, command: RegistryCommand) => {
    const outcome = await handler.execute(
      new RegistryCommandMessage({ districtId }, command, { actor, commandId: `seed-demo:${key}` }),
    );
    if (!outcome.duplicate) written += outcome.eventIds.length;
  };
  // 节假日安排 of every year the chinese-days package covers, so working-time deadlines count holidays and 调休.
  const calendarYears = await runInTenantContext({ scope: allTenantsScope('seed'), actor }, () =>
    seedHolidayCalendars(
      new HolidayCalendarCommandHandler(new CommandExecutor(store, systemClock, uuidGenerator)),
      actor,
    ),
  );
  written += calendarYears.length;
  await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
    for (const district of DEMO_HIERARCHY) {
      await run(district.districtId, district.districtId, {
        kind: 'RegisterDistrict',
        districtId: district.districtId,
        name: district.name,
      });
      for (const street of district.streets) {
        await run(district.districtId, street.streetId, {
          kind: 'RegisterStreet',
          streetId: street.streetId,
          name: street.name,
        });
        for (const c of street.communities) {
          await run(district.districtId, c.communityId, {
            kind: 'OnboardCommunity',
            communityId: c.communityId,
            name: c.name,
            streetId: street.streetId,
            onboardedOn: c.onboardedOn,
          });
        }
      }
    }
  });
  await catchUpDirectory(pool, store);
  const communities = new CommunityCommandHandler(
    new CommandExecutor(store, systemClock, uuidGenerator, pii),
    new DirectoryReader(pool),
    systemClock,
  );
  const now = systemClock.now();
  for (const figures of DEMO_FIGURES) {
    const steps = demoPlan(figures, now);
    // Under row-level security a query sees only the tenants its transaction names.
    const recorded = await inScopedTransaction(pool, allTenantsScope('seed'), (client) =>
      client.query<{ n: string }>(
        "select count(*) as n from events where tenant_id = $1 and command_id like 'seed-demo:%'",
        [figures.communityId],
      ),
    ).catch(() => ({ rows: [{ n: '0' }] }));
    if (Number(recorded.rows[0]?.n) >= steps.length) continue;
    await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
      for (const step of steps) {
        const outcome = await communities.execute(
          new CommunityCommandMessage(figures.communityId, step.record, step.recordId, step.command, {
            actor: step.actor,
            commandId: `seed-demo:${step.key}`,
            occurredAt: step.occurredAt,
          }),
        );
        if (!outcome.duplicate) written += outcome.eventIds.length;
      }
    });
  }
  print(
    written > 0 ? `演示数据已写入 / demo data seeded: ${written} events` : '演示数据已存在 / demo data already present',
  );
  return 0;
}

/**
 * Community commands look their community up in the directory read model. The projector may
 * not run yet, so the seed brings the directory up to date itself, under its own checkpoint
 * (directory writes are idempotent, so two runners never conflict).
 */
async function catchUpDirectory(pool: pg.Pool, store: EventStore): Promise<void> {
  // Read under the seed's all-tenants scope: as the app role, an unscoped read sees no events (RLS), and the wait would end at once.
  const target = Number(
    (
      await inScopedTransaction(pool, allTenantsScope('seed'), (client) =>
        client.query<{ p: string }>('select coalesce(max(global_position), 0) as p from events'),
      )
    ).rows[0]?.p,
  );
  let reached = 0;
  const runner = new ProjectionRunner({
    pool,
    store,
    projection: { ...directoryProjection, name: 'directory-seed' },
    write: writeDirectory,
    onPage: (page) => (reached = page.nextPosition),
  });
  const subscription = await runner.start();
  // Where an earlier seed left the directory: when nothing was written since, no page ever comes.
  const checkpoint = await pool.query<{ position: string }>(
    "select position from projection_checkpoints where projection = 'directory-seed'",
  );
  reached = Math.max(reached, Number(checkpoint.rows[0]?.position ?? 0));
  // Generous: on a loaded machine the catch-up is slow, and seeding against a stale directory fails.
  const deadline = Date.now() + 300_000;
  while (reached < target && Date.now() < deadline) {
    await Promise.race([subscription.done, new Promise((r) => setTimeout(r, 20))]);
  }
  await runner.stop();
  if (reached < target)
    throw new Error(`directory projection reached ${reached} of ${target} events in 5 minutes; demo seed not written`);
}
