import { createLogger, dropSchema } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { openAuditDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createAuditServices, type AuditServices } from '../../src/services';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const silentLogger = createLogger('audit-test', 'silent');

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  services: AuditServices;
  /** Plain pg, for what the application never does: editing and deleting journal rows. */
  pool: Pool;
  /** Another client and services on the same schema: a second replica of the subgraph. */
  replica(): Promise<{ services: AuditServices; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL schema per test file, migrated; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const schema = `audit_test_${randomBytes(5).toString('hex')}`;
  const prisma = await openAuditDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger });
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  const replicas: PrismaClient[] = [];
  return {
    schema,
    prisma,
    services: createAuditServices(prisma, { dbSchema: schema, logger: silentLogger }),
    pool,
    async replica() {
      const other = await openAuditDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger });
      replicas.push(other);
      return { services: createAuditServices(other, { dbSchema: schema, logger: silentLogger }), close: () => other.$disconnect() };
    },
    async close() {
      await Promise.all(replicas.map((client) => client.$disconnect()));
      await prisma.$disconnect();
      await pool.end();
      await dropSchema(DATABASE_URL, schema);
    },
  };
}

/** Waits for a condition the background consumers bring about (or fails). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
