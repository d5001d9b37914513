import { createLogger, openTestDatabase, testDatabaseUrl, testSchemaName, type SubgraphTestDatabase } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { openNotificationsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createNotificationsServices, type NotificationsServices } from '../../src/services';
import type { NotificationsSettings } from '../../src/settings';

export { eventually, sleep } from '@eco/kit';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('notifications-test', 'silent');

/** Fast retries and polls, so the tests can watch whole lifecycles. */
export const TEST_SETTINGS: NotificationsSettings = {
  deliveryRetry: { baseDelayMs: 10, maxDelayMs: 100, maxAttempts: 3, jitter: 0 },
  webhookRetry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 5, jitter: 0.2 },
  webhookTimeoutMs: 2_000,
  workerPollIntervalMs: 20,
  providerStatusPollMs: 0,
};

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  services: NotificationsServices;
  webhookKey: Buffer;
}

export const uniqueSchemaName = (prefix = 'notifications_test'): string => testSchemaName(prefix);

/** A fresh PostgreSQL schema with notifications' migrations applied; dropped by close(). */
export async function createTestDatabase(settings: NotificationsSettings = TEST_SETTINGS): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openNotificationsDatabase, schemaPrefix: 'notifications_test', logger: silentLogger });
  const webhookKey = randomBytes(32);
  return {
    ...db,
    webhookKey,
    services: createNotificationsServices(db.prisma, { dbSchema: db.schema, webhookKey, settings, logger: silentLogger }),
  };
}
