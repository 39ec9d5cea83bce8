import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MASTER_KEYS = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=?(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=?)*$/;

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** PII_MASTER_KEYS as keys, current first. Throws on a malformed value or a repeated id. */
export function parseMasterKeys(value: string): {
  readonly current: MasterKey;
  readonly all: ReadonlyMap<string, Buffer>;
} {
  if (!MASTER_KEYS.test(value))
    throw new Error('PII_MASTER_KEYS must be <id>:<base64 32-byte key>[,<id>:<key>…] (first is current)');
  const keys = value.split(',').map((entry) => {
    const [id, key] = entry.split(':') as [string, string];
    return { id, key: Buffer.from(key, 'base64') };
  });
  const all = new Map(keys.map((k) => [k.id, k.key]));
  if (all.size !== keys.length) throw new Error('PII_MASTER_KEYS repeats a key id');
  if (keys.some((k) => k.key.length !== 32))
    throw new Error('each PII master key must be 32 bytes (44 base64 characters)');
  return { current: keys[0], all };
}

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every variable the apps read, validated once at boot. Each bad or missing variable gets
 * its own line in the error, so an operator fixes them all in one go.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer' })
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  PORT = 3000;

  @IsString({ message: 'DATABASE_URL is required (postgres://user:password@host:port/database)' })
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** pretty (readable lines) or json (one object a line); unset: see chooseLogFormat (JSON in production). */
  @IsOptional()
  @IsIn(['pretty', 'json'], { message: 'LOG_FORMAT must be pretty or json' })
  LOG_FORMAT?: 'pretty' | 'json';

  @IsIn(['sha256', 'sm3'], { message: 'HASH_ALGORITHM must be sha256 or sm3 (国密)' })
  HASH_ALGORITHM: 'sha256' | 'sm3' = 'sha256';

  @IsIn(['postgres', 'kurrentdb'], { message: 'EVENT_STORE must be postgres or kurrentdb' })
  EVENT_STORE: 'postgres' | 'kurrentdb' = 'postgres';

  @ValidateIf((env: Environment) => env.EVENT_STORE === 'kurrentdb' || env.EVENTSTORE_URL !== undefined)
  @Matches(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\/.+/, {
    message: 'EVENTSTORE_URL must be a kurrentdb:// or esdb:// URL (required when EVENT_STORE=kurrentdb)',
  })
  EVENTSTORE_URL?: string;

  /** Where the KPI rollups and registers are kept: PostgreSQL (default) or MongoDB (mongoose). */
  @IsIn(['postgres', 'mongo'], { message: 'READ_STORE must be postgres or mongo' })
  READ_STORE: 'postgres' | 'mongo' = 'postgres';

  @ValidateIf((env: Environment) => env.READ_STORE === 'mongo' || env.MONGO_URL !== undefined)
  @Matches(/^mongodb(\+srv)?:\/\/.+/, {
    message: 'MONGO_URL must be a mongodb:// or mongodb+srv:// URL (required when READ_STORE=mongo)',
  })
  MONGO_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'PROJECTOR_POLL_INTERVAL_MS must be an integer' })
  @Min(10, { message: 'PROJECTOR_POLL_INTERVAL_MS must be at least 10' })
  PROJECTOR_POLL_INTERVAL_MS = 250;

  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['https', 'http'] },
    { message: "JWT_JWKS_URL must be an http(s) URL of the identity provider's JWKS" },
  )
  JWT_JWKS_URL?: string;

  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/, {
    message: 'JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
  })
  JWT_PUBLIC_KEY?: string;

  @IsOptional()
  @Matches(/-----BEGIN PRIVATE KEY-----|^\s*[0-9a-fA-F]{64}\s*$/, {
    message:
      'AUDIT_SIGNING_KEY must be a PEM Ed25519 private key (-----BEGIN PRIVATE KEY-----) or an SM2 private key of 64 hex digits (国密)',
  })
  AUDIT_SIGNING_KEY?: string;

  /** Minutes between automatic checkpoint seals by the worker (every community and district); 0 turns it off. */
  @Transform(toInt)
  @IsInt({ message: 'AUDIT_SEAL_INTERVAL_MINUTES must be an integer' })
  @Min(0, { message: 'AUDIT_SEAL_INTERVAL_MINUTES must be 0 (off) or more' })
  AUDIT_SEAL_INTERVAL_MINUTES = 60;

  /**
   * Master keys that wrap the per-subject data keys of personal data: `<id>:<base64 of 32 bytes>`,
   * comma-separated, the first being current (new keys are wrapped with it; the others still unwrap
   * until `npm run cli -- rotate-pii-keys` has re-wrapped everything).
   */
  @IsOptional()
  @Matches(MASTER_KEYS, {
    message: 'PII_MASTER_KEYS must be <id>:<base64 32-byte key>[,<id>:<key>…] (first is current)',
  })
  PII_MASTER_KEYS?: string;

  @IsIn(['aes-256-gcm', 'sm4-gcm'], { message: 'PII_CIPHER must be aes-256-gcm or sm4-gcm (国密)' })
  PII_CIPHER: 'aes-256-gcm' | 'sm4-gcm' = 'aes-256-gcm';

  /** The oldest token accepted, in minutes since it was issued (its `iat`); tokens must also carry `exp`. Default 12 h. */
  @Transform(toInt)
  @IsInt({ message: 'JWT_MAX_AGE_MINUTES must be an integer number of minutes' })
  @Min(1, { message: 'JWT_MAX_AGE_MINUTES must be between 1 and 43200 (30 days)' })
  @Max(43200, { message: 'JWT_MAX_AGE_MINUTES must be between 1 and 43200 (30 days)' })
  JWT_MAX_AGE_MINUTES = 720;

  /** Clock skew allowed between the identity provider and the api when checking `exp`, `nbf` and `iat`. */
  @Transform(toInt)
  @IsInt({ message: 'JWT_CLOCK_SKEW_SECONDS must be an integer number of seconds' })
  @Min(0, { message: 'JWT_CLOCK_SKEW_SECONDS must be between 0 and 300' })
  @Max(300, { message: 'JWT_CLOCK_SKEW_SECONDS must be between 0 and 300' })
  JWT_CLOCK_SKEW_SECONDS = 60;

  @IsString()
  JWT_ISSUER = 'tongxin';

  @IsString()
  JWT_AUDIENCE = 'tongxin-api';

  /** Offers the demo users on the web sign-in page (development and demos only). */
  @IsIn(['true', 'false'], { message: 'DEMO_SIGN_IN must be true or false' })
  DEMO_SIGN_IN: 'true' | 'false' = 'false';

  /** BullMQ key prefix, so deployments (and test runs) sharing a Redis keep their queues apart. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'bull';

  /** Hours after its resolution deadline an unresolved request is escalated to the street office automatically. */
  @Transform(toInt)
  @IsInt({ message: 'SLA_ESCALATION_GRACE_HOURS must be an integer number of hours' })
  @Min(0, { message: 'SLA_ESCALATION_GRACE_HOURS must be between 0 and 720' })
  @Max(720, { message: 'SLA_ESCALATION_GRACE_HOURS must be between 0 and 720' })
  SLA_ESCALATION_GRACE_HOURS = 24;

  /** Where the built web dashboard is served from (the api serves it at /). */
  @IsString()
  WEB_ROOT = 'dist/apps/web';

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be at least 1' })
  DATABASE_POOL_SIZE = 10;

  /**
   * Port of the projector's and the worker's small HTTP server: `/metrics` (Prometheus),
   * `/health/live` and `/health/ready`. Unset: no server (several apps on one host, `npm start`);
   * 0: a free port (tests). The api serves `/metrics` on PORT unless this moves it to a port of
   * its own (kept off the ingress); its probes stay on PORT.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'METRICS_PORT must be an integer' })
  @Min(0, { message: 'METRICS_PORT must be between 0 and 65535' })
  @Max(65535, { message: 'METRICS_PORT must be between 0 and 65535' })
  METRICS_PORT?: number;

  /** How long a query with `minPosition` waits for the KPI projection to reach it before answering 503. */
  @Transform(toInt)
  @IsInt({ message: 'READ_YOUR_WRITES_TIMEOUT_MS must be an integer' })
  @Min(0, { message: 'READ_YOUR_WRITES_TIMEOUT_MS must be between 0 and 60000' })
  @Max(60000, { message: 'READ_YOUR_WRITES_TIMEOUT_MS must be between 0 and 60000' })
  READ_YOUR_WRITES_TIMEOUT_MS = 5000;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`配置无效 / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

export interface EnvironmentNeeds {
  /** The api verifies tokens: it needs a key (the projector, worker and cli do not). */
  readonly tokens?: boolean;
  /** The api and the worker write and read personal data: they need PII_MASTER_KEYS. */
  readonly pii?: boolean;
}

/** Validates raw environment variables; throws ConfigValidationError listing every problem. */
export function validateEnvironment(
  raw: Record<string, unknown>,
  needs: EnvironmentNeeds = { tokens: true },
): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  // Decorators apply bottom-up, so the last constraint is the first declared: the most basic problem.
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).slice(-1));
  const hasKey = Boolean(env.JWT_SECRET || env.JWT_JWKS_URL || env.JWT_PUBLIC_KEY);
  if (needs.tokens && !hasKey)
    problems.push('JWT_SECRET is required unless JWT_JWKS_URL or JWT_PUBLIC_KEY is set (HS256 development tokens)');
  if (needs.tokens && env.NODE_ENV === 'production' && !env.JWT_JWKS_URL && !env.JWT_PUBLIC_KEY) {
    problems.push(
      'production needs JWT_JWKS_URL or JWT_PUBLIC_KEY (RS256 tokens from the identity provider); JWT_SECRET is for development',
    );
  }
  if (needs.pii && !env.PII_MASTER_KEYS)
    problems.push(
      'PII_MASTER_KEYS is required: <id>:<base64 32-byte key> (personal data is encrypted per data subject)',
    );
  if (env.PII_MASTER_KEYS && MASTER_KEYS.test(env.PII_MASTER_KEYS)) {
    try {
      parseMasterKeys(env.PII_MASTER_KEYS);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (env.NODE_ENV === 'production' && env.DEMO_SIGN_IN === 'true')
    problems.push('DEMO_SIGN_IN must not be true in production (it hands out tokens without a password)');
  if (problems.length > 0) {
    throw new ConfigValidationError(problems);
  }
  return env;
}
