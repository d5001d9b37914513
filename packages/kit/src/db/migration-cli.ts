#!/usr/bin/env node
// Usage (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/test):
//   migration-cli new <serviceDir> <name>       write prisma/migrations/<timestamp>_<name>/migration.sql
//   migration-cli apply <serviceDir> <pgSchema> apply pending migrations inside <pgSchema>
import { join } from 'node:path';
import { applyMigrations, writeNewMigration } from './migrations';

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';
const USAGE = 'usage: migration-cli new <serviceDir> <name> | migration-cli apply <serviceDir> <pgSchema>';

export async function runMigrationCli(args: string[], databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Promise<number> {
  const [command, serviceDir, target, ...rest] = args;
  if (!serviceDir || !target || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const migrationsDir = join(serviceDir, 'prisma', 'migrations');

  if (command === 'new') {
    const written = await writeNewMigration({ databaseUrl, schemaFile: join(serviceDir, 'prisma', 'schema.prisma'), migrationsDir, name: target });
    console.log(written ? join(written.dir, 'migration.sql') : 'no schema changes');
    return 0;
  }
  if (command === 'apply') {
    const { applied } = await applyMigrations({ databaseUrl, schema: target, migrationsDir });
    console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'no pending migrations');
    return 0;
  }
  console.error(USAGE);
  return 2;
}

if (require.main === module) {
  runMigrationCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
