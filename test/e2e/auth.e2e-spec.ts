import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../apps/cli/src/run-cli.js';
import { merkleRoot, verifyCheckpoint, verifyConsistency, verifyInclusion } from '@tongxin/audit';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import {
  setUpCommunity,
  startApi,
  startDirectoryProjection,
  TEST_AUDIT_PUBLIC_KEY,
  TEST_JWT_SECRET,
  tokenFor,
  uniqueIds,
} from './app.js';

describe('authentication and audit trail through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('auth');
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, {
      district: '离石区',
      street: '滨河街道',
      community: '泛华盛世社区',
      onboardedOn: '2020-05-01',
    });
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('answers a missing token with 401 and a clear bilingual message', async () => {
    const response = await http().get('/api/v1/me').expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      code: 'TOKEN_MISSING',
      message: expect.stringContaining('未登录'),
      messageEn: expect.stringContaining('Missing bearer token'),
      details: {},
    });
  });

  it('answers expired, forged and malformed tokens with 401', async () => {
    const expired = await new SignJWT({ roles: ['auditor'], scope: { districtId: ids.districtId } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      // Beyond the 60 s clock-skew allowance.
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await http().get('/api/v1/me').set('Authorization', `Bearer ${expired}`).expect(401)).body.code).toBe(
      'TOKEN_EXPIRED',
    );
    // A token without exp would never expire; one issued 13 h ago is past the maximum age (12 h) whatever its exp.
    const endless = await new SignJWT({ roles: ['auditor'], scope: { districtId: ids.districtId } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setIssuedAt()
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await http().get('/api/v1/me').set('Authorization', `Bearer ${endless}`).expect(401)).body.code).toBe(
      'TOKEN_INVALID',
    );
    const stale = await new SignJWT({ roles: ['auditor'], scope: { districtId: ids.districtId } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 13 * 3600)
      .setExpirationTime('30d')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await http().get('/api/v1/me').set('Authorization', `Bearer ${stale}`).expect(401)).body.code).toBe(
      'TOKEN_EXPIRED',
    );
    const forged = await new SignJWT({ roles: ['platform-admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the'));
    expect(
      (
        await http()
          .post('/api/v1/districts')
          .set('Authorization', `Bearer ${forged}`)
          .send({ districtId: 'd-forged', name: '伪造区' })
          .expect(401)
      ).body.code,
    ).toBe('TOKEN_INVALID');
    expect((await http().get('/api/v1/me').set('Authorization', 'Basic abc').expect(401)).body.code).toBe(
      'TOKEN_INVALID',
    );
    expect((await owner.query("select count(*)::int as n from events where tenant_id = 'd-forged'")).rows[0].n).toBe(0);
  });

  it('answers a wrong role with 403 and an out-of-scope target with 404, without revealing it', async () => {
    const resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId })}`;
    const wrongRole = await http()
      .post(`/api/v1/streets/${ids.streetId}/communities`)
      .set('Authorization', resident)
      .send({})
      .expect(403);
    expect(wrongRole.body.code).toBe('ROLE_FORBIDDEN');
    const elsewhere = `Bearer ${await tokenFor('district-committee', { districtId: 'd-elsewhere' })}`;
    const hidden = await http().get(`/api/v1/districts/${ids.districtId}`).set('Authorization', elsewhere).expect(404);
    const missing = await http().get('/api/v1/districts/d-does-not-exist').set('Authorization', elsewhere).expect(404);
    expect(hidden.body.code).toBe(missing.body.code);
    expect(hidden.text).not.toContain('离石区');
  });

  it('returns the caller to /me with role labels', async () => {
    const response = await http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${await tokenFor('street-office', { streetId: ids.streetId }, 'u-42')}`)
      .expect(200);
    expect(response.body).toEqual({
      subject: 'u-42',
      displayName: '测试用户 street-office',
      roles: ['street-office'],
      roleLabels: ['街道办事处'],
      scope: { streetId: ids.streetId },
    });
  });

  it("records an auditor's reads of a community history as events in that community, and verifies the chain", async () => {
    const auditor = `Bearer ${await tokenFor('auditor', { districtId: ids.districtId }, 'auditor-7')}`;
    const first = await http()
      .get(`/api/v1/communities/${ids.communityId}/history`)
      .set('Authorization', auditor)
      .set('X-Access-Reason', encodeURIComponent('年度审计抽查'))
      .expect(200);
    expect(first.body.events).toEqual([]);
    const second = await http()
      .get(`/api/v1/communities/${ids.communityId}/history?limit=10&reason=${encodeURIComponent('复核')}`)
      .set('Authorization', auditor)
      .expect(200);
    expect(second.body.events).toEqual([
      expect.objectContaining({
        type: 'HistoryRead',
        tenantId: ids.communityId,
        actor: { userId: 'auditor-7', role: 'auditor' },
        data: { purpose: 'history', afterPosition: 0, returned: 0, lastPosition: null, reason: '年度审计抽查' },
      }),
    ]);
    const verified = await http()
      .get(`/api/v1/communities/${ids.communityId}/verify?reason=${encodeURIComponent('链校验')}`)
      .set('Authorization', auditor)
      .expect(200);
    expect(verified.body).toMatchObject({ ok: true, eventCount: 2 });
    await http()
      .get(`/api/v1/communities/${ids.communityId}/history?limit=9999&reason=x2`)
      .set('Authorization', auditor)
      .expect(400);
    expect(
      (await http().get(`/api/v1/communities/${ids.communityId}/history`).set('Authorization', auditor).expect(400))
        .body,
    ).toMatchObject({ code: 'ACCESS_REASON_REQUIRED', details: { field: 'reason' } });
  });

  it('seals signed RFC 6962 checkpoints and proves inclusion and consistency to an offline verifier', async () => {
    const auditor = `Bearer ${await tokenFor('auditor', { communityId: ids.communityId }, 'auditor-9')}`;
    const base = `/api/v1/communities/${ids.communityId}`;
    const staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId })}`;
    const raised = await http()
      .post(`${base}/requests`)
      .set('Authorization', staff)
      .send({ channel: 'visit', category: 'parking', description: '停车难' })
      .expect(201);
    const first = (await http().post(`${base}/checkpoints`).set('Authorization', auditor).expect(201)).body.checkpoint;
    await http()
      .post(`${base}/requests`)
      .set('Authorization', staff)
      .send({ channel: 'hotline', category: 'elevator', description: '电梯故障' })
      .expect(201);
    const second = (await http().post(`${base}/checkpoints`).set('Authorization', auditor).expect(201)).body.checkpoint;
    expect(verifyCheckpoint(second, TEST_AUDIT_PUBLIC_KEY)).toBe(true);
    expect(second.treeSize).toBeGreaterThan(first.treeSize);

    const inclusion = (
      await http()
        .get(`${base}/checkpoints/inclusion?eventId=${raised.body.eventIds[0]}&treeSize=${first.treeSize}`)
        .set('Authorization', auditor)
        .expect(200)
    ).body;
    expect(inclusion.rootHash).toBe(first.rootHash);
    expect(
      verifyInclusion(
        'sha256',
        Buffer.from(inclusion.leaf, 'hex'),
        inclusion.leafIndex,
        first.treeSize,
        inclusion.proof.map((p: string) => Buffer.from(p, 'hex')),
        Buffer.from(first.rootHash, 'hex'),
      ),
    ).toBe(true);

    const consistency = (
      await http()
        .get(`${base}/checkpoints/consistency?from=${first.treeSize}&to=${second.treeSize}`)
        .set('Authorization', auditor)
        .expect(200)
    ).body;
    const proof = consistency.proof.map((p: string) => Buffer.from(p, 'hex'));
    expect(
      verifyConsistency(
        'sha256',
        first.treeSize,
        second.treeSize,
        Buffer.from(first.rootHash, 'hex'),
        Buffer.from(second.rootHash, 'hex'),
        proof,
      ),
    ).toBe(true);
    expect(
      verifyConsistency(
        'sha256',
        first.treeSize,
        second.treeSize,
        Buffer.from(second.rootHash, 'hex'),
        Buffer.from(second.rootHash, 'hex'),
        proof,
      ),
    ).toBe(false);

    await http()
      .post(`${base}/checkpoints`)
      .set('Authorization', `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`)
      .expect(403);
  });

  it('exports the history as NDJSON that the offline verifier checks against a signed checkpoint', async () => {
    const auditor = `Bearer ${await tokenFor('auditor', { districtId: ids.districtId }, 'auditor-export')}`;
    const base = `/api/v1/communities/${ids.communityId}`;
    // Saved as the endpoint answers ({checkpoint, position}): the verifier takes it without editing.
    const answer = (await http().post(`${base}/checkpoints`).set('Authorization', auditor).expect(201)).body as {
      checkpoint: { treeSize: number };
      position: number;
    };
    const sealed = answer.checkpoint;
    const exported = await http()
      .get(`${base}/export?reason=${encodeURIComponent('离线校验')}`)
      .set('Authorization', auditor)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    const lines = (exported.body as string).trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(sealed.treeSize);

    const dir = mkdtempSync(join(tmpdir(), 'tongxin-export-'));
    const file = join(dir, 'history.ndjson');
    writeFileSync(file, exported.body as string);
    writeFileSync(join(dir, 'checkpoint.json'), JSON.stringify(answer));
    writeFileSync(join(dir, 'key.pem'), TEST_AUDIT_PUBLIC_KEY);
    const run = async () => {
      const out: string[] = [];
      const code = await runCli(
        [
          'verify-export',
          '--file',
          file,
          '--checkpoint',
          join(dir, 'checkpoint.json'),
          '--public-key',
          join(dir, 'key.pem'),
        ],
        undefined,
        (l) => out.push(l),
      );
      return { code, output: out.join('\n') };
    };
    expect(await run()).toEqual({
      code: 0,
      output: expect.stringContaining(`checkpoint of ${sealed.treeSize} events signed and matching`),
    });

    const target = lines.findIndex((line) => line.includes('"parking"'));
    const tampered = lines.map((line, i) => (i === target ? line.replace('"parking"', '"elevator"') : line));
    writeFileSync(file, `${tampered.join('\n')}\n`);
    const sequence = (JSON.parse(lines[target]) as { tenantSequence: number }).tenantSequence;
    expect(await run()).toEqual({
      code: 2,
      output: expect.stringContaining(`NOT verified: modified at tenant sequence ${sequence}`),
    });

    writeFileSync(file, `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'key.pem'),
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    expect((await run()).code).toBe(2);
  });

  it("gives the district auditor one root over every community's current root", async () => {
    const auditor = `Bearer ${await tokenFor('auditor', { districtId: ids.districtId })}`;
    const response = await http()
      .get(`/api/v1/districts/${ids.districtId}/audit/root`)
      .set('Authorization', auditor)
      .expect(200);
    expect(response.body.communities).toEqual([
      expect.objectContaining({ communityId: ids.communityId, verified: true, algorithm: 'sha256' }),
    ]);
    const [community] = response.body.communities;
    const leaf = Buffer.from(
      JSON.stringify({
        communityId: community.communityId,
        rootHash: community.rootHash,
        treeSize: community.treeSize,
        verified: true,
      }),
    );
    expect(response.body.rootHash).toBe(merkleRoot('sha256', [leaf]).toString('hex'));
    await http()
      .get(`/api/v1/districts/${ids.districtId}/audit/root`)
      .set('Authorization', `Bearer ${await tokenFor('auditor', { districtId: 'd-elsewhere' })}`)
      .expect(404);
  });
});
