import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { migratedTestPool } from '@tongxin/testing';
import { startApi } from './app.js';

describe('health endpoints (real PostgreSQL and Redis)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    await (await migratedTestPool(1)).end();
    app = await startApi();
  });
  afterAll(() => app.close());

  it('GET /health/live answers 200 without touching dependencies', async () => {
    await request(app.getHttpServer())
      .get('/health/live')
      .expect(200, { status: 'ok', info: {}, error: {}, details: {} });
  });

  it('GET /health/ready reports PostgreSQL and Redis up', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      details: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('reports Redis degraded, not down, when it is unreachable: commands do not depend on it', async () => {
    const withoutRedis = await startApi({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await request(withoutRedis.getHttpServer()).get('/health/ready').expect(200);
      expect(response.body).toMatchObject({
        status: 'degraded',
        details: { postgres: { status: 'up' }, redis: { status: 'degraded' } },
      });
    } finally {
      await withoutRedis.close();
    }
  });

  it('reports 503 when PostgreSQL is unreachable', async () => {
    const withoutDatabase = await startApi({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    try {
      const response = await request(withoutDatabase.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body).toMatchObject({ status: 'error', details: { postgres: { status: 'down' } } });
    } finally {
      await withoutDatabase.close();
    }
  });
});
