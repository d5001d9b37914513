import type { Logger } from '../logging/logger';
import { applyMigrations } from './migrations';
import { createPrismaClient, type DatabaseOptions } from './prisma-client';

type PrismaClientClass<T> = Parameters<typeof createPrismaClient<T>>[0];

export interface OpenDatabaseOptions extends DatabaseOptions {
  /** The subgraph's checked-in prisma/migrations folder. */
  migrationsDir: string;
  logger: Logger;
}

/** How every subgraph (and its tests) gets its database: migrate its schema, then a client bound to it. */
export async function openDatabase<T>(ClientClass: PrismaClientClass<T>, options: OpenDatabaseOptions): Promise<T> {
  await applyMigrations({
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    migrationsDir: options.migrationsDir,
    logger: options.logger,
  });
  return createPrismaClient(ClientClass, options);
}
