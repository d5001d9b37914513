export { applyMigrations, writeNewMigration } from './migrations';
export type { ApplyMigrationsOptions, MigrationLogger, WriteNewMigrationOptions } from './migrations';
export { createSchemaIfMissing, dropSchema, withPgClient } from './pg-schema';
