// Runs before each test file's modules are imported (ESM evaluates @Module arguments at import).
process.env.NODE_ENV ??= 'test';
process.env.LOG_LEVEL ??= 'silent';
// The test deployment's personal-data master key (like its JWT secret): the operator commands
// (seed-demo) seal personal data with it. test/e2e/app.ts gives the api the same one.
process.env.PII_MASTER_KEYS ??= `test-1:${Buffer.alloc(32, 7).toString('base64')}`;
