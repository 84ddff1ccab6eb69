/** One jest run: unit, integration and infra tests. globalSetup starts DynamoDB Local and the
 * local SES on free ports and globalTeardown stops them; each test file creates its own table. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': '<rootDir>/test/support/esbuild-transform.cjs' },
  // middy 6 and jose 6 ship ESM only; let esbuild turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(@middy|jose)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
