import { randomBytes } from 'node:crypto';

// No Prisma here: Jest's globalSetup loads this without the moduleNameMapper the generated client needs.

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export const uniqueSchemaName = (prefix = 'applications_test') => `${prefix}_${randomBytes(5).toString('hex')}`;

/** Where globalSetup tells the test files about the real catalog and identity it started. */
export const GRAPH_ENV = {
  catalog: 'APPLICATIONS_TEST_CATALOG_URL',
  identity: 'APPLICATIONS_TEST_IDENTITY_URL',
  jwks: 'APPLICATIONS_TEST_JWKS_URL',
} as const;
