import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyMigrations } from '../src/db';
import { createLogger } from '../src/logging/logger';
import { eventually, sleep } from '../src/testing/eventually';
import { openTestDatabase, testSchemaName, type OpenSubgraphDatabase } from '../src/testing/test-database';
import { createTempService, databaseUrl, query, removeTempService, type TempService } from './db/temp-service';

jest.setTimeout(60_000);

const logger = createLogger('kit-test', 'silent');
let service: TempService;

/** A stand-in for a subgraph's open<Name>Database: migrate with its folder, return a "client". */
function openWidgets(migrationsDir: () => string) {
  const clients: { schema: string; $disconnect: jest.Mock }[] = [];
  const open: OpenSubgraphDatabase<(typeof clients)[number]> = async (options) => {
    await applyMigrations({ databaseUrl: options.databaseUrl, schema: options.schema, migrationsDir: migrationsDir(), logger: options.logger });
    const client = { schema: options.schema, $disconnect: jest.fn(async () => undefined) };
    clients.push(client);
    return client;
  };
  return { open, clients };
}

async function schemaExists(schema: string): Promise<boolean> {
  return (await query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema])).length === 1;
}

beforeAll(async () => {
  service = await createTempService('');
  await mkdir(join(service.migrationsDir, '20250101000000_init'), { recursive: true });
  await writeFile(join(service.migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  await writeFile(join(service.migrationsDir, '20250101000000_init', 'migration.sql'), 'CREATE TABLE "widget" ("id" INTEGER NOT NULL, "color" TEXT NOT NULL);\n');
});

afterAll(() => removeTempService(service));

describe('openTestDatabase', () => {
  it('makes a fresh, migrated schema per call and drops it on close', async () => {
    const { open, clients } = openWidgets(() => service.migrationsDir);
    const [a, b] = await Promise.all([
      openTestDatabase({ open, schemaPrefix: 'kit_test', logger }),
      openTestDatabase({ open, schemaPrefix: 'kit_test', logger }),
    ]);
    try {
      expect(a.schema).toMatch(/^kit_test_[0-9a-f]{10}$/);
      expect(b.schema).not.toBe(a.schema);
      expect(a.databaseUrl).toBe(databaseUrl);
      expect(clients.map((client) => client.schema).sort()).toEqual([a.schema, b.schema].sort());
      expect(a.prisma.schema).toBe(a.schema);

      await a.pool.query(`INSERT INTO "${a.schema}".widget (id, color) VALUES (1, 'red'), (2, 'blue'), (3, 'red')`);
      expect(await a.count('widget')).toBe(3);
      expect(await a.count('widget', 'color = $1', ['red'])).toBe(2);
      expect(await b.count('widget')).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
    expect(clients.every((client) => client.$disconnect.mock.calls.length === 1)).toBe(true);
    expect(await schemaExists(a.schema)).toBe(false);
    expect(await schemaExists(b.schema)).toBe(false);
  });

  it('drops the schema and rethrows when the migration fails', async () => {
    const broken = await createTempService('');
    try {
      await mkdir(join(broken.migrationsDir, '20250101000000_broken'), { recursive: true });
      await writeFile(join(broken.migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
      await writeFile(join(broken.migrationsDir, '20250101000000_broken', 'migration.sql'), 'CREATE TABLE "widget" (id NOT A TYPE);\n');
      let schema = '';
      const { open } = openWidgets(() => broken.migrationsDir);
      const remembering: typeof open = (options) => {
        schema = options.schema;
        return open(options);
      };

      await expect(openTestDatabase({ open: remembering, schemaPrefix: 'kit_test', logger })).rejects.toThrow();
      expect(schema).toMatch(/^kit_test_/);
      expect(await schemaExists(schema)).toBe(false);
    } finally {
      await removeTempService(broken);
    }
  });

  it('passes the Prisma pool size on to the subgraph\'s open function', async () => {
    const seen: (number | undefined)[] = [];
    const open: OpenSubgraphDatabase<{ $disconnect(): Promise<void> }> = async (options) => {
      seen.push(options.poolSize);
      return { $disconnect: async () => undefined };
    };
    const db = await openTestDatabase({ open, schemaPrefix: 'kit_test', logger, poolSize: 25 });
    await db.close();
    expect(seen).toEqual([25]);
  });

  it('names schemas PostgreSQL takes without quoting', () => {
    expect(testSchemaName('taxes_fines_test')).toMatch(/^taxes_fines_test_[0-9a-f]{10}$/);
  });
});

describe('eventually', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    expect(await eventually(async () => (++calls >= 3 ? { calls } : null), 1_000, 1)).toEqual({ calls: 3 });
  });

  it('fails once the time is up', async () => {
    const started = Date.now();
    await expect(eventually(async () => false, 50, 5)).rejects.toThrow('condition not met in time');
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('sleeps', async () => {
    const started = Date.now();
    await sleep(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
