// Jest runs in native ESM mode (node --experimental-vm-modules); see architecture.md §7.
const aliases = [
  'kernel',
  'tenancy',
  'event-store',
  'config',
  'platform',
  'testing',
  'projections',
  'read-store',
  'jobs',
  'domain',
  'auth',
  'application',
  'audit',
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: {
    ...Object.fromEntries(aliases.map((name) => [`^@tongxin/${name}$`, `<rootDir>/libs/${name}/src/index.ts`])),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: [
    '<rootDir>/{apps,libs,test}/**/*.spec.ts',
    '<rootDir>/{apps,libs,test}/**/*.int-spec.ts',
    '<rootDir>/test/e2e/**/*.e2e-spec.ts',
  ],
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
  setupFiles: ['<rootDir>/libs/testing/src/jest/setup-env.ts'],
  testTimeout: 60000,
  // Per checkout: a transform cache shared across clones of the repository has been seen to go stale.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
