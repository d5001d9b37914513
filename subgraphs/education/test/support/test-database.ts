import { createLogger, DocumentsClient, openTestDatabase, testDatabaseUrl, type DocumentChecker, type SubgraphTestDatabase } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { InMemoryChildrenClient } from '../../src/children/children-client';
import { openEducationDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createEducationServices, type EducationServices } from '../../src/services';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('education-test', 'silent');

/** A clock the test sets and moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T09:00:00Z')) {}
  readonly now = (): Date => new Date(this.current);
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  clock: TestClock;
  children: InMemoryChildrenClient;
  services: EducationServices;
}

/**
 * A fresh PostgreSQL schema per test file, migrated; dropped by close(). Without `documents`, no
 * documents subgraph is configured (naming a document gets DOCUMENTS_UNAVAILABLE).
 */
export async function createTestDatabase(clock = new TestClock(), options: { documents?: DocumentChecker } = {}): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openEducationDatabase, schemaPrefix: 'education_test', logger: silentLogger });
  const children = new InMemoryChildrenClient();
  return {
    ...db,
    clock,
    children,
    services: createEducationServices(db.prisma, { dbSchema: db.schema, children, documents: options.documents ?? new DocumentsClient({ url: null }), now: clock.now, offerDays: 10 }),
  };
}

/** A parent with a token the in-memory identity recognises, and a way to give them children. */
export class TestParent {
  readonly id = randomUUID();
  readonly token = `token-${this.id}`;
  constructor(private readonly db: TestDatabase) {}

  child(birthDate: string): string {
    const id = randomUUID();
    this.db.children.add(this.token, { id, birthDate });
    return id;
  }
}

/** A kindergarten with the standard age groups; `places` free in each. */
export async function insertKindergarten(db: TestDatabase, options: { number: number; places?: number; district?: string }) {
  const id = randomUUID();
  const bands: [string, number, number][] = [
    ['Ясельная', 18, 36],
    ['Младшая', 36, 48],
    ['Средняя', 48, 60],
    ['Старшая', 60, 72],
    ['Подготовительная', 72, 84],
  ];
  await db.prisma.kindergarten.create({
    data: {
      id,
      number: options.number,
      name: `Детский сад № ${options.number}`,
      regionCode: '77',
      district: options.district ?? 'Хамовники',
      address: `г. Москва, ул. Льва Толстого, д. ${options.number % 100}`,
      type: 'GENERAL',
      language: 'русский',
      specialisation: null,
      groups: {
        create: bands.map(([name, from, to]) => ({ id: randomUUID(), name, ageFromMonths: from, ageToMonths: to, capacity: 20, enrolled: 20 - (options.places ?? 2) })),
      },
    },
  });
  const groups = await db.prisma.kindergartenGroup.findMany({ where: { kindergartenId: id }, orderBy: { ageFromMonths: 'asc' } });
  return { id, groups };
}

export async function insertSchool(db: TestDatabase, options: { number: number; territory: string[]; places?: number }) {
  return db.prisma.school.create({
    data: {
      id: randomUUID(),
      number: options.number,
      name: `Школа № ${options.number}`,
      regionCode: '77',
      district: 'Арбат',
      address: 'г. Москва, ул. Арбат, д. 1',
      territory: options.territory,
      firstGradePlaces: options.places ?? 50,
    },
  });
}
