import { ConfigValidationError, validateEnvironment } from './environment.js';

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
    expect(env).toMatchObject({ PORT: 8080, NODE_ENV: 'development', HASH_ALGORITHM: 'sha256', EVENT_STORE: 'postgres', LOG_LEVEL: 'info' });
  });

  it('names a missing DATABASE_URL and a missing token key', () => {
    expect(problems({})).toEqual([
      'DATABASE_URL is required (postgres://user:password@host:port/database)',
      'JWT_SECRET is required unless JWT_JWKS_URL or JWT_PUBLIC_KEY is set (HS256 development tokens)',
    ]);
  });

  it('asks for a token key only where tokens are verified (the api), not in the projector or worker', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'postgres://u@h/db' }, { tokens: false })).not.toThrow();
    expect(problems({ DATABASE_URL: 'postgres://u@h/db' })).toEqual(['JWT_SECRET is required unless JWT_JWKS_URL or JWT_PUBLIC_KEY is set (HS256 development tokens)']);
  });

  it('refuses a short secret, and HS256 secrets in production', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'short' })).toEqual(['JWT_SECRET must be at least 32 characters']);
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, NODE_ENV: 'production' })).toEqual([
      'production needs JWT_JWKS_URL or JWT_PUBLIC_KEY (RS256 tokens from the identity provider); JWT_SECRET is for development',
    ]);
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example.gov.cn/jwks.json' })).toEqual([]);
  });

  it('gives each bad variable its own message', () => {
    expect(
      problems({ JWT_SECRET: SECRET, DATABASE_URL: 'mysql://x', PORT: 'abc', REDIS_URL: 'localhost:6379', HASH_ALGORITHM: 'md5', LOG_LEVEL: 'loud' }),
    ).toEqual([
      'PORT must be an integer',
      'DATABASE_URL must be a postgres:// URL',
      'REDIS_URL must be a redis:// or rediss:// URL',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'HASH_ALGORITHM must be sha256 or sm3 (国密)',
    ]);
  });

  it('never offers demo sign-in in production', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, DEMO_SIGN_IN: 'yes' })).toEqual(['DEMO_SIGN_IN must be true or false']);
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', NODE_ENV: 'production', JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x', DEMO_SIGN_IN: 'true' })).toEqual([
      'DEMO_SIGN_IN must not be true in production (it hands out tokens without a password)',
    ]);
    expect(validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, DEMO_SIGN_IN: 'true' }).DEMO_SIGN_IN).toBe('true');
  });

  it('requires EVENTSTORE_URL when the KurrentDB event store is chosen', () => {
    expect(problems({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET, EVENT_STORE: 'kurrentdb' })).toEqual([
      'EVENTSTORE_URL must be a kurrentdb:// or esdb:// URL (required when EVENT_STORE=kurrentdb)',
    ]);
  });

  it('requires MONGO_URL when the MongoDB read store is chosen, and refuses an unknown read store', () => {
    const base = { DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: SECRET };
    expect(problems({ ...base, READ_STORE: 'mongo' })).toEqual(['MONGO_URL must be a mongodb:// or mongodb+srv:// URL (required when READ_STORE=mongo)']);
    expect(problems({ ...base, READ_STORE: 'mongo', MONGO_URL: 'http://mongo:27017' })).toEqual(['MONGO_URL must be a mongodb:// or mongodb+srv:// URL (required when READ_STORE=mongo)']);
    expect(problems({ ...base, READ_STORE: 'cassandra' })).toEqual(['READ_STORE must be postgres or mongo']);
    expect(validateEnvironment({ ...base, READ_STORE: 'mongo', MONGO_URL: 'mongodb://127.0.0.1:27017/tongxin' })).toMatchObject({ READ_STORE: 'mongo', MONGO_URL: 'mongodb://127.0.0.1:27017/tongxin' });
    expect(validateEnvironment(base).READ_STORE).toBe('postgres');
  });
});
