import { openDatabase, type Logger } from '@eco/kit';
import path from 'node:path';
import { PrismaClient } from './generated/prisma/client';

/** Checked-in migrations; from src/ (tests) and dist/ (built) alike. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

/** Brings the documents schema up to date and returns a client bound to it. */
export function openDocumentsDatabase(options: { databaseUrl: string; schema: string; logger: Logger; poolSize?: number }): Promise<PrismaClient> {
  return openDatabase(PrismaClient, { ...options, migrationsDir: MIGRATIONS_DIR });
}
