import { createLogger, dropSchema } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openDocumentsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { documentSigningKeyFromPem, generateDocumentSigningKeyPem } from '../../src/keys/document-signing-key';
import type { VirusScanner } from '../../src/scanning/virus-scanner';
import { createDocumentsServices, type DocumentsServices } from '../../src/services';
import { DEFAULT_SETTINGS, type DocumentsSettings } from '../../src/settings';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const silentLogger = createLogger('documents-test', 'silent');

export function uniqueSchemaName(prefix = 'documents_test'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** A settable clock: every rule of the subgraph reads it. */
export class TestClock {
  constructor(public current = new Date('2026-03-10T09:00:00Z')) {}
  readonly now = () => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Fresh keys per test database, as a development start makes them. */
export function testKeys() {
  return { signing: documentSigningKeyFromPem(generateDocumentSigningKeyPem()), links: randomBytes(32) };
}

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  services: DocumentsServices;
  clock: TestClock;
  pool: Pool;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL schema with documents' migrations applied; dropped by close(). */
export async function createTestDatabase(options: { settings?: Partial<DocumentsSettings>; scanner?: VirusScanner; clock?: TestClock } = {}): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const prisma = await openDocumentsDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger, poolSize: 25 });
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  const clock = options.clock ?? new TestClock();
  const services = createDocumentsServices(prisma, {
    dbSchema: schema,
    keys: testKeys(),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    scanner: options.scanner,
    now: clock.now,
    logger: silentLogger,
  });
  return {
    schema,
    prisma,
    services,
    clock,
    pool,
    async count(table, where = 'true', params = []) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE ${where}`, params);
      return result.rows[0].n as number;
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await dropSchema(DATABASE_URL, schema);
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, stepMs = 20): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(stepMs);
  }
}
