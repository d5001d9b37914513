import { ApolloServer } from '@apollo/server';
import { ANONYMOUS, createLogger, testViewer, testClientViewer, type Viewer } from '@eco/kit';
import { buildSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GatewayContext } from '../src/auth/gateway-context';
import { composeSupergraph, CompositionError } from '../src/compose/compose-supergraph';
import { callerOf } from '../src/limits/use-cost-limit';
import { collectPublicTags, filterPublicSchema, loadPublicSchemaBeside, usePublicContract } from '../src/public-api';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])';

/* Two small subgraphs: a public catalogue and an internal queue that extends its entity. */
const catalogSdl = /* GraphQL */ `
  ${LINK}
  type Query {
    services(first: Int): ServiceConnection! @tag(name: "public")
    internalReport: String
  }
  type ServiceConnection { edges: [ServiceEdge!]!, totalCount: Int! }
  type ServiceEdge { node: Service! }
  type Service @key(fields: "id") @tag(name: "public") { id: ID!, title: String!, department: Department! }
  type Department @key(fields: "id") { id: ID! @tag(name: "public"), name: String! @tag(name: "public"), budget: Int! }
`;
const queueSdl = /* GraphQL */ `
  ${LINK}
  type Query { departmentQueue: [Application!]!, me: User }
  type Mutation { submitApplication(serviceId: ID!): Application }
  type Application @key(fields: "id") { id: ID!, applicant: User!, service: Service! }
  type User @key(fields: "id") { id: ID!, email: String! }
  type Service @key(fields: "id") { id: ID!, applicationCount: Int!, stats: Stats! @tag(name: "public") }
  type Stats { submitted: Int!, owner: User }
`;

function composeInTemp(sdls: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'public-contract-'));
  const sources = Object.entries(sdls).map(([name, sdl]) => {
    const sdlPath = path.join(dir, `${name}.graphql`);
    writeFileSync(sdlPath, sdl);
    return { name, url: `http://${name}.invalid/graphql`, sdlPath };
  });
  return composeSupergraph(sources);
}

const fieldsOf = (schema: GraphQLSchema, type: string) => Object.keys((schema.getType(type) as { getFields(): object } | undefined)?.getFields() ?? {}).sort();

describe('the public contract (compose)', () => {
  const composed = composeInTemp({ catalog: catalogSdl, queue: queueSdl });
  const publicSchema = buildSchema(composed.publicSdl);

  it('keeps tagged root fields only', () => {
    expect(fieldsOf(publicSchema, 'Query')).toEqual(['services']);
    expect(publicSchema.getMutationType()).toBeUndefined();
  });

  it('opens a type tagged in a subgraph for that subgraph’s fields only, and field tags one by one', () => {
    // catalog tagged Service: its fields; queue tagged only Service.stats, not applicationCount.
    expect(fieldsOf(publicSchema, 'Service')).toEqual(['department', 'id', 'stats', 'title']);
    expect(fieldsOf(publicSchema, 'Department')).toEqual(['id', 'name']);
  });

  it('keeps untagged value types whole but drops fields leading to nothing public', () => {
    expect(fieldsOf(publicSchema, 'ServiceConnection')).toEqual(['edges', 'totalCount']);
    // Stats.owner returns User, which has no public field.
    expect(fieldsOf(publicSchema, 'Stats')).toEqual(['submitted']);
    expect(publicSchema.getType('User')).toBeUndefined();
    expect(publicSchema.getType('Application')).toBeUndefined();
  });

  it('carries no directives of the supergraph', () => {
    expect(composed.publicSdl).not.toMatch(/@tag|@join__|@key/);
  });

  it('fails composition when a tagged root field returns a type with nothing public', () => {
    const broken = queueSdl.replace('me: User', 'me: User @tag(name: "public")');
    expect(() => composeInTemp({ catalog: catalogSdl, queue: broken })).toThrow(CompositionError);
    expect(() => composeInTemp({ catalog: catalogSdl, queue: broken })).toThrow(/Query\.me is tagged public but its type User has no public fields/);
  });

  it('reads tags from the subgraph SDLs', () => {
    const tags = collectPublicTags([parse(catalogSdl), parse(queueSdl)]);
    expect(tags.fields.has('Service.title')).toBe(true);
    expect(tags.fields.has('Service.applicationCount')).toBe(false);
    expect(tags.governed.has('Department')).toBe(true);
    expect(filterPublicSchema(buildSchema(composed.apiSdl), tags).getQueryType()?.name).toBe('Query');
  });

  it('is loaded from public.graphql beside the supergraph, or not at all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'public-schema-'));
    expect(loadPublicSchemaBeside(path.join(dir, 'supergraph.graphql'))).toBeNull();
    writeFileSync(path.join(dir, 'public.graphql'), composed.publicSdl);
    expect(printSchema(loadPublicSchemaBeside(path.join(dir, 'supergraph.graphql')) as GraphQLSchema)).toBe(printSchema(publicSchema));
  });
});

describe('the checked-in schema/public.graphql', () => {
  const committed = readFileSync(path.resolve(__dirname, '../../schema/public.graphql'), 'utf8');
  const schema = buildSchema(committed);

  it('has the public catalogues, statistics and webhook management', () => {
    expect(fieldsOf(schema, 'Query')).toEqual(
      expect.arrayContaining(['services', 'service', 'departments', 'regions', 'clinics', 'doctors', 'specialties', 'kindergartens', 'schools', 'departmentStats', 'webhookEndpoints']),
    );
    expect(fieldsOf(schema, 'Mutation').sort()).toEqual(['disableWebhook', 'registerWebhook', 'replayWebhookDelivery']);
    expect(fieldsOf(schema, 'Service')).toContain('stats');
  });

  it('has no personal, internal or employee-only fields', () => {
    for (const field of ['me', 'user', 'departmentQueue', 'application', 'fine', 'searchFines', 'invoice', 'appointment', 'kindergartenGroupQueue', 'myApiClients', 'apiClients']) {
      expect(fieldsOf(schema, 'Query')).not.toContain(field);
    }
    for (const type of ['User', 'Application', 'Fine', 'Invoice', 'Appointment', 'ApiClient', 'IdentityDocuments']) expect(schema.getType(type)).toBeUndefined();
    expect(fieldsOf(schema, 'WebhookEndpoint')).not.toContain('owner');
  });
});

describe('usePublicContract (an Apollo Server over a full schema)', () => {
  const full = buildSchema(/* GraphQL */ `
    type Query { services: [Service!]!, departmentQueue: [String!]!, me: String }
    type Service { id: ID!, title: String!, secretNote: String }
  `);
  const publicOnly = buildSchema(/* GraphQL */ `
    type Query { services: [Service!]! }
    type Service { id: ID!, title: String! }
  `);
  const rootValue = { services: () => [{ id: 's1', title: 'Паспорт', secretNote: 'internal' }], departmentQueue: () => ['a1'], me: () => 'me' };
  let server: ApolloServer<GatewayContext>;
  beforeAll(async () => {
    server = new ApolloServer<GatewayContext>({ schema: full, rootValue, plugins: [usePublicContract({ publicSchema: publicOnly })] });
    await server.start();
  });
  afterAll(() => server.stop());

  const contextOf = (viewer: Viewer): GatewayContext => ({
    requestId: 'r', logger: createLogger('test', 'silent'), viewer, locale: 'ru', authorization: undefined, acceptLanguage: undefined,
  } as GatewayContext);
  const client = testClientViewer('6f1d2c1e-0000-4000-8000-000000000001', 'eco_ci_test', ['catalog:read']);
  const citizen = testViewer('6f1d2c1e-0000-4000-8000-000000000002');

  async function run(viewer: Viewer, query: string) {
    const response = await server.executeOperation({ query }, { contextValue: contextOf(viewer) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  }

  it('lets an API client query public fields', async () => {
    const result = await run(client, '{ services { id title } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ services: [{ id: 's1', title: 'Паспорт' }] });
  });

  it.each([
    ['a root field', '{ departmentQueue }', 'Cannot query field "departmentQueue" on type "Query".'],
    ['a field of a public type', '{ services { id secretNote } }', 'Cannot query field "secretNote" on type "Service".'],
  ])('tells an API client that %s outside the contract does not exist', async (_what, query, message) => {
    const result = await run(client, query);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('answers an API client’s introspection from the public schema', async () => {
    const result = await run(client, '{ __schema { queryType { fields { name } } } t: __type(name: "Service") { fields { name } } }');
    expect(result.errors).toBeUndefined();
    const data = result.data as { __schema: { queryType: { fields: { name: string }[] } }; t: { fields: { name: string }[] } };
    expect(data.__schema.queryType.fields.map((f) => f.name)).toEqual(['services']);
    expect(data.t.fields.map((f) => f.name)).toEqual(['id', 'title']);
    const hidden = await run(client, '{ __type(name: "Query") { fields { name } } }');
    expect(JSON.stringify(hidden.data)).not.toContain('departmentQueue');
  });

  it('refuses introspection mixed with data for an API client', async () => {
    const result = await run(client, '{ services { id } __schema { types { name } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves people and anonymous callers on the full schema', async () => {
    expect((await run(citizen, '{ departmentQueue me services { secretNote } }')).data).toEqual({ departmentQueue: ['a1'], me: 'me', services: [{ secretNote: 'internal' }] });
    const introspection = await run(ANONYMOUS, '{ __type(name: "Query") { fields { name } } }');
    expect(JSON.stringify(introspection.data)).toContain('departmentQueue');
  });

  it('refuses API clients when the gateway has no public schema', async () => {
    const bare = new ApolloServer<GatewayContext>({ schema: full, rootValue, plugins: [usePublicContract({ publicSchema: null })] });
    await bare.start();
    try {
      const response = await bare.executeOperation({ query: '{ services { id } }' }, { contextValue: contextOf(client) });
      expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await bare.stop();
    }
  });
});

describe('cost budgets per caller', () => {
  const base = { requestId: 'r', logger: createLogger('test', 'silent'), locale: 'ru', authorization: undefined, acceptLanguage: undefined, clientAddress: '10.0.0.1' } as const;
  it('charges an API client’s token to the client (TEST keys a budget of their own), a person to the user, anyone else to the address', () => {
    const uuid = '6f1d2c1e-0000-4000-8000-000000000001';
    expect(callerOf({ ...base, viewer: testClientViewer(uuid, 'eco_ci_x', []) } as GatewayContext)).toEqual({ key: 'client:eco_ci_x', kind: 'standard' });
    expect(callerOf({ ...base, viewer: testClientViewer(uuid, 'eco_ci_t', [], 'TEST') } as GatewayContext)).toEqual({ key: 'test-client:eco_ci_t', kind: 'testKeys' });
    expect(callerOf({ ...base, viewer: testViewer('u1') } as GatewayContext)).toEqual({ key: 'user:u1', kind: 'standard' });
    expect(callerOf({ ...base, viewer: ANONYMOUS } as GatewayContext)).toEqual({ key: 'address:10.0.0.1', kind: 'standard' });
  });
});
