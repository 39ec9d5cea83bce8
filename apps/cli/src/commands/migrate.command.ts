import type pg from 'pg';
import { migrateSchema } from '@tongxin/read-store';

export async function migrateCommand(pool: pg.Pool, print: (line: string) => void): Promise<number> {
  const report = await migrateSchema(pool);
  print(
    report.applied.length > 0
      ? `已执行迁移 / applied migrations: ${report.applied.join(', ')}`
      : `数据库已是最新 / schema is up to date (${report.alreadyApplied.length} migrations)`,
  );
  return 0;
}
