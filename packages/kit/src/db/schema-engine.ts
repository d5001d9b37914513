import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type {
  DiffTarget as EngineDiffTarget,
  MigrationList as EngineMigrationList,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg' with { 'resolution-mode': 'import' };
import { MigrationAdapterFactory } from './migration-adapter-factory';
import { createSchemaIfMissing } from './pg-schema';
import { loadSchemaEngine } from './wasm-glue-loader';

export type MigrationList = EngineMigrationList;
export type DiffTarget = EngineDiffTarget;

export interface SchemaEngineOptions {
  databaseUrl: string;
  /** PostgreSQL schema every statement of the engine runs in. */
  schema: string;
  /** Scratch schema used as the "shadow database" when diffing from migrations. */
  shadowSchema?: string;
  /** Receives the engine's JSON log lines (tracing output). */
  onLog?: (line: string) => void;
}

export interface SchemaEngineApi {
  /** Applies pending migrations; returns the names applied now (none on a re-run). */
  applyMigrations(migrations: MigrationList): Promise<string[]>;
  /** The SQL taking `from` to `to`, or null when they are the same. */
  diffScript(from: DiffTarget, to: DiffTarget): Promise<string | null>;
}

// No tables or enums are managed outside Prisma in our services.
const NO_EXTERNAL_OBJECTS: SchemaFilter = { externalTables: [], externalEnums: [] };
// `diff` reports 2 when the two sides differ, as `prisma migrate diff --exit-code` does.
const DIFF_HAS_CHANGES = 2;

/**
 * Runs `fn` with Prisma's WASM schema engine connected (through adapter-pg) to
 * one PostgreSQL schema, then frees the engine and its connections. The
 * engine works offline, unlike the CLI's native one, which it downloads.
 */
export async function withSchemaEngine<T>(options: SchemaEngineOptions, fn: (engine: SchemaEngineApi) => Promise<T>): Promise<T> {
  // With search_path naming a missing schema PostgreSQL has nowhere to create
  // tables, so the schemas are made first.
  await createSchemaIfMissing(options.databaseUrl, options.schema);
  if (options.shadowSchema !== undefined) await createSchemaIfMissing(options.databaseUrl, options.shadowSchema);

  const factory = new MigrationAdapterFactory(options.databaseUrl, options.schema, options.shadowSchema);
  const { SchemaEngine, cancelTimers } = loadSchemaEngine();
  let engine: Awaited<ReturnType<typeof SchemaEngine.new>> | undefined;
  try {
    const started = await SchemaEngine.new({ datamodels: undefined }, options.onLog ?? (() => {}), bindMigrationAwareSqlAdapterFactory(factory));
    engine = started;
    return await fn({
      async applyMigrations(migrationsList) {
        const { appliedMigrationNames } = await started.applyMigrations({ migrationsList, filters: NO_EXTERNAL_OBJECTS });
        return appliedMigrationNames;
      },
      async diffScript(from, to) {
        const { exitCode, stdout } = await started.diff({ from, to, script: true, exitCode: true, filters: NO_EXTERNAL_OBJECTS });
        return exitCode === DIFF_HAS_CHANGES ? (stdout ?? '') : null;
      },
    });
  } finally {
    engine?.free();
    cancelTimers();
    await factory.disposeAll();
  }
}
