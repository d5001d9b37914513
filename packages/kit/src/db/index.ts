export { applyMigrations, writeNewMigration } from './migrations';
export type { ApplyMigrationsOptions, MigrationLogger, WriteNewMigrationOptions } from './migrations';
export { createSchemaIfMissing, dropSchema, withPgClient } from './pg-schema';
export { openDatabase, type OpenDatabaseOptions } from './open-database';
export { createPrismaClient, DEFAULT_POOL_SIZE, type DatabaseOptions } from './prisma-client';
export { SqlSchema } from './sql-schema';
