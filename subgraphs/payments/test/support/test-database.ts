import { createLogger, dropSchema } from '@eco/kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { SandboxAcquirer } from '../../src/acquiring/sandbox-acquirer';
import type { ServiceFee, ServiceFeeClient } from '../../src/clients/catalog-client';
import { openPaymentsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import type { InvoiceRow, InvoiceSourceValue } from '../../src/invoices/invoices.service';
import { createPaymentsServices, type PaymentsServices } from '../../src/services';
import type { SourceItem, SourceItemsClient, SourceKind } from '../../src/sources/source-items-client';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const silentLogger = createLogger('payments-test', 'silent');

export function uniqueSchemaName(prefix = 'payments_test'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** taxes-fines as the SourceItemsClient contract describes it: items visible to their owner only. */
export class InMemorySourceItems implements SourceItemsClient {
  readonly items = new Map<string, SourceItem & { kind: SourceKind; ownerToken: string }>();
  readonly calls: { kind: SourceKind; ids: readonly string[]; token: string | null }[] = [];

  add(kind: SourceKind, ownerToken: string, item: Partial<SourceItem> & { uin: string; amountDue: number }): string {
    const id = item.id ?? randomUUID();
    this.items.set(id, { id, payable: true, ...item, kind, ownerToken });
    return id;
  }

  async fetch(kind: SourceKind, ids: readonly string[], token: string | null): Promise<(SourceItem | null)[]> {
    this.calls.push({ kind, ids, token });
    return ids.map((id) => {
      const item = this.items.get(id);
      if (!item || item.kind !== kind || item.ownerToken !== token) return null;
      return { id: item.id, uin: item.uin, amountDue: item.amountDue, payable: item.payable };
    });
  }
}

export class InMemoryCatalog implements ServiceFeeClient {
  readonly fees = new Map<string, ServiceFee>();
  calls = 0;
  async feeOf(serviceId: string): Promise<ServiceFee | null> {
    this.calls += 1;
    return this.fees.get(serviceId) ?? null;
  }
}

/** A settable clock. */
export class TestClock {
  constructor(public current = new Date('2026-03-10T09:00:00Z')) {}
  readonly now = () => new Date(this.current);
}

export interface TestDatabase {
  schema: string;
  prisma: PrismaClient;
  services: PaymentsServices;
  acquirer: SandboxAcquirer;
  sourceItems: InMemorySourceItems;
  catalog: InMemoryCatalog;
  clock: TestClock;
  pool: Pool;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  /** An UNPAID invoice straight in the table (no taxes-fines needed). */
  invoice(payerId: string, amountKopecks?: number, source?: InvoiceSourceValue): Promise<InvoiceRow>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL schema with payments' migrations applied; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const prisma = await openPaymentsDatabase({ databaseUrl: DATABASE_URL, schema, logger: silentLogger, poolSize: 25 });
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  const acquirer = new SandboxAcquirer();
  const sourceItems = new InMemorySourceItems();
  const catalog = new InMemoryCatalog();
  const clock = new TestClock();
  const services = createPaymentsServices(prisma, { dbSchema: schema, acquirer, sourceItems, catalog, now: clock.now });
  return {
    schema,
    prisma,
    services,
    acquirer,
    sourceItems,
    catalog,
    clock,
    pool,
    async count(table, where = 'true', params = []) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE ${where}`, params);
      return result.rows[0].n as number;
    },
    invoice(payerId, amountKopecks = 150_000, source = 'FINE') {
      return services.invoices.insert({
        payerId,
        purposeRu: 'Оплата штрафа',
        purposeEn: 'Payment of a fine',
        amountKopecks,
        source,
        sourceIds: [randomUUID()],
        dueDate: new Date(clock.now().getTime() + 20 * 86_400_000),
      });
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
