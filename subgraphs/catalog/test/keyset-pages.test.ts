import { seedDemoData } from '../src/seed';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma, silentLogger);
});

afterAll(async () => {
  await db?.drop();
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { code: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const SERVICES_QUERY = /* GraphQL */ `
  query Services($search: String, $orderBy: ServiceOrder, $first: Int, $after: String) {
    services(search: $search, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor node { code } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`;

const DEPARTMENT_SERVICES_QUERY = /* GraphQL */ `
  query DepartmentServices($first: Int, $after: String) {
    department(id: "GIBDD") {
      services(first: $first, after: $after) {
        totalCount
        edges { cursor node { code } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }
`;

async function services(variables: Record<string, unknown>): Promise<Page> {
  const result = await execute<{ services: Page }>(db.services, SERVICES_QUERY, { variables });
  expect(result.errors).toBeUndefined();
  return result.data!.services;
}

async function departmentServices(variables: Record<string, unknown>): Promise<Page> {
  const result = await execute<{ department: { services: Page } }>(db.services, DEPARTMENT_SERVICES_QUERY, { variables });
  expect(result.errors).toBeUndefined();
  return result.data!.department.services;
}

const codes = (page: Page) => page.edges.map((edge) => edge.node.code);

/** A copy of a seeded service that sorts before every other one in each order. */
async function insertLeader(code: string, departmentId?: string) {
  const template = await db.prisma.service.findFirstOrThrow({ where: departmentId ? { departmentId } : {}, orderBy: { code: 'asc' } });
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, searchVector: _vector, ...rest } = template as typeof template & { searchVector?: unknown };
  await db.prisma.service.create({
    data: {
      ...rest,
      formSchema: rest.formSchema ?? {},
      code,
      // "!" sorts before every letter and digit in TITLE order.
      titleRu: `! ${template.titleRu}`,
      titleEn: `! ${template.titleEn}`,
      popularity: 10_000_000,
    },
  });
}

/** Every row of a list, page by page (more than one page of 100 for the services). */
async function everything(fetch: (after: string | null) => Promise<Page>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: Page = await fetch(after);
    seen.push(...codes(page));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

async function walk(fetch: (after: string | null) => Promise<Page>, insertAfterFirst: () => Promise<void>) {
  const first = await fetch(null);
  expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  await insertAfterFirst();
  const seen = [...codes(first)];
  let after = first.pageInfo.endCursor;
  for (let guard = 0; after && guard < 200; guard += 1) {
    const page = await fetch(after);
    expect(page.pageInfo.hasPreviousPage).toBe(true);
    seen.push(...codes(page));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  return { first, seen };
}

describe('keyset cursors: a service added while paging shifts nothing', () => {
  test.each([
    ['POPULARITY', undefined, 'KEYSET-POP'],
    ['TITLE', undefined, 'KEYSET-TITLE'],
    ['RELEVANCE', 'паспорт', 'KEYSET-REL'],
  ])('services ordered by %s', async (orderBy, search, newCode) => {
    const all = await everything((after) => services({ search, orderBy, first: 100, after }));
    const { seen } = await walk(
      (after) => services({ search, orderBy, first: 3, after }),
      () => insertLeader(newCode),
    );
    // Page 2 onwards neither repeats nor skips a row of those there before.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((code) => code !== newCode)).toEqual(all);
    // Sorting before the cursor, the new one shows on no later page.
    if (orderBy !== 'RELEVANCE') expect(seen).not.toContain(newCode);
  });

  test('Department.services', async () => {
    const all = await everything((after) => departmentServices({ first: 100, after }));
    const { first, seen } = await walk(
      (after) => departmentServices({ first: 2, after }),
      () => insertLeader('KEYSET-GIBDD', 'GIBDD'),
    );
    expect(seen).toEqual(all);
    expect((await departmentServices({ first: 2, after: first.pageInfo.endCursor })).totalCount).toBe(all.length + 1);
  });

  test('a malformed cursor, or one of another list or order, is BAD_USER_INPUT on "after"', async () => {
    const popular = await services({ orderBy: 'POPULARITY', first: 1 });
    for (const [query, variables] of [
      [SERVICES_QUERY, { after: 'not-a-cursor' }],
      [SERVICES_QUERY, { orderBy: 'TITLE', after: popular.pageInfo.endCursor }],
      [DEPARTMENT_SERVICES_QUERY, { after: popular.pageInfo.endCursor }],
    ] as const) {
      const result = await execute(db.services, query, { variables });
      expect(errorCodes(result)).toContain('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe('after');
    }
  });
});
