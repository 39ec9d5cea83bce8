import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { TokenService } from './token.service.js';

const settings = { issuer: 'tongxin', audience: 'tongxin-api', secret: 'a-development-secret-of-at-least-32-chars' };
const tokens = new TokenService(settings);

describe('token service', () => {
  it('verifies a token it issued and returns the principal', async () => {
    const token = await tokens.issue('u-1', '永安办事处', ['street-office'], { streetId: 's-yongan' });
    expect(await tokens.verify(token)).toEqual({
      subject: 'u-1',
      displayName: '永安办事处',
      roles: ['street-office'],
      scope: { streetId: 's-yongan' },
    });
  });

  it('refuses an expired token with TOKEN_EXPIRED', async () => {
    const token = await new SignJWT({ roles: ['resident'], scope: { communityId: 'c-a1' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(settings.secret));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
  });

  it('refuses a token with TOKEN_EXPIRED once it expires, even though it was verified (and remembered) before', async () => {
    const token = await new SignJWT({ roles: ['resident'], scope: { communityId: 'c-a1' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 1)
      .sign(new TextEncoder().encode(settings.secret));
    expect((await tokens.verify(token)).subject).toBe('u');
    expect((await tokens.verify(token)).subject).toBe('u');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
  });

  it('does not take a token for one it verified when only its signature differs', async () => {
    const token = await tokens.issue('u-2', 'x', ['resident'], { communityId: 'c-a1' });
    await tokens.verify(token);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(tokens.verify(tampered)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a token signed with another secret, for another audience, or garbled', async () => {
    const forged = await new TokenService({ ...settings, secret: 'another-secret-another-secret-another' }).issue(
      'u',
      'x',
      ['platform-admin'],
      {},
    );
    await expect(tokens.verify(forged)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    const elsewhere = await new TokenService({ ...settings, audience: 'other-app' }).issue(
      'u',
      'x',
      ['platform-admin'],
      {},
    );
    await expect(tokens.verify(elsewhere)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(tokens.verify('not.a.jwt')).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses unsigned tokens (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: 'u', iss: 'tongxin', aud: 'tongxin-api', roles: ['platform-admin'] }),
    ).toString('base64url');
    await expect(tokens.verify(`${header}.${body}.`)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses claims that do not fit the role: unknown role, missing scope', async () => {
    await expect(tokens.verify(await tokens.issue('u', 'x', ['mayor' as never], {}))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
    await expect(tokens.verify(await tokens.issue('u', 'x', ['street-office'], {}))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
      messageEn: expect.stringContaining('street-office needs scope.streetId'),
    });
    await expect(tokens.verify(await tokens.issue('u', 'x', ['auditor'], {}))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
  });

  it('verifies RS256 tokens from an identity provider and refuses HS256 tokens in that mode', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const production = new TokenService({
      issuer: 'tongxin',
      audience: 'tongxin-api',
      publicKeyPem: await exportSPKI(publicKey),
    });
    const token = await new SignJWT({ name: '审计', roles: ['auditor'], scope: { districtId: 'd-xianan' } })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('a-1')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await production.verify(token)).toMatchObject({
      subject: 'a-1',
      roles: ['auditor'],
      scope: { districtId: 'd-xianan' },
    });
    await expect(production.verify(await tokens.issue('u', 'x', ['platform-admin'], {}))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
  });
});
