import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { validateEnvironment } from '@tongxin/config';
import { testDatabaseUrl, testRedisUrl } from '@tongxin/testing';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

/** The api as deployed (same module and settings as main.ts), on the test database. */
export async function startApi(overrides: Record<string, string> = {}): Promise<INestApplication> {
  const environment = validateEnvironment({
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: testRedisUrl(),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...overrides,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(environment)] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  return app;
}
