import { createLogger, DocumentsClient, DocumentsStandIn, openTestDatabase, testDatabaseUrl, withCheckDigit, type SubgraphTestDatabase } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { openTaxesFinesDatabase } from '../../src/database';
import { paymentDueDateFor } from '../../src/fines/fine-terms';
import type { Fine, PrismaClient, TaxAccrual } from '../../src/generated/prisma/client';
import { createTaxesFinesServices, type TaxesFinesServices } from '../../src/services';
import { addDays, day } from '../../src/shared/calendar';
import { taxDueDateFor } from '../../src/taxes/tax-terms';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('taxes-fines-test', 'silent');

export const CITIZEN = '00000000-0000-4000-8000-000000000001';
export const CITIZEN2 = '00000000-0000-4000-8000-000000000002';
export const GIBDD_EMPLOYEE = '00000000-0000-4000-8000-0000000000e1';

/** A clock the test sets and moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T09:00:00Z')) {}
  readonly now = (): Date => new Date(this.current);
  set(date: Date | string): void {
    this.current = new Date(date);
  }
}

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  clock: TestClock;
  services: TaxesFinesServices;
  /** The documents subgraph as appeals' evidence check sees it (a real HTTP server answering _entities). */
  documents: DocumentsStandIn;
}

/** A fresh PostgreSQL schema per test file, migrated; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openTaxesFinesDatabase, schemaPrefix: 'taxes_fines_test', logger: silentLogger });
  const clock = new TestClock();
  const documents = await new DocumentsStandIn().start();
  return {
    ...db,
    clock,
    services: createTaxesFinesServices(db.prisma, { dbSchema: db.schema, now: clock.now, documents: new DocumentsClient({ url: documents.url }) }),
    documents,
    async close() {
      await documents.stop();
      await db.close();
    },
  };
}

let uinCounter = 0;

/** A fine as GIBDD would send it; decided on `decisionDate`, in force 10 days later. */
export async function insertFine(db: TestDatabase, overrides: Partial<Fine> & { decisionDate?: Date } = {}): Promise<Fine> {
  uinCounter += 1;
  const decisionDate = overrides.decisionDate ?? day('2026-03-02');
  const entryIntoForceDate = overrides.entryIntoForceDate ?? addDays(decisionDate, 10);
  return db.prisma.fine.create({
    data: {
      id: randomUUID(),
      uin: withCheckDigit(`18810177${String(Date.now() % 1e6).padStart(6, '0')}${String(uinCounter).padStart(5, '0')}`),
      ownerId: CITIZEN,
      article: '12.9',
      part: '2',
      offenceAt: new Date(decisionDate.getTime() - 2 * 86_400_000),
      offencePlace: 'г. Москва, Ленинградский пр-т, д. 37',
      vehiclePlate: 'А123ВС77',
      registrationCertificate: '7745123456',
      driverLicence: '9921345678',
      amountKopecks: 50_000,
      ...overrides,
      decisionDate,
      entryIntoForceDate,
      paymentDueDate: overrides.paymentDueDate ?? paymentDueDateFor(entryIntoForceDate),
    },
  });
}

export async function insertTax(db: TestDatabase, overrides: Partial<TaxAccrual> = {}): Promise<TaxAccrual> {
  uinCounter += 1;
  const period = overrides.period ?? 2025;
  return db.prisma.taxAccrual.create({
    data: {
      id: randomUUID(),
      uin: withCheckDigit(`182${String(Date.now() % 1e9).padStart(9, '0')}${String(uinCounter).padStart(7, '0')}`),
      ownerId: CITIZEN,
      type: 'TRANSPORT',
      object: 'Toyota Camry, А123ВС77, 181 л.с.',
      period,
      taxBase: 181,
      rate: 50,
      benefitApplied: null,
      amountKopecks: 905_000,
      dueDate: taxDueDateFor(period),
      ...overrides,
    },
  });
}
