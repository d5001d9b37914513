import { createLogger, dropSchema } from '@eco/kit';
import { Pool } from 'pg';
import { openApplicationsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { DATABASE_URL, uniqueSchemaName } from './env';

export { DATABASE_URL, uniqueSchemaName };

export const silentLogger = createLogger('applications-test', 'silent');

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  /** Plain `pg` access, for reading rows exactly as stored. */
  pool: Pool;
  /** Rows in one of the subgraph's tables. */
  count(table: string): Promise<number>;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL schema for one test file, migrated, with a Prisma client bound to it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const prisma = await openApplicationsDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger, poolSize: 20 });
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  return {
    schema,
    prisma,
    pool,
    async count(table) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}"`);
      return result.rows[0].n as number;
    },
    async drop() {
      await prisma.$disconnect();
      await pool.end();
      await dropSchema(DATABASE_URL, schema);
    },
  };
}
