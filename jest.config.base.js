// One Jest setup for every workspace: swc compiles TypeScript with the decorator
// metadata type-graphql needs (tsx/esbuild would not emit it).
module.exports = {
  testEnvironment: 'node',
  // type-graphql's decorators read design-time metadata as soon as a type file is loaded.
  setupFiles: ['reflect-metadata'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Prisma's generated client (src/generated/prisma) imports its siblings as './x.js', which
  // exist only as .ts files until tsc runs; let Jest find the sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Tests migrate and seed real PostgreSQL schemas; that can take longer than Jest's 5 s default
  // (the root config sets the same for the all-projects run, where per-project values are ignored).
  testTimeout: 60_000,
  testMatch: ['**/test/**/*.test.ts', '**/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
