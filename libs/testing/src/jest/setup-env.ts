// Runs before each test file's modules are imported (ESM evaluates @Module arguments at import).
process.env.NODE_ENV ??= 'test';
process.env.LOG_LEVEL ??= 'silent';
