import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { RawSqlClient } from '../events/outbox';

export interface OutboxTestSchema {
  /** A fresh schema holding an `outbox_event` table of the producers' shape. */
  schema: string;
  /** Its connection, as the Outbox wants it (Prisma's raw-SQL methods), with transactions. */
  db: RawSqlClient & { transaction<T>(work: (tx: RawSqlClient) => Promise<T>) : Promise<T> };
  client: Client;
  drop(): Promise<void>;
}

/**
 * For tests and benchmarks of the event flow without a subgraph: a producer's outbox table (the
 * DDL of the subgraphs' migrations) in a schema of its own, on one pg connection.
 */
export async function createOutboxTestSchema(databaseUrl: string): Promise<OutboxTestSchema> {
  const schema = `outbox_test_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`CREATE TABLE "${schema}"."outbox_event" (
    "seq" BIGSERIAL PRIMARY KEY, "id" UUID NOT NULL UNIQUE, "type" TEXT NOT NULL, "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL, "audience" JSONB NOT NULL, "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
  const raw: RawSqlClient = {
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rowCount ?? 0,
  };
  return {
    schema,
    client,
    db: {
      ...raw,
      async transaction(work) {
        await client.query('BEGIN');
        try {
          const result = await work(raw);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
    },
    async drop() {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    },
  };
}
