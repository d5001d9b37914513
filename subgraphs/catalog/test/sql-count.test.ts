import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../src/generated/prisma/client';
import { seedDemoData } from '../src/seed';
import { REGIONS } from '../src/seed-data';
import { createCatalogServices, type CatalogServices } from '../src/services';
import { execute } from './support/execute';
import { createTestDatabase, DATABASE_URL, silentLogger, type TestDatabase } from './support/test-database';

// A page of services with department and regions must cost the same few statements whatever
// its size. The counter sits on the pg pool under the Prisma adapter, so it sees every SQL
// statement actually sent (Prisma-built and raw alike), not just Prisma operations.

let db: TestDatabase;
let pool: Pool;
let counted: PrismaClient;
let services: CatalogServices;
let statements = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma, silentLogger);
  await addExtraServices(110);
  pool = new Pool({ connectionString: DATABASE_URL, max: 4 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
  // adapter-pg pins its own @types/pg version; the Pool is the same class at runtime.
  const adapterPool = pool as unknown as ConstructorParameters<typeof PrismaPg>[0];
  counted = new PrismaClient({ adapter: new PrismaPg(adapterPool, { schema: db.schema }) });
  services = createCatalogServices(counted, db.schema);
});

afterAll(async () => {
  await counted?.$disconnect();
  await pool?.end();
  await db?.drop();
});

/** Enough services that a search fills a page of 100; some regional, over all departments. */
async function addExtraServices(count: number): Promise<void> {
  const departments = await db.prisma.department.findMany({ select: { id: true } });
  for (let i = 0; i < count; i += 1) {
    const regional = i % 3 === 0;
    await db.prisma.service.create({
      data: {
        code: `sql-count-extra-${i}`,
        titleRu: `Дополнительная услуга ${i}`,
        titleEn: `Extra service ${i}`,
        descriptionRu: 'Для проверки числа запросов',
        descriptionEn: 'For the statement count test',
        category: 'TRANSACTIONAL',
        subcategoryRu: 'Прочее',
        subcategoryEn: 'Other',
        departmentId: departments[i % departments.length].id,
        level: regional ? 'REGIONAL' : 'FEDERAL',
        requiredDocumentsRu: [],
        requiredDocumentsEn: [],
        feeKopecks: 0,
        processingDays: 5,
        onlineOnly: false,
        formSchema: { type: 'object' },
        popularity: i,
        regions: regional ? { create: REGIONS.slice(i % 80, (i % 80) + 3).map((r) => ({ regionCode: r.code })) } : undefined,
      },
    });
  }
}

async function statementsFor(source: string, variables: Record<string, unknown>) {
  statements = 0;
  const result = await execute(services, source, { variables });
  expect(result.errors).toBeUndefined();
  return { statements, result };
}

const PAGE = /* GraphQL */ `
  query Page($first: Int, $search: String) {
    services(first: $first, search: $search) {
      totalCount
      edges { node { id title department { id name shortName } regions { code name } availableEverywhere } }
    }
  }
`;

test.each([[undefined], ['дополнительная']])('a page of services costs a constant number of statements (search: %s)', async (search) => {
  const small = await statementsFor(PAGE, { first: 5, search });
  const large = await statementsFor(PAGE, { first: 100, search });
  const edges = (large.result.data as { services: { edges: unknown[] } }).services.edges;
  expect(edges).toHaveLength(100);
  // ids + count, rows by id, departments, region codes, regions (none when no service on the
  // page is regional, hence "at most").
  expect(small.statements).toBeLessThanOrEqual(5);
  expect(large.statements).toBeLessThanOrEqual(5);
});

test('departments with their services cost a constant number of statements', async () => {
  const source = /* GraphQL */ `
    query Departments($first: Int) {
      departments { id services(first: $first) { totalCount edges { node { code department { id } regions { code } } } } }
    }
  `;
  const small = await statementsFor(source, { first: 1 });
  const large = await statementsFor(source, { first: 20 });
  expect(large.statements).toBeLessThanOrEqual(6);
  expect(large.statements).toBe(small.statements);
});

test('_entities for many services, departments and regions batch through the loaders', async () => {
  const ids = (await db.prisma.service.findMany({ select: { id: true }, take: 50 })).map((row) => row.id);
  const representations = [
    ...ids.map((id) => ({ __typename: 'Service', id })),
    ...['MVD', 'GIBDD', 'FNS'].map((id) => ({ __typename: 'Department', id })),
    ...['77', '50'].map((code) => ({ __typename: 'Region', code })),
  ];
  const source = /* GraphQL */ `
    query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Service { code department { id } }
        ... on Department { shortName }
        ... on Region { name }
      }
    }
  `;
  const { statements: count, result } = await statementsFor(source, { representations });
  expect((result.data as { _entities: unknown[] })._entities).toHaveLength(55);
  // One round for the references (services, departments, regions by key), one for the
  // departments of the services that the first round had not loaded yet.
  expect(count).toBeLessThanOrEqual(4);
});
