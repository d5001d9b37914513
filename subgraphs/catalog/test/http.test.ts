import { createTokenVerifier, startSubgraph, type RunningSubgraph } from '@eco/kit';
import { buildCatalogSchema } from '../src/schema';
import { seedDemoData } from '../src/seed';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let server: RunningSubgraph;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma, silentLogger);
  const { schema } = await buildCatalogSchema();
  server = await startSubgraph({
    name: 'catalog',
    port: 0,
    host: '127.0.0.1',
    schema,
    services: db.services,
    // Anonymous requests never ask for a key; a token would fail as signed by an unknown key.
    tokenVerifier: createTokenVerifier(async () => {
      throw new Error('no keys in this test');
    }),
    logger: silentLogger,
    readiness: () => db.prisma.$queryRaw`SELECT 1`,
  });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the wire
}

test('anonymous search over HTTP, localized by Accept-Language', async () => {
  const query = /* GraphQL */ `
    query Search($search: String!) {
      services(search: $search, first: 3) { totalCount edges { node { title department { id shortName } } } }
    }
  `;
  const ru = await post(query, { search: 'паспорт' });
  expect(ru.status).toBe(200);
  expect(ru.body.errors).toBeUndefined();
  expect(ru.body.data.services.totalCount).toBeGreaterThan(0);
  expect(ru.body.data.services.edges[0].node.title.toLowerCase()).toContain('паспорт');

  const en = await post(query, { search: 'паспорт' }, { 'accept-language': 'en-GB,en;q=0.9' });
  expect(en.body.data.services.edges[0].node.title.toLowerCase()).toContain('passport');
});

test('_entities resolves Department, Service and Region references', async () => {
  const service = await db.prisma.service.findFirstOrThrow({ where: { departmentId: 'MVD' } });
  const { body } = await post(
    /* GraphQL */ `
      query Entities($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on Department { id code shortName }
          ... on Service { id code department { id } }
          ... on Region { id code name }
        }
      }
    `,
    {
      representations: [
        { __typename: 'Department', id: 'MVD' },
        { __typename: 'Service', id: service.id },
        { __typename: 'Region', code: '77' },
        { __typename: 'Region', id: '50' },
        { __typename: 'Department', id: 'NO-SUCH' },
      ],
    },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data._entities).toEqual([
    { __typename: 'Department', id: 'MVD', code: 'MVD', shortName: expect.any(String) },
    { __typename: 'Service', id: service.id, code: service.code, department: { id: 'MVD' } },
    { __typename: 'Region', id: '77', code: '77', name: 'Москва' },
    { __typename: 'Region', id: '50', code: '50', name: 'Московская область' },
    null,
  ]);
});

test('the subgraph SDL declares the entity keys', async () => {
  const { body } = await post('{ _service { sdl } }');
  const sdl: string = body.data._service.sdl;
  // …and are in the public contract for API clients (schema/public.graphql).
  expect(sdl).toMatch(/type Service\s+@key\(fields: "id"\)\s+@tag\(name: "public"\)\s+\{/);
  expect(sdl).toMatch(/type Department\s+@key\(fields: "id"\)\s+@tag\(name: "public"\)\s+\{/);
  expect(sdl).toMatch(/type Region\s+@key\(fields: "(code|id)"\)\s+@key\(fields: "(id|code)"\)\s+@tag\(name: "public"\)\s+\{/);
});

test('a token this subgraph cannot verify is UNAUTHENTICATED, not silently anonymous', async () => {
  const { status, body } = await post('{ regions { code } }', {}, { authorization: 'Bearer a.b.c' });
  expect(status).toBe(401);
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
