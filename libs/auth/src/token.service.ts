import type { KeyObject } from 'node:crypto';
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

/** Verifies bearer tokens (HS256 for development, RS256 from the identity provider) and, in development, issues them. */
export class TokenService {
  private readonly verifyKey: Promise<
    Uint8Array | KeyObject | JWTVerifyGetKey | Awaited<ReturnType<typeof importSPKI>>
  >;
  private readonly algorithms: string[];

  constructor(private readonly settings: TokenSettings) {
    if (settings.jwksUrl) {
      this.verifyKey = Promise.resolve(createRemoteJWKSet(new URL(settings.jwksUrl)));
      this.algorithms = ['RS256'];
    } else if (settings.publicKeyPem) {
      this.verifyKey = importSPKI(settings.publicKeyPem, 'RS256');
      this.algorithms = ['RS256'];
    } else if (settings.secret) {
      this.verifyKey = Promise.resolve(new TextEncoder().encode(settings.secret));
      this.algorithms = ['HS256'];
    } else {
      throw new Error('TokenService needs JWT_SECRET, JWT_JWKS_URL or JWT_PUBLIC_KEY');
    }
  }

  async verify(token: string): Promise<Principal> {
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
    return principalFromClaims(payload);
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
