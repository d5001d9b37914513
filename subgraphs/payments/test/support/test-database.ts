import { createLogger, openTestDatabase, testDatabaseUrl, testSchemaName, type SubgraphTestDatabase } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { SandboxAcquirer } from '../../src/acquiring/sandbox-acquirer';
import type { ServiceFee, ServiceFeeClient } from '../../src/clients/catalog-client';
import { openPaymentsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import type { InvoiceRow, InvoiceSourceValue } from '../../src/invoices/invoices.service';
import { createPaymentsServices, type PaymentsServices } from '../../src/services';
import type { SourceItem, SourceItemsClient, SourceKind } from '../../src/sources/source-items-client';

export { eventually, sleep } from '@eco/kit';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('payments-test', 'silent');

export const uniqueSchemaName = (prefix = 'payments_test'): string => testSchemaName(prefix);

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

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  services: PaymentsServices;
  acquirer: SandboxAcquirer;
  sourceItems: InMemorySourceItems;
  catalog: InMemoryCatalog;
  clock: TestClock;
  /** An UNPAID invoice straight in the table (no taxes-fines needed). */
  invoice(payerId: string, amountKopecks?: number, source?: InvoiceSourceValue): Promise<InvoiceRow>;
}

/** A fresh PostgreSQL schema with payments' migrations applied; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openPaymentsDatabase, schemaPrefix: 'payments_test', logger: silentLogger, poolSize: 25 });
  const acquirer = new SandboxAcquirer();
  const sourceItems = new InMemorySourceItems();
  const catalog = new InMemoryCatalog();
  const clock = new TestClock();
  const services = createPaymentsServices(db.prisma, { dbSchema: db.schema, acquirer, sourceItems, catalog, now: clock.now });
  return {
    ...db,
    services,
    acquirer,
    sourceItems,
    catalog,
    clock,
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
  };
}
