import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { applyMigrations } from '../../src/db';
import { createTempService, databaseUrl, query, removeTempService, uniqueSchemaName, type TempService } from './temp-service';

// Prisma's schema engine waits at most 10 s for its own database-wide lock; the
// migration must outlast that even for a caller that arrives HEAD_START_MS late.
const HEAD_START_MS = 500;
const LONGER_THAN_ENGINE_LOCK_TIMEOUT_S = 12;
const MIGRATION = '20250101000000_slow';

jest.setTimeout(60_000);

let service: TempService;
const slowSchema = uniqueSchemaName();
const otherSchema = uniqueSchemaName();
// Advisory locks are per database. Holding the migration lock for 12 s in the
// shared test database would stall every other suite that migrates there, so
// this test gets a database of its own.
const isolatedDatabase = `${uniqueSchemaName()}_db`;
const isolatedUrl = (() => {
  const url = new URL(databaseUrl);
  url.pathname = `/${isolatedDatabase}`;
  return url.toString();
})();

beforeAll(async () => {
  await query(`CREATE DATABASE "${isolatedDatabase}"`);
  service = await createTempService('');
  await mkdir(join(service.migrationsDir, MIGRATION), { recursive: true });
  await writeFile(join(service.migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  // Slow only where it is applied to slowSchema, so the test waits one long migration, not three.
  await writeFile(
    join(service.migrationsDir, MIGRATION, 'migration.sql'),
    `SELECT pg_sleep(CASE WHEN current_schema() = '${slowSchema}' THEN ${LONGER_THAN_ENGINE_LOCK_TIMEOUT_S} ELSE 0 END);\nCREATE TABLE "KitSlow" ("id" INTEGER NOT NULL);\n`,
  );
});

afterAll(async () => {
  await query(`DROP DATABASE IF EXISTS "${isolatedDatabase}" WITH (FORCE)`);
  await removeTempService(service);
});

it('lets callers for the same and for another schema wait out a migration longer than the engine lock timeout', async () => {
  const apply = (schema: string) => applyMigrations({ databaseUrl: isolatedUrl, schema, migrationsDir: service.migrationsDir });
  const sameSchema = [apply(slowSchema), apply(slowSchema)];
  // Give the slow migration time to start, so the other service surely arrives while it runs.
  await delay(HEAD_START_MS);
  const otherService = apply(otherSchema);

  const [first, second, other] = await Promise.all([...sameSchema, otherService]);

  expect([first.applied, second.applied].sort((a, b) => a.length - b.length)).toEqual([[], [MIGRATION]]);
  expect(other.applied).toEqual([MIGRATION]);
});
