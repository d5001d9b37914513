import { randomBytes } from 'node:crypto';
import { createLogger, dropSchema } from '@eco/kit';
import { Pool } from 'pg';
import { openIdentityDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  /** Plain `pg` access, for reading rows exactly as stored. */
  pool: Pool;
  /** Rows in one of identity's tables. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export const quietLogger = () => createLogger('identity-test', 'silent');

export function uniqueSchemaName(): string {
  return `identity_test_${randomBytes(6).toString('hex')}`;
}

/** A fresh PostgreSQL schema with identity's migrations applied; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  const prisma = await openIdentityDatabase({ databaseUrl: DATABASE_URL, schema, logger: quietLogger() }).catch(
    async (error: unknown) => {
      await dropSchema(DATABASE_URL, schema);
      await pool.end();
      throw error;
    },
  );
  return {
    schema,
    prisma,
    pool,
    async count(table) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}"`);
      return result.rows[0].n as number;
    },
    async close() {
      await prisma.$disconnect();
      await dropSchema(DATABASE_URL, schema);
      await pool.end();
    },
  };
}

/** The newest code the sandbox operator "delivered" to this address (email or E.164 phone). */
export async function latestSandboxCode(pool: Pool, schema: string, recipient: string, purpose?: string): Promise<string> {
  const { rows } = await pool.query(
    `SELECT text FROM "${schema}".sandbox_message WHERE recipient = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY created_at DESC, id LIMIT 1`,
    [recipient, purpose ?? null],
  );
  const match = /\b(\d{6})\b/.exec((rows[0]?.text as string | undefined) ?? '');
  if (!match) throw new Error(`no sandbox code for ${recipient}`);
  return match[1];
}

/** Every outbox row, oldest first, as stored. */
export async function outboxRows(pool: Pool, schema: string): Promise<{ type: string; subject_type: string; subject_id: string; audience: any; payload: any }[]> { // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON columns
  return (await pool.query(`SELECT type, subject_type, subject_id, audience, payload FROM "${schema}".outbox_event ORDER BY seq`)).rows;
}
