import { webcrypto, type KeyObject } from 'node:crypto';
import {
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
  SignJWT,
  type JWTVerifyGetKey,
  type JWTPayload,
} from 'jose';
import { authErrors } from './auth-errors.js';
import { principalFromClaims, type Principal, type PrincipalScope } from './principal.js';
import type { Role } from './roles.js';

export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  /** HS256 (development): shared secret, at least 32 characters. */
  readonly secret?: string;
  /** RS256 (production): the identity provider's JWKS URL, or its public key in PEM. */
  readonly jwksUrl?: string;
  readonly publicKeyPem?: string;
}

/** How many verified tokens are remembered, and for how long at most (never past a token's own `exp`). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_TOKEN_TTL_MS = 60_000;

/** Verifies bearer tokens (HS256 for development, RS256 from the identity provider) and, in development, issues them. */
export class TokenService {
  /**
   * A client sends the same token with every call: the principal of a token whose signature and
   * claims were verified is kept by the exact token string for up to a minute, and never past the
   * token's `exp` (an expired token is refused as before). Bounded: the oldest entry goes first.
   */
  private readonly verified = new Map<string, { readonly principal: Principal; readonly until: number }>();
  private readonly verifyKey: Promise<webcrypto.CryptoKey | KeyObject | JWTVerifyGetKey>;
  private readonly algorithms: string[];

  constructor(private readonly settings: TokenSettings) {
    if (settings.jwksUrl) {
      this.verifyKey = Promise.resolve(createRemoteJWKSet(new URL(settings.jwksUrl)));
      this.algorithms = ['RS256'];
    } else if (settings.publicKeyPem) {
      this.verifyKey = importSPKI(settings.publicKeyPem, 'RS256');
      this.algorithms = ['RS256'];
    } else if (settings.secret) {
      // Imported once: jose would otherwise import the raw secret into WebCrypto on every verify.
      this.verifyKey = webcrypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(settings.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      this.algorithms = ['HS256'];
    } else {
      throw new Error('TokenService needs JWT_SECRET, JWT_JWKS_URL or JWT_PUBLIC_KEY');
    }
  }

  async verify(token: string): Promise<Principal> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && now < known.until) return known.principal;
    if (known) this.verified.delete(token);
    let payload: JWTPayload;
    try {
      const key = await this.verifyKey;
      const options = { issuer: this.settings.issuer, audience: this.settings.audience, algorithms: this.algorithms };
      ({ payload } =
        typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw authErrors.expired();
      throw authErrors.invalid(error instanceof Error ? error.message : 'unreadable token');
    }
    const principal = principalFromClaims(payload);
    const until = Math.min(now + VERIFIED_TOKEN_TTL_MS, typeof payload.exp === 'number' ? payload.exp * 1000 : 0);
    if (until > now) {
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { principal, until });
    }
    return principal;
  }

  /** Development tokens only (HS256 with the configured secret): demo users and `cli token`. */
  async issue(
    subject: string,
    name: string,
    roles: readonly Role[],
    scope: PrincipalScope,
    expiresIn = '12h',
  ): Promise<string> {
    if (!this.settings.secret) throw new Error('issuing tokens needs JWT_SECRET (development only)');
    return new SignJWT({ name, roles: [...roles], scope: { ...scope } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(new TextEncoder().encode(this.settings.secret));
  }
}
