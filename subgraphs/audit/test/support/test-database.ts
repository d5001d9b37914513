import { createLogger, openTestDatabase, testDatabaseUrl, type SubgraphTestDatabase } from '@eco/kit';
import { openAuditDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createAuditServices, type AuditServices } from '../../src/services';

export { eventually } from '@eco/kit';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('audit-test', 'silent');

/** `pool` is plain pg, for what the application never does: editing and deleting journal rows. */
export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  services: AuditServices;
  /** Another client and services on the same schema: a second replica of the subgraph. */
  replica(): Promise<{ services: AuditServices; close(): Promise<void> }>;
}

/** A fresh PostgreSQL schema per test file, migrated; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openAuditDatabase, schemaPrefix: 'audit_test', logger: silentLogger });
  const replicas: PrismaClient[] = [];
  return {
    ...db,
    services: createAuditServices(db.prisma, { dbSchema: db.schema }),
    async replica() {
      const other = await openAuditDatabase({ databaseUrl: db.databaseUrl, schema: db.schema, logger: silentLogger });
      replicas.push(other);
      return { services: createAuditServices(other, { dbSchema: db.schema }), close: () => other.$disconnect() };
    },
    async close() {
      await Promise.all(replicas.map((client) => client.$disconnect()));
      await db.close();
    },
  };
}
