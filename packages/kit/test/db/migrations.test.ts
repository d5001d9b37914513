import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { applyMigrations, writeNewMigration } from '../../src/db';
import { createTempService, databaseUrl, dropSchemas, query, removeTempService, uniqueSchemaName, type TempService } from './temp-service';

jest.setTimeout(30_000);

// An enum, a relation and a default holding ";" make the engine's introspection
// and the script runner do real work: any mismatch would show up as a diff.
const MODELS = `enum KitColor {
  RED
  BLUE
}

model KitOwner {
  id      Int         @id @default(autoincrement())
  name    String
  widgets KitWidget[]
}

model KitWidget {
  id      Int      @id @default(autoincrement())
  note    String   @default("a;b")
  color   KitColor @default(RED)
  ownerId Int
  owner   KitOwner @relation(fields: [ownerId], references: [id])
`;
const INITIAL_MODELS = `${MODELS}}\n`;
const MODELS_WITH_AGE = `${MODELS}  age     Int?\n\n  @@index([age])\n}\n`;
const OUR_TABLES = ['KitOwner', 'KitWidget', '_prisma_migrations'];

const services: TempService[] = [];
const schemas: string[] = [];

async function newService(models = INITIAL_MODELS): Promise<TempService> {
  const service = await createTempService(models);
  services.push(service);
  return service;
}

function newSchema(): string {
  const schema = uniqueSchemaName();
  schemas.push(schema);
  return schema;
}

async function writeInitialMigration(service: TempService): Promise<{ dir: string; sql: string }> {
  const result = await writeNewMigration({ databaseUrl, schemaFile: service.schemaFile, migrationsDir: service.migrationsDir, name: 'init' });
  if (!result) throw new Error('expected an initial migration');
  return result;
}

/** SQL statements without comments, whitespace collapsed, for exact comparison. */
function statements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter((statement) => statement.length > 0);
}

async function tablesNamed(names: string[]): Promise<{ table_schema: string; table_name: string }[]> {
  return query('SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = ANY($1) ORDER BY table_name', [names]);
}

afterAll(async () => {
  await dropSchemas(schemas);
  await Promise.all(services.map(removeTempService));
});

describe('writeNewMigration', () => {
  it('writes a first migration, diffed from nothing, that creates the tables', async () => {
    const service = await newService();

    const result = await writeInitialMigration(service);

    expect(basename(result.dir)).toMatch(/^\d{14}_init$/);
    expect(await readFile(join(result.dir, 'migration.sql'), 'utf8')).toBe(result.sql);
    expect(result.sql).toContain('CREATE TYPE "KitColor" AS ENUM');
    expect(result.sql).toContain('CREATE TABLE "KitWidget"');
    expect(result.sql).toContain('ADD CONSTRAINT "KitWidget_ownerId_fkey"');
    // Migrations are applied under a search_path chosen at deploy time.
    expect(result.sql).not.toMatch(/CREATE SCHEMA|prisma_scratch/);
    expect(await readFile(join(service.migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(/^provider = "postgresql"$/m);
  });

  it('writes only the ALTER TABLE and CREATE INDEX for an added column and index', async () => {
    const service = await newService();
    const initial = await writeInitialMigration(service);
    await service.setModels(MODELS_WITH_AGE);

    const change = await writeNewMigration({ databaseUrl, schemaFile: service.schemaFile, migrationsDir: service.migrationsDir, name: 'Add widget age' });

    expect(change).not.toBeNull();
    expect(statements(change!.sql)).toEqual(['ALTER TABLE "KitWidget" ADD COLUMN "age" INTEGER', 'CREATE INDEX "KitWidget_age_idx" ON "KitWidget"("age")']);
    expect(basename(change!.dir)).toMatch(/^\d{14}_add_widget_age$/);
    // Even within the same second, the new folder must sort (and apply) last.
    expect([basename(change!.dir), basename(initial.dir)].sort()).toEqual([basename(initial.dir), basename(change!.dir)]);
  });

  it('returns null and writes nothing when the schema matches the migrations', async () => {
    const service = await newService();
    await writeInitialMigration(service);
    const before = await readdir(service.migrationsDir);

    const result = await writeNewMigration({ databaseUrl, schemaFile: service.schemaFile, migrationsDir: service.migrationsDir, name: 'nothing' });

    expect(result).toBeNull();
    expect(await readdir(service.migrationsDir)).toEqual(before);
  });
});

describe('applyMigrations', () => {
  it('creates the tables inside the named schema, not public, and records the migration', async () => {
    const service = await newService();
    const initial = await writeInitialMigration(service);
    const schema = newSchema();
    const logger = { info: jest.fn() };
    const inPublicBefore = (await tablesNamed(OUR_TABLES)).filter((row) => row.table_schema === 'public');

    const result = await applyMigrations({ databaseUrl, schema, migrationsDir: service.migrationsDir, logger });

    expect(result.applied).toEqual([basename(initial.dir)]);
    const tables = await tablesNamed(OUR_TABLES);
    expect(tables.filter((row) => row.table_schema === schema).map((row) => row.table_name)).toEqual(OUR_TABLES);
    expect(tables.filter((row) => row.table_schema === 'public')).toEqual(inPublicBefore);
    const rows = await query<{ migration_name: string; checksum: string; finished: boolean }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM "${schema}"._prisma_migrations`,
    );
    // Same checksum as `prisma migrate deploy` records, so the two tools agree.
    expect(rows).toEqual([{ migration_name: basename(initial.dir), checksum: createHash('sha256').update(initial.sql).digest('hex'), finished: true }]);
    expect(logger.info).toHaveBeenCalledWith(expect.objectContaining({ schema, applied: result.applied }), expect.any(String));
  });

  it('is a no-op the second time', async () => {
    const service = await newService();
    await writeInitialMigration(service);
    const schema = newSchema();
    await applyMigrations({ databaseUrl, schema, migrationsDir: service.migrationsDir });
    const recorded = await query(`SELECT * FROM "${schema}"._prisma_migrations`);

    const second = await applyMigrations({ databaseUrl, schema, migrationsDir: service.migrationsDir });

    expect(second.applied).toEqual([]);
    expect(await query(`SELECT * FROM "${schema}"._prisma_migrations`)).toEqual(recorded);
  });

  it('applies only the new migration after a schema change', async () => {
    const service = await newService();
    await writeInitialMigration(service);
    const schema = newSchema();
    await applyMigrations({ databaseUrl, schema, migrationsDir: service.migrationsDir });
    await service.setModels(MODELS_WITH_AGE);
    const change = await writeNewMigration({ databaseUrl, schemaFile: service.schemaFile, migrationsDir: service.migrationsDir, name: 'add_age' });

    const result = await applyMigrations({ databaseUrl, schema, migrationsDir: service.migrationsDir });

    expect(result.applied).toEqual([basename(change!.dir)]);
    const indexes = await query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname = $2', [schema, 'KitWidget_age_idx']);
    expect(indexes).toHaveLength(1);
  });

  it('applies each migration once when two callers start at the same time on a fresh schema', async () => {
    const service = await newService();
    const initial = await writeInitialMigration(service);
    await service.setModels(MODELS_WITH_AGE);
    const change = await writeNewMigration({ databaseUrl, schemaFile: service.schemaFile, migrationsDir: service.migrationsDir, name: 'add_age' });
    const schema = newSchema();
    const options = { databaseUrl, schema, migrationsDir: service.migrationsDir };

    const results = await Promise.all([applyMigrations(options), applyMigrations(options)]);

    const all = [basename(initial.dir), basename(change!.dir)];
    expect(results.map((result) => result.applied).sort((a, b) => a.length - b.length)).toEqual([[], all]);
    const rows = await query<{ migration_name: string }>(`SELECT migration_name FROM "${schema}"._prisma_migrations ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(all);
  });
});
