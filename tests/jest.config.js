// Cross-service scenarios: one real stack (all subgraphs + gateway as processes, on a fresh
// database) is started once for the run; a scenario that breaks the stack starts its own.
module.exports = {
  ...require('../jest.config.base.js'),
  displayName: 'integration',
  // Browser tests drive the portal on the same stack (Debian's Chromium through playwright-core).
  testMatch: ['<rootDir>/integration/**/*.test.ts', '<rootDir>/browser/**/*.test.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
