import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi } from './app.js';

/** A built dashboard stand-in: the api must serve its page and assets, never hide api paths behind it. */
function fakeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'tongxin-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>同心</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  return root;
}

describe('web sign-in and the dashboard page', () => {
  let demo: INestApplication;
  let closed: INestApplication;

  beforeAll(async () => {
    demo = await startApi({ DEMO_SIGN_IN: 'true', WEB_ROOT: fakeWebRoot() });
    closed = await startApi({ DEMO_SIGN_IN: 'false' });
  });
  afterAll(async () => {
    await demo.close();
    await closed.close();
  });

  it('lists one demo user per role and signs in as one of them with a working token', async () => {
    const users = await request(demo.getHttpServer()).get('/api/v1/demo/users').expect(200);
    const roles = new Set(users.body.users.map((u: { role: string }) => u.role));
    expect(roles).toEqual(
      new Set([
        'platform-admin',
        'district-committee',
        'street-office',
        'community-admin',
        'community-staff',
        'grid-worker',
        'party-member',
        'resident',
        'department',
        'auditor',
      ]),
    );
    expect(users.body.users.find((u: { subject: string }) => u.subject === 'demo-street-yongan')).toMatchObject({
      name: '永安办事处',
      roleLabel: expect.stringMatching(/街道/),
    });

    const signedIn = await request(demo.getHttpServer())
      .post('/api/v1/demo/sign-in')
      .send({ subject: 'demo-street-yongan' })
      .expect(200);
    const me = await request(demo.getHttpServer())
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${signedIn.body.token}`)
      .expect(200);
    expect(me.body).toMatchObject({
      subject: 'demo-street-yongan',
      roles: ['street-office'],
      scope: { streetId: 's-yongan' },
    });
  });

  it('refuses unknown users and bad bodies', async () => {
    const unknown = await request(demo.getHttpServer())
      .post('/api/v1/demo/sign-in')
      .send({ subject: 'mallory' })
      .expect(404);
    expect(unknown.body.code).toBe('DEMO_USER_NOT_FOUND');
    const bad = await request(demo.getHttpServer())
      .post('/api/v1/demo/sign-in')
      .send({ subject: 42, extra: true })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['extra', 'subject']);
  });

  it('hands out nothing when demo sign-in is off', async () => {
    const users = await request(closed.getHttpServer()).get('/api/v1/demo/users').expect(404);
    expect(users.body).toMatchObject({
      code: 'DEMO_SIGN_IN_DISABLED',
      messageEn: expect.stringMatching(/identity provider/),
    });
    await request(closed.getHttpServer())
      .post('/api/v1/demo/sign-in')
      .send({ subject: 'demo-platform-admin' })
      .expect(404);
  });

  it('serves the dashboard page at / and at page paths, assets with long caching, and keeps api paths as api answers', async () => {
    const page = await request(demo.getHttpServer()).get('/district/d-xianan').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe('no-cache');
    await request(demo.getHttpServer()).get('/').set('Accept', 'text/html').expect(200, /同心/);
    const asset = await request(demo.getHttpServer()).get('/assets/app-1234.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await request(demo.getHttpServer()).get('/api/v1/nope').set('Accept', 'text/html').expect(404);
    expect(api.text).not.toContain('<div id="root">');
    await request(demo.getHttpServer()).get('/api/v1/me').set('Accept', 'text/html').expect(401);
  });
});
