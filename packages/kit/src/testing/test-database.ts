import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { dropSchema } from '../db/pg-schema';
import type { Logger } from '../logging/logger';

/** Where subgraph tests make their schemas: DATABASE_URL, or the local `test` database. */
export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
}

/** A schema name no other test file (or parallel run) picks: `<prefix>_<10 hex digits>`. */
export function testSchemaName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** A subgraph's `open<Name>Database`: migrates the schema with its migrations, returns a client bound to it. */
export type OpenSubgraphDatabase<Client> = (options: { databaseUrl: string; schema: string; logger: Logger; poolSize?: number }) => Promise<Client>;

export interface TestDatabaseOptions<Client> {
  open: OpenSubgraphDatabase<Client>;
  /** Names the schema, e.g. "payments_test". */
  schemaPrefix: string;
  logger: Logger;
  /** The Prisma client's connections (the kit's default when absent). */
  poolSize?: number;
  /** Connections of the plain `pg` pool. */
  plainPoolSize?: number;
  databaseUrl?: string;
}

export interface SubgraphTestDatabase<Client> {
  databaseUrl: string;
  schema: string;
  prisma: Client;
  /** Plain `pg` access, for reading rows exactly as stored (and doing what the services never do). */
  pool: Pool;
  /** Rows in one of the subgraph's tables, optionally only those matching `where` ($1… from `params`). */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  /** Disconnects, then drops the schema. */
  close(): Promise<void>;
}

/**
 * A fresh PostgreSQL schema for one test file in the test database, migrated by the subgraph's
 * own `open<Name>Database`; `close()` drops it. A failed migration drops it at once.
 */
export async function openTestDatabase<Client extends { $disconnect(): Promise<void> }>(
  options: TestDatabaseOptions<Client>,
): Promise<SubgraphTestDatabase<Client>> {
  const databaseUrl = options.databaseUrl ?? testDatabaseUrl();
  const schema = testSchemaName(options.schemaPrefix);
  const pool = new Pool({ connectionString: databaseUrl, max: options.plainPoolSize ?? 2 });
  let prisma: Client;
  try {
    prisma = await options.open({ databaseUrl, schema, logger: options.logger, poolSize: options.poolSize });
  } catch (error) {
    await pool.end();
    await dropSchema(databaseUrl, schema);
    throw error;
  }
  return {
    databaseUrl,
    schema,
    prisma,
    pool,
    async count(table, where = 'true', params = []) {
      const result = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE ${where}`, params);
      return result.rows[0].n;
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await dropSchema(databaseUrl, schema);
    },
  };
}
