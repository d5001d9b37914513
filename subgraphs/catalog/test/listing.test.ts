import { MAX_PAGE_SIZE } from '@eco/kit';
import { isAvailableOnline } from '../src/catalog/online';
import { seedDemoData } from '../src/seed';
import { SERVICES } from '../src/seed-data';
import type { ServiceSeed } from '../src/seed-data/types';
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

interface ServicesData {
  services: {
    totalCount: number;
    edges: { cursor: string; node: { code: string; popularity: number } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const SERVICES_QUERY = /* GraphQL */ `
  query Services($search: String, $filter: ServiceFilter, $orderBy: ServiceOrder, $first: Int, $after: String) {
    services(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor node { code popularity } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`;

async function services(variables: Record<string, unknown>) {
  const result = await execute<ServicesData>(db.services, SERVICES_QUERY, { variables: { first: 100, ...variables } });
  expect(result.errors).toBeUndefined();
  return result.data!.services;
}

/** The expected codes computed from the seed data itself, independently of the SQL. */
function expectedCodes(predicate: (service: ServiceSeed) => boolean): string[] {
  return SERVICES.filter(predicate).map((service) => service.code).sort();
}

const codesOf = (page: ServicesData['services']) => page.edges.map((edge) => edge.node.code).sort();

describe('filters', () => {
  test.each([
    ['category', { category: 'ELECTRONIC' }, (s: ServiceSeed) => s.category === 'ELECTRONIC'],
    ['department', { departmentId: 'GIBDD' }, (s: ServiceSeed) => s.departmentCode === 'GIBDD'],
    ['level', { level: 'FEDERAL' }, (s: ServiceSeed) => s.level === 'FEDERAL'],
    ['online', { online: true }, (s: ServiceSeed) => isAvailableOnline(s)],
    ['not online', { online: false }, (s: ServiceSeed) => !isAvailableOnline(s)],
  ])('%s', async (_name, filter, predicate) => {
    const expected = expectedCodes(predicate);
    expect(expected.length).toBeGreaterThan(0);
    const page = await services({ filter, first: 100 });
    expect(page.totalCount).toBe(expected.length);
    if (expected.length <= 100) expect(codesOf(page)).toEqual(expected);
    else expect(codesOf(page).every((code) => expected.includes(code))).toBe(true);
  });

  test('regionCode: services listing the region plus the every-region ones', async () => {
    const regional = SERVICES.find((service) => service.regionCodes.length > 0);
    const region = regional?.regionCodes[0] ?? '77';
    const expected = expectedCodes((s) => s.regionCodes.length === 0 || s.regionCodes.includes(region));
    const page = await services({ filter: { regionCode: region } });
    expect(page.totalCount).toBe(expected.length);
    if (regional) {
      const elsewhere = SERVICES.find((s) => s.regionCodes.length > 0 && !s.regionCodes.includes(region));
      if (elsewhere) expect(codesOf(page)).not.toContain(elsewhere.code);
    }
  });

  test('filters combine', async () => {
    const expected = expectedCodes((s) => s.departmentCode === 'MVD' && s.level === 'FEDERAL' && isAvailableOnline(s));
    const page = await services({ filter: { departmentId: 'MVD', level: 'FEDERAL', online: true } });
    expect(codesOf(page)).toEqual(expected);
  });

  test('a malformed or unknown region code is BAD_USER_INPUT', async () => {
    for (const regionCode of ['7', 'ab', '00']) {
      const result = await execute(db.services, SERVICES_QUERY, { variables: { filter: { regionCode } } });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('pagination', () => {
  test('first/after walk the list without overlap; totalCount stays', async () => {
    const one = await services({ first: 5 });
    expect(one.edges).toHaveLength(5);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await services({ first: 5, after: one.pageInfo.endCursor });
    expect(two.totalCount).toBe(one.totalCount);
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    const seen = new Set(one.edges.map((edge) => edge.node.code));
    expect(two.edges.some((edge) => seen.has(edge.node.code))).toBe(false);
    const popularity = [...one.edges, ...two.edges].map((edge) => edge.node.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });

  test(`first is capped at ${MAX_PAGE_SIZE}`, async () => {
    const page = await services({ first: 10_000 });
    expect(page.edges.length).toBe(Math.min(MAX_PAGE_SIZE, SERVICES.length));
    expect(page.totalCount).toBe(SERVICES.length);
  });

  test('a page past the end is empty but still counts', async () => {
    // Past the last row: walk to the end, then ask for what follows its cursor.
    let page = await services({ first: MAX_PAGE_SIZE });
    while (page.pageInfo.hasNextPage) page = await services({ first: MAX_PAGE_SIZE, after: page.pageInfo.endCursor });
    const last = await services({ first: 1, after: page.pageInfo.endCursor });
    expect(last.edges).toEqual([]);
    expect(last.totalCount).toBe(SERVICES.length);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  test('a bad cursor or a negative first is BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'not-a-cursor' }, { first: -1 }]) {
      const result = await execute(db.services, SERVICES_QUERY, { variables });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('orderBy TITLE sorts by the title in the request language', async () => {
    const query = /* GraphQL */ `{ services(orderBy: TITLE, first: 100) { edges { node { title } } } }`;
    for (const locale of ['ru', 'en'] as const) {
      const result = await execute<{ services: { edges: { node: { title: string } }[] } }>(db.services, query, { locale });
      const titles = result.data!.services.edges.map((edge) => edge.node.title.toLowerCase());
      expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });
});
