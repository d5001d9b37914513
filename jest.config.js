// All tests in one run: each workspace is a Jest project with its own config.
module.exports = {
  projects: ['<rootDir>/packages/kit', '<rootDir>/subgraphs/*', '<rootDir>/gateway', '<rootDir>/tests'],
  maxWorkers: 2,
  // A global option (ignored per project): real databases and processes need more than 5 s.
  testTimeout: 60_000,
};
