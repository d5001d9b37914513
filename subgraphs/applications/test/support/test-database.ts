import { createLogger, openTestDatabase, type SubgraphTestDatabase } from '@eco/kit';
import { openApplicationsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { DATABASE_URL, uniqueSchemaName } from './env';

export { DATABASE_URL, uniqueSchemaName };

export const silentLogger = createLogger('applications-test', 'silent');

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  /** close(), by the name this subgraph's tests use. */
  drop(): Promise<void>;
}

/** A fresh PostgreSQL schema for one test file, migrated, with a Prisma client bound to it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openApplicationsDatabase, schemaPrefix: 'applications_test', logger: silentLogger, poolSize: 20, databaseUrl: DATABASE_URL });
  return { ...db, drop: db.close };
}
