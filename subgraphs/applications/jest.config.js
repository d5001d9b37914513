module.exports = {
  ...require('../../jest.config.base.js'),
  // The real catalog and identity subgraphs, started once for all test files (their clients are tested against them).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
