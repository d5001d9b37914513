import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { withAdvisoryLock } from './advisory-lock';
import { ensureLockFile, listMigrationDirs, newMigrationDirName, readMigrationList, writeMigrationFile } from './migration-files';
import { assertSchemaName, dropSchema } from './pg-schema';
import { withSchemaEngine, type DiffTarget } from './schema-engine';

export interface MigrationLogger {
  info(obj: object, msg?: string): void;
}

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  /** The service's own PostgreSQL schema (e.g. `identity`); created if missing. */
  schema: string;
  migrationsDir: string;
  logger?: MigrationLogger;
}

/**
 * One lock for the whole database, not one per schema: the engine itself takes
 * Prisma's database-wide advisory lock (72707369) and gives up after 10 s, so
 * with per-schema locks a service whose migration runs longer makes another
 * service starting at the same time fail. Waiting here has no time limit, and
 * the engine's lock is always free once we hold ours.
 */
const MIGRATION_LOCK = 'eco-kit:prisma-migrations';

/**
 * Applies the pending migrations of `migrationsDir` inside `schema` and records
 * them in that schema's `_prisma_migrations`, the table `prisma migrate deploy`
 * keeps, so either tool can take over from the other.
 */
export async function applyMigrations({ databaseUrl, schema, migrationsDir, logger }: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  assertSchemaName(schema);
  const migrations = await readMigrationList(migrationsDir);
  const started = Date.now();
  const applied = await withAdvisoryLock(databaseUrl, MIGRATION_LOCK, () =>
    withSchemaEngine({ databaseUrl, schema }, (engine) => engine.applyMigrations(migrations)),
  );
  logger?.info({ schema, applied, durationMs: Date.now() - started }, applied.length > 0 ? 'applied database migrations' : 'database schema is up to date');
  return { applied };
}

export interface WriteNewMigrationOptions {
  databaseUrl: string;
  schemaFile: string;
  migrationsDir: string;
  name: string;
}

/**
 * Migrations are applied with search_path set to the service's schema, so they
 * must not name a schema. The engine emits a CREATE SCHEMA for its working
 * schema when starting from nothing; that one is ours to drop, anything else
 * naming the scratch schema means the SQL cannot be reused elsewhere.
 */
function withoutScratchSchema(sql: string, scratch: string): string {
  const cleaned = sql.replace(`-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "${scratch}";\n\n`, '');
  if (cleaned.includes(scratch)) {
    throw new Error(`The generated migration refers to the scratch schema ${scratch}; refusing to write it:\n${cleaned}`);
  }
  return cleaned;
}

function hasStatements(sql: string): boolean {
  return sql.replace(/--.*$/gm, '').trim().length > 0;
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that
 * takes a database from the state the existing migrations build to the current
 * `schemaFile`; returns null and writes nothing when there is no difference.
 *
 * The old state comes from the migrations themselves, not from git: the engine
 * replays them into a throwaway PostgreSQL schema (its "shadow database") and
 * compares what it finds there with the datamodel.
 */
export async function writeNewMigration({ databaseUrl, schemaFile, migrationsDir, name }: WriteNewMigrationOptions): Promise<{ dir: string; sql: string } | null> {
  const datamodel = await readFile(schemaFile, 'utf8');
  const migrations = await readMigrationList(migrationsDir);
  const from: DiffTarget = migrations.migrationDirectories.length > 0 ? { tag: 'migrations', ...migrations } : { tag: 'empty' };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: datamodel }] };

  // The engine's own connection and the shadow share one scratch schema so both
  // sides of the diff live in the same namespace; otherwise it would emit
  // DROP/CREATE of every table to "move" them between schemas.
  const scratch = `prisma_scratch_${randomBytes(6).toString('hex')}`;
  let diff: string | null;
  try {
    diff = await withSchemaEngine({ databaseUrl, schema: scratch, shadowSchema: scratch }, (engine) => engine.diffScript(from, to));
  } finally {
    await dropSchema(databaseUrl, scratch);
  }
  if (diff === null) return null;
  const sql = withoutScratchSchema(diff, scratch);
  if (!hasStatements(sql)) return null;

  await ensureLockFile(migrationsDir);
  const dirName = newMigrationDirName(await listMigrationDirs(migrationsDir), name, new Date());
  const dir = await writeMigrationFile(migrationsDir, dirName, sql);
  return { dir, sql };
}
