import { createLogger, openTestDatabase, testDatabaseUrl, testSchemaName, type SubgraphTestDatabase } from '@eco/kit';
import type { Pool } from 'pg';
import { openIdentityDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';

export const DATABASE_URL = testDatabaseUrl();

export type TestDatabase = SubgraphTestDatabase<PrismaClient>;

export const quietLogger = () => createLogger('identity-test', 'silent');

export const uniqueSchemaName = (): string => testSchemaName('identity_test');

/** A fresh PostgreSQL schema with identity's migrations applied; dropped by close(). */
export function createTestDatabase(): Promise<TestDatabase> {
  return openTestDatabase({ open: openIdentityDatabase, schemaPrefix: 'identity_test', logger: quietLogger() });
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
