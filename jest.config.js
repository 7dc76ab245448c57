// Unit tests sit beside their code; cross-cutting suites live in test/ (DESIGN.md "Tests").
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/{config,domain,db,activities,workflows,worker,api,cli,test}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/admin-ui/'],
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 120_000,
};
