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
  /** The oldest token accepted (seconds since its `iat`); default 12 h. Every token must carry `exp` and `iat`. */
  readonly maxAgeSeconds?: number;
  /** Allowed clock difference with the issuer when checking `exp`, `nbf` and `iat`; default 60 s. */
  readonly clockSkewSeconds?: number;
}

export const DEFAULT_TOKEN_MAX_AGE_SECONDS = 12 * 60 * 60;
export const DEFAULT_TOKEN_CLOCK_SKEW_SECONDS = 60;

/** `12h`, `30m`, `90s`, `2d` or a number of seconds, as `cli token --expires` takes it. */
export function durationSeconds(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+)\s*(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)?\s*$/i.exec(value);
  if (!match) throw new Error(`not a duration: ${value} (e.g. 12h, 30m, 90s)`);
  const unit = (match[2] ?? 's').toLowerCase()[0] as 's' | 'm' | 'h' | 'd';
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[unit];
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
  private readonly maxAgeSeconds: number;
  private readonly clockSkewSeconds: number;

  constructor(private readonly settings: TokenSettings) {
    this.maxAgeSeconds = settings.maxAgeSeconds ?? DEFAULT_TOKEN_MAX_AGE_SECONDS;
    this.clockSkewSeconds = settings.clockSkewSeconds ?? DEFAULT_TOKEN_CLOCK_SKEW_SECONDS;
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

  /**
   * A token must say when it expires (`exp`) and when it was issued (`iat`), be no older than the
   * maximum age, and not be issued or valid only in the future (`iat`, `nbf`), all within the
   * allowed clock skew: a token that never expires is refused.
   */
  async verify(token: string): Promise<Principal> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && now < known.until) return known.principal;
    if (known) this.verified.delete(token);
    let payload: JWTPayload;
    try {
      const key = await this.verifyKey;
      const options = {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: this.algorithms,
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: this.maxAgeSeconds,
        clockTolerance: this.clockSkewSeconds,
      };
      ({ payload } =
        typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (error) {
      // Past `exp`, or issued longer ago than the maximum token age: sign in again.
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

  /**
   * Development tokens only (HS256 with the configured secret): demo users and `cli token`. A
   * lifetime beyond the maximum token age is refused: the api would stop accepting it early.
   */
  async issue(
    subject: string,
    name: string,
    roles: readonly Role[],
    scope: PrincipalScope,
    expiresIn: string | number = '12h',
  ): Promise<string> {
    if (!this.settings.secret) throw new Error('issuing tokens needs JWT_SECRET (development only)');
    const lifetime = durationSeconds(expiresIn);
    if (lifetime < 1 || lifetime > this.maxAgeSeconds)
      throw new Error(
        `token lifetime ${String(expiresIn)} must be between 1 s and the maximum token age (${this.maxAgeSeconds} s, JWT_MAX_AGE_MINUTES)`,
      );
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ name, roles: [...roles], scope: { ...scope } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime)
      .sign(new TextEncoder().encode(this.settings.secret));
  }
}
