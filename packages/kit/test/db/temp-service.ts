import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const HEADER = `generator client {
  provider     = "prisma-client"
  output       = "../src/generated/prisma"
  moduleFormat = "cjs"
}

datasource db {
  provider = "postgresql"
}
`;

export interface TempService {
  dir: string;
  schemaFile: string;
  migrationsDir: string;
  setModels(models: string): Promise<void>;
}

/** A service folder in the OS temp dir with `prisma/schema.prisma` holding `models`. */
export async function createTempService(models: string): Promise<TempService> {
  const dir = await mkdtemp(join(tmpdir(), 'kit-db-test-'));
  await mkdir(join(dir, 'prisma'));
  const schemaFile = join(dir, 'prisma', 'schema.prisma');
  const service: TempService = {
    dir,
    schemaFile,
    migrationsDir: join(dir, 'prisma', 'migrations'),
    setModels: (next) => writeFile(schemaFile, `${HEADER}\n${next}`),
  };
  await service.setModels(models);
  return service;
}

export function removeTempService(service: TempService): Promise<void> {
  return rm(service.dir, { recursive: true, force: true });
}

/** A PG schema name no other (parallel) test run will pick. */
export function uniqueSchemaName(): string {
  return `kit_test_${randomBytes(5).toString('hex')}`;
}

export async function query<Row extends object>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  for (const schema of schemas) await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
