import path from 'node:path';
import { applyMigrations, createPrismaClient, type Logger } from '@eco/kit';
import { PrismaClient } from './generated/prisma/client';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

/** Brings identity's schema up to date and returns a client bound to it. */
export async function openIdentityDatabase(options: { databaseUrl: string; schema: string; logger: Logger }): Promise<PrismaClient> {
  await applyMigrations({
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    migrationsDir: MIGRATIONS_DIR,
    logger: options.logger,
  });
  return createPrismaClient(PrismaClient, { databaseUrl: options.databaseUrl, schema: options.schema });
}
