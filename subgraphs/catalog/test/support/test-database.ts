import { createLogger, dropSchema, withPgClient } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { openCatalogDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createCatalogServices, type CatalogServices } from '../../src/services';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const silentLogger = createLogger('catalog-test', 'silent');

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  services: CatalogServices;
  /** Disconnects and drops the test file's schema. */
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
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  await ensureTrigramExtension();
  const prisma = await openCatalogDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger });
  return {
    schema,
    prisma,
    services: createCatalogServices(prisma, schema),
    async drop() {
      await prisma.$disconnect();
      await dropSchema(DATABASE_URL, schema);
    },
  };
}
