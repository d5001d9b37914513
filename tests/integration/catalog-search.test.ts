import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

const SEARCH = /* GraphQL */ `
  query Search($search: String, $filter: ServiceFilter, $first: Int, $after: String) {
    services(search: $search, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id code titleRu titleEn category level onlineOnly department { id } } }
    }
  }
`;

type ServiceNode = { id: string; code: string; titleRu: string; titleEn: string; category: string; level: string; department: { id: string } };

async function search(variables: Record<string, unknown>, locale = 'ru') {
  const response = await graphql(gatewayUrl(), SEARCH, variables, { headers: { 'accept-language': locale } });
  expect(response.errors).toBeUndefined();
  const connection = response.data?.services as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: ServiceNode }[] };
  return { ...connection, nodes: connection.edges.map((edge) => edge.node) };
}

describe('catalog search through the gateway', () => {
  it('finds the passport services for «паспорт», ranked with title matches first', async () => {
    const result = await search({ search: 'паспорт', first: 5 });
    expect(result.totalCount).toBeGreaterThanOrEqual(5);
    expect(result.nodes[0].titleRu.toLowerCase()).toContain('паспорт');
    expect(result.nodes.filter((s) => /паспорт/i.test(s.titleRu)).length).toBeGreaterThanOrEqual(4);
  });

  it('forgives the typo «пасспорт»', async () => {
    const result = await search({ search: 'пасспорт', first: 5 });
    expect(result.nodes.length).toBeGreaterThan(0);
    expect(result.nodes[0].titleRu.toLowerCase()).toContain('паспорт');
  });

  it('finds the driver-licence services for «водительское»', async () => {
    const result = await search({ search: 'водительское', first: 5 });
    expect(result.nodes.length).toBeGreaterThanOrEqual(2);
    expect(result.nodes[0].titleRu.toLowerCase()).toContain('водительск');
  });

  it('matches English words against the English titles', async () => {
    const passport = await search({ search: 'passport', first: 5 }, 'en');
    expect(passport.nodes[0].titleEn.toLowerCase()).toContain('passport');
    const licence = await search({ search: 'driver licence', first: 5 }, 'en');
    expect(licence.nodes[0].titleEn.toLowerCase()).toMatch(/driv/);
  });

  it('combines search with filters', async () => {
    const all = await search({ search: 'паспорт', first: 100 });
    const mvd = await search({ search: 'паспорт', filter: { departmentId: 'MVD' }, first: 100 });
    expect(mvd.totalCount).toBeGreaterThan(0);
    expect(mvd.totalCount).toBeLessThanOrEqual(all.totalCount);
    expect(mvd.nodes.every((s) => s.department.id === 'MVD')).toBe(true);
  });

  it('pages through the whole catalog with cursors, capping first', async () => {
    const firstPage = await search({ first: 1000 });
    expect(firstPage.totalCount).toBeGreaterThanOrEqual(150);
    expect(firstPage.nodes).toHaveLength(100);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await search({ first: 100, after: firstPage.pageInfo.endCursor });
    const seen = new Set([...firstPage.nodes, ...secondPage.nodes].map((s) => s.id));
    expect(seen.size).toBe(firstPage.nodes.length + secondPage.nodes.length);
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const response = await graphql(gatewayUrl(), SEARCH, { after: 'not-a-cursor' });
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
  });
});
