import { createLogger, openTestDatabase, testDatabaseUrl, withPgClient, type SubgraphTestDatabase } from '@eco/kit';
import { openCatalogDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createCatalogServices, type CatalogServices } from '../../src/services';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('catalog-test', 'silent');

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  services: CatalogServices;
  /** close(), by the name the catalog's tests use: disconnects and drops the test file's schema. */
  drop(): Promise<void>;
}

/**
 * The search migration creates pg_trgm if missing; two test files migrating a fresh database
 * at once would race on that (a unique violation in pg_extension), so install it up front.
 */
async function ensureTrigramExtension(): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await withPgClient(DATABASE_URL, (client) => client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public'));
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A fresh PostgreSQL schema for one test file, migrated, with a Prisma client bound to it. */
export async function createTestDatabase(prefix = 'catalog_test'): Promise<TestDatabase> {
  await ensureTrigramExtension();
  const db = await openTestDatabase({ open: openCatalogDatabase, schemaPrefix: prefix, logger: silentLogger });
  return { ...db, services: createCatalogServices(db.prisma, db.schema), drop: db.close };
}
