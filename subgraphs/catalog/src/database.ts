import { applyMigrations, createPrismaClient, type Logger } from '@eco/kit';
import path from 'node:path';
import { PrismaClient } from './generated/prisma/client';

/** Checked-in migrations; from src/ (tests) and dist/ (built) alike. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export interface CatalogDatabaseOptions {
  databaseUrl: string;
  /** PostgreSQL schema for the catalog's tables. */
  schema: string;
  logger: Logger;
}

/** Brings the schema up to date, then opens a Prisma client bound to it. */
export async function openCatalogDatabase(options: CatalogDatabaseOptions): Promise<PrismaClient> {
  await applyMigrations({
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    migrationsDir: MIGRATIONS_DIR,
    logger: options.logger,
  });
  return createPrismaClient(PrismaClient, { databaseUrl: options.databaseUrl, schema: options.schema });
}
