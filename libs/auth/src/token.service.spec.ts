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
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(new TextEncoder().encode(settings.secret));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
  });

  it('refuses a token with TOKEN_EXPIRED once it expires, even though it was verified (and remembered) before', async () => {
    // No clock skew here, so the token is refused the moment it expires.
    const noSkew = new TokenService({ ...settings, clockSkewSeconds: 0 });
    const token = await new SignJWT({ roles: ['resident'], scope: { communityId: 'c-a1' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('tongxin')
      .setAudience('tongxin-api')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 1)
      .sign(new TextEncoder().encode(settings.secret));
    expect((await noSkew.verify(token)).subject).toBe('u');
    expect((await noSkew.verify(token)).subject).toBe('u');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(noSkew.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
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
      .setIssuedAt()
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

  describe('lifetime claims', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const signed = (claims: { iat?: number; exp?: number; nbf?: number }) => {
      const jwt = new SignJWT({ roles: ['resident'], scope: { communityId: 'c-a1' } })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u')
        .setIssuer('tongxin')
        .setAudience('tongxin-api');
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
      if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
      return jwt.sign(new TextEncoder().encode(settings.secret));
    };

    it('refuses a token without exp: it would never expire', async () => {
      await expect(tokens.verify(await signed({ iat: now() }))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
        messageEn: expect.stringContaining('"exp"'),
      });
    });

    it('refuses a token without iat: its age cannot be known', async () => {
      await expect(tokens.verify(await signed({ exp: now() + 3600 }))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
        messageEn: expect.stringContaining('"iat"'),
      });
    });

    it('refuses a token older than the maximum age (12 h by default) even when its exp is far ahead', async () => {
      const old = await signed({ iat: now() - 13 * 3600, exp: now() + 30 * 86400 });
      await expect(tokens.verify(old)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
      expect(await tokens.verify(await signed({ iat: now() - 11 * 3600, exp: now() + 3600 }))).toMatchObject({
        subject: 'u',
      });
    });

    it('takes the maximum age from its settings', async () => {
      const strict = new TokenService({ ...settings, maxAgeSeconds: 600 });
      await expect(strict.verify(await signed({ iat: now() - 1200, exp: now() + 600 }))).rejects.toMatchObject({
        code: 'TOKEN_EXPIRED',
      });
      expect(await strict.verify(await signed({ iat: now() - 300, exp: now() + 600 }))).toMatchObject({ subject: 'u' });
    });

    it('allows a small clock skew on iat, nbf and exp, and no more', async () => {
      // 30 s ahead of our clock: within the 60 s allowance.
      expect(await tokens.verify(await signed({ iat: now() + 30, nbf: now() + 30, exp: now() + 3600 }))).toMatchObject({
        subject: 'u',
      });
      expect(await tokens.verify(await signed({ iat: now() - 3600, exp: now() - 30 }))).toMatchObject({ subject: 'u' });
      await expect(tokens.verify(await signed({ iat: now() + 300, exp: now() + 3600 }))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
        messageEn: expect.stringContaining('"iat"'),
      });
      await expect(
        tokens.verify(await signed({ iat: now(), nbf: now() + 300, exp: now() + 3600 })),
      ).rejects.toMatchObject({ code: 'TOKEN_INVALID', messageEn: expect.stringContaining('"nbf"') });
      const noSkew = new TokenService({ ...settings, clockSkewSeconds: 0 });
      await expect(noSkew.verify(await signed({ iat: now() + 30, exp: now() + 3600 }))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
      });
    });

    it('issues tokens with iat and exp, and refuses to issue one that outlives the maximum age', async () => {
      const token = await tokens.issue('u', 'x', ['platform-admin'], {}, '30m');
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
        iat: number;
        exp: number;
      };
      expect(claims.exp - claims.iat).toBe(1800);
      expect(await tokens.verify(await tokens.issue('u', 'x', ['platform-admin'], {}))).toMatchObject({ subject: 'u' });
      await expect(tokens.issue('u', 'x', ['platform-admin'], {}, '13h')).rejects.toThrow(/maximum token age/);
      await expect(tokens.issue('u', 'x', ['platform-admin'], {}, 'forever')).rejects.toThrow(/not a duration/);
    });
  });
});
