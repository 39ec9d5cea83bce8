import { ConfigValidationError, parseMasterKeys, validateEnvironment } from './environment.js';

function problems(raw: Record<string, unknown>): readonly string[] {
  try {
    validateEnvironment(raw);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

const SECRET = 'a-development-secret-of-at-least-32-chars';

describe('environment validation', () => {
  it('applies defaults and converts numbers', () => {
    const env = validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', PORT: '8080', JWT_SECRET: SECRET });
    expect(env).toMatchObject({
      PORT: 8080,
      NODE_ENV: 'development',
      HASH_ALGORITHM: 'sha256',
      EVENT_STORE: 'postgres',
      LOG_LEVEL: 'info',
    });
  });

  it('names a missing DATABASE_URL and a missing token key', () => {
    expect(problems({})).toEqual([
      'DATABASE_URL is required (postgres://user:password@host:port/database)',
      'JWT_SECRET is required unless JWT_JWKS_URL or JWT_PUBLIC_KEY is set (HS256 development tokens)',
    ]);
  });

  it('asks for a token key only where tokens are verified (the api), not in the projector or worker', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'postgres://u@h/db' }, { tokens: false })).not.toThrow();
    expect(problems({ DATABASE_URL: 'postgres://u@h/db' })).toEqual([
      'JWT_SECRET is required unless JWT_JWKS_URL or JWT_PUBLIC_KEY is set (HS256 development tokens)',
    ]);
  });

  it('refuses a short secret, and HS256 secrets in production', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'short' })).toEqual([
      'JWT_SECRET must be at least 32 characters',
    ]);
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, NODE_ENV: 'production' })).toEqual([
      'production needs JWT_JWKS_URL or JWT_PUBLIC_KEY (RS256 tokens from the identity provider); JWT_SECRET is for development',
    ]);
    expect(
      problems({
        DATABASE_URL: 'postgres://u@h/db',
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'https://idp.example.gov.cn/jwks.json',
      }),
    ).toEqual([]);
  });

  it('gives each bad variable its own message', () => {
    expect(
      problems({
        JWT_SECRET: SECRET,
        DATABASE_URL: 'mysql://x',
        PORT: 'abc',
        REDIS_URL: 'localhost:6379',
        HASH_ALGORITHM: 'md5',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'PORT must be an integer',
      'DATABASE_URL must be a postgres:// URL',
      'REDIS_URL must be a redis:// or rediss:// URL',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'HASH_ALGORITHM must be sha256 or sm3 (国密)',
    ]);
  });

  it('never offers demo sign-in in production', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, DEMO_SIGN_IN: 'yes' })).toEqual([
      'DEMO_SIGN_IN must be true or false',
    ]);
    expect(
      problems({
        DATABASE_URL: 'postgres://u@h/db',
        NODE_ENV: 'production',
        JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x',
        DEMO_SIGN_IN: 'true',
      }),
    ).toEqual(['DEMO_SIGN_IN must not be true in production (it hands out tokens without a password)']);
    expect(
      validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, DEMO_SIGN_IN: 'true' }).DEMO_SIGN_IN,
    ).toBe('true');
  });

  it('requires EVENTSTORE_URL when the KurrentDB event store is chosen', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, EVENT_STORE: 'kurrentdb' })).toEqual([
      'EVENTSTORE_URL must be a kurrentdb:// or esdb:// URL (required when EVENT_STORE=kurrentdb)',
    ]);
  });

  it('requires MONGO_URL when the MongoDB read store is chosen, and refuses an unknown read store', () => {
    const base = { DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET };
    expect(problems({ ...base, READ_STORE: 'mongo' })).toEqual([
      'MONGO_URL must be a mongodb:// or mongodb+srv:// URL (required when READ_STORE=mongo)',
    ]);
    expect(problems({ ...base, READ_STORE: 'mongo', MONGO_URL: 'http://mongo:27017' })).toEqual([
      'MONGO_URL must be a mongodb:// or mongodb+srv:// URL (required when READ_STORE=mongo)',
    ]);
    expect(problems({ ...base, READ_STORE: 'cassandra' })).toEqual(['READ_STORE must be postgres or mongo']);
    expect(
      validateEnvironment({ ...base, READ_STORE: 'mongo', MONGO_URL: 'mongodb://127.0.0.1:27017/tongxin' }),
    ).toMatchObject({ READ_STORE: 'mongo', MONGO_URL: 'mongodb://127.0.0.1:27017/tongxin' });
    expect(validateEnvironment(base).READ_STORE).toBe('postgres');
  });

  it('requires PII master keys where personal data is written (api, worker), each 32 bytes, the first current', () => {
    const base = { DATABASE_URL: 'postgres://localhost/tongxin', JWT_SECRET: SECRET };
    const key = (b: number) => Buffer.alloc(32, b).toString('base64');
    const needing = (raw: Record<string, unknown>) => {
      try {
        validateEnvironment(raw, { tokens: true, pii: true });
        return [];
      } catch (error) {
        return (error as ConfigValidationError).problems;
      }
    };
    expect(needing(base)).toEqual([expect.stringContaining('PII_MASTER_KEYS is required')]);
    expect(needing({ ...base, PII_MASTER_KEYS: 'k1:short' })).toEqual([
      expect.stringContaining('PII_MASTER_KEYS must be'),
    ]);
    expect(needing({ ...base, PII_MASTER_KEYS: `k1:${key(1)},k1:${key(2)}` })).toEqual([
      expect.stringContaining('repeats a key id'),
    ]);
    expect(needing({ ...base, PII_MASTER_KEYS: `k2:${key(2)},k1:${key(1)}`, PII_CIPHER: 'sm4-gcm' })).toEqual([]);
    expect(needing({ ...base, PII_MASTER_KEYS: `k2:${key(2)}`, PII_CIPHER: 'des' })).toEqual([
      expect.stringContaining('PII_CIPHER must be'),
    ]);
    const parsed = parseMasterKeys(`k2:${key(2)},k1:${key(1)}`);
    expect(parsed.current.id).toBe('k2');
    expect([...parsed.all.keys()]).toEqual(['k2', 'k1']);
    expect(problems(base)).toEqual([]);
  });

  it('takes an SM2 signing key (64 hex digits) beside an Ed25519 PEM, and a seal interval', () => {
    const base = { DATABASE_URL: 'postgres://localhost/tongxin', JWT_SECRET: SECRET };
    expect(problems({ ...base, AUDIT_SIGNING_KEY: 'ab'.repeat(32), AUDIT_SEAL_INTERVAL_MINUTES: '15' })).toEqual([]);
    expect(problems({ ...base, AUDIT_SIGNING_KEY: 'not a key' })).toEqual([
      expect.stringContaining('AUDIT_SIGNING_KEY must be'),
    ]);
    expect(problems({ ...base, AUDIT_SEAL_INTERVAL_MINUTES: '-1' })).toEqual([
      expect.stringContaining('AUDIT_SEAL_INTERVAL_MINUTES'),
    ]);
    expect(validateEnvironment({ ...base }).AUDIT_SEAL_INTERVAL_MINUTES).toBe(60);
  });

  it('leaves the metrics port off unless set, takes 0 for a free port and refuses a bad one', () => {
    const base = { DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET };
    expect(validateEnvironment(base).METRICS_PORT).toBeUndefined();
    expect(validateEnvironment({ ...base, METRICS_PORT: '0' }).METRICS_PORT).toBe(0);
    expect(validateEnvironment({ ...base, METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
    expect(problems({ ...base, METRICS_PORT: 'abc' })).toEqual(['METRICS_PORT must be an integer']);
    expect(problems({ ...base, METRICS_PORT: '70000' })).toEqual(['METRICS_PORT must be between 0 and 65535']);
  });
});
