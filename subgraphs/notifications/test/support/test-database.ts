import { createLogger, dropSchema } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openNotificationsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createNotificationsServices, type NotificationsServices } from '../../src/services';
import type { NotificationsSettings } from '../../src/settings';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const silentLogger = createLogger('notifications-test', 'silent');

/** Fast retries and polls, so the tests can watch whole lifecycles. */
export const TEST_SETTINGS: NotificationsSettings = {
  deliveryRetry: { baseDelayMs: 10, maxDelayMs: 100, maxAttempts: 3, jitter: 0 },
  webhookRetry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 5, jitter: 0.2 },
  webhookTimeoutMs: 2_000,
  workerPollIntervalMs: 20,
  feedPollIntervalMs: 20,
  providerStatusPollMs: 0,
};

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  services: NotificationsServices;
  webhookKey: Buffer;
  /** Plain `pg` access, for reading rows exactly as stored. */
  pool: Pool;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function uniqueSchemaName(prefix = 'notifications_test'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** A fresh PostgreSQL schema with notifications' migrations applied; dropped by close(). */
export async function createTestDatabase(settings: NotificationsSettings = TEST_SETTINGS): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  const prisma = await openNotificationsDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger }).catch(async (error: unknown) => {
    await dropSchema(DATABASE_URL, schema);
    await pool.end();
    throw error;
  });
  const webhookKey = randomBytes(32);
  return {
    schema,
    prisma,
    webhookKey,
    services: createNotificationsServices(prisma, { dbSchema: schema, webhookKey, settings, logger: silentLogger }),
    pool,
    async count(table, where = 'true', params = []) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE ${where}`, params);
      return result.rows[0].n as number;
    },
    async close() {
      await prisma.$disconnect();
      await dropSchema(DATABASE_URL, schema);
      await pool.end();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value (or fails after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, stepMs = 10): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(stepMs);
  }
}
