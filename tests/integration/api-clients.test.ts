import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CITIZEN, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';

/*
 * A third-party developer's path: a citizen registers an application through the gateway,
 * exchanges its credentials at /oauth/token on the gateway's origin (identity answers it), and
 * the token sees the public contract only — within the scopes it was granted.
 */

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) {
      apiClient { id clientId scopes keyType }
      clientSecret
      userErrors { field code message }
    }
  }
`;
const SERVICES = /* GraphQL */ `
  query Services { services(first: 3) { totalCount edges { node { id code title } } } }
`;

// On the gateway's origin: a developer talks to one host.
const tokenUrl = () => new URL('/oauth/token', gatewayUrl()).toString();

async function exchange(clientId: string, clientSecret: string, scope?: string) {
  const response = await fetch(tokenUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
  });
  return { status: response.status, body: (await response.json()) as { access_token?: string; scope?: string; error?: string } };
}

async function registerAndExchange(citizenToken: string, scopes: string[]) {
  const registered = await graphql(gatewayUrl(), REGISTER, { input: { name: `Приложение ${scopes.join('+')}`, scopes, keyType: 'TEST' } }, { token: citizenToken });
  expect(registered.errors).toBeUndefined();
  const { apiClient, clientSecret, userErrors } = registered.data?.registerApiClient;
  expect(userErrors).toEqual([]);
  const token = await exchange(apiClient.clientId, clientSecret);
  expect(token.status).toBe(200);
  return { apiClient, clientSecret, token: token.body.access_token as string };
}

const queryFieldsVisibleTo = async (token: string) => {
  const response = await graphql(gatewayUrl(), '{ __schema { queryType { fields { name } } types { name } } }', {}, { token });
  expect(response.errors).toBeUndefined();
  const schema = response.data?.__schema as { queryType: { fields: { name: string }[] }; types: { name: string }[] };
  return { fields: schema.queryType.fields.map((f) => f.name), types: schema.types.map((t) => t.name) };
};

describe('third-party API clients through the gateway', () => {
  let citizen: { token: string; userId: string };
  let catalogClient: Awaited<ReturnType<typeof registerAndExchange>>;
  let statsClient: Awaited<ReturnType<typeof registerAndExchange>>;

  beforeAll(async () => {
    citizen = await loginAs(gatewayUrl(), CITIZEN);
    catalogClient = await registerAndExchange(citizen.token, ['catalog:read']);
    statsClient = await registerAndExchange(citizen.token, ['stats:read']);
  });

  it('reads the public catalogue with catalog:read', async () => {
    const response = await graphql(gatewayUrl(), SERVICES, {}, { token: catalogClient.token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.services.totalCount).toBeGreaterThan(0);
    expect(response.data?.services.edges[0].node).toMatchObject({ id: expect.any(String), code: expect.any(String) });
    // Charged to a budget, reported like everyone's (the client's own: client:<clientId>).
    expect((response as { extensions?: { cost?: { requested: number } } }).extensions?.cost?.requested).toBeGreaterThan(0);
  });

  it('is refused the catalogue without catalog:read, while anonymous visitors still read it', async () => {
    const refused = await graphql(gatewayUrl(), SERVICES, {}, { token: statsClient.token });
    expect(errorCodes(refused)).toContain('FORBIDDEN');
    expect(refused.data?.services ?? null).toBeNull();
    const clinics = await graphql(gatewayUrl(), '{ clinics(first: 1) { totalCount } }', {}, { token: statsClient.token });
    expect(errorCodes(clinics)).toContain('FORBIDDEN');
    const anonymous = await graphql(gatewayUrl(), SERVICES);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.services.totalCount).toBeGreaterThan(0);
  });

  it('reads statistics with stats:read only', async () => {
    const query = '{ departmentStats(departmentId: "MVD") { submitted completed } }';
    const withStats = await graphql(gatewayUrl(), query, {}, { token: statsClient.token });
    expect(withStats.errors).toBeUndefined();
    expect(withStats.data?.departmentStats).toEqual({ submitted: expect.any(Number), completed: expect.any(Number) });
    const withoutStats = await graphql(gatewayUrl(), query, {}, { token: catalogClient.token });
    expect(errorCodes(withoutStats)).toContain('FORBIDDEN');
  });

  it('cannot manage webhooks without webhooks:manage', async () => {
    const response = await graphql(
      gatewayUrl(),
      'mutation { registerWebhook(input: { url: "https://portal.example.org/hook", eventTypes: ["application.status_changed"] }) { endpoint { id } userErrors { code } } }',
      {},
      { token: catalogClient.token },
    );
    expect(errorCodes(response)).toContain('FORBIDDEN');
  });

  it.each([
    ['me', '{ me { id email } }', 'Cannot query field "me" on type "Query".'],
    ['an application', '{ application(id: "00000000-0000-4000-8000-000000000000") { id } }', 'Cannot query field "application" on type "Query".'],
    ['fines', '{ searchFines(input: { plate: "А123ВС77" }) { totalCount } }', 'Cannot query field "searchFines" on type "Query".'],
    ['the department queue', '{ departmentQueue { totalCount } }', 'Cannot query field "departmentQueue" on type "Query".'],
    ['its own API clients', '{ myApiClients { id } }', 'Cannot query field "myApiClients" on type "Query".'],
    ['a non-public field of a public type', '{ webhookEndpoints { edges { node { id owner { id } } } } }', 'Cannot query field "owner" on type "WebhookEndpoint".'],
  ])('cannot even see %s: it does not exist for an API client', async (_what, query, message) => {
    const response = await graphql(gatewayUrl(), query, {}, { token: catalogClient.token });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0].message).toContain(message);
  });

  it('sees only the public schema in introspection, while a citizen sees the whole graph', async () => {
    const asClient = await queryFieldsVisibleTo(catalogClient.token);
    expect(asClient.fields).toEqual(expect.arrayContaining(['services', 'clinics', 'kindergartens', 'schools', 'departmentStats']));
    for (const hidden of ['me', 'departmentQueue', 'application', 'searchFines', 'user', 'myApiClients']) expect(asClient.fields).not.toContain(hidden);
    for (const hidden of ['User', 'Application', 'Fine', 'IdentityDocuments', 'ApiClient']) expect(asClient.types).not.toContain(hidden);
    const typeOfService = await graphql(gatewayUrl(), '{ __type(name: "Service") { fields { name } } }', {}, { token: catalogClient.token });
    const serviceFields = (typeOfService.data?.__type.fields as { name: string }[]).map((f) => f.name);
    expect(serviceFields).toContain('stats');
    const typeOfEndpoint = await graphql(gatewayUrl(), '{ __type(name: "WebhookEndpoint") { fields { name } } }', {}, { token: catalogClient.token });
    expect((typeOfEndpoint.data?.__type.fields as { name: string }[]).map((f) => f.name)).not.toContain('owner');

    const asCitizen = await queryFieldsVisibleTo(citizen.token);
    expect(asCitizen.fields).toEqual(expect.arrayContaining(['me', 'departmentQueue', 'searchFines', 'myApiClients']));
    const me = await graphql(gatewayUrl(), '{ me { id } }', {}, { token: citizen.token });
    expect(me.data?.me).toEqual({ id: citizen.userId });
  });

  it('is no person even at a subgraph reached directly (zero trust)', async () => {
    const me = await graphql(subgraphUrl('identity'), '{ me { id } }', {}, { token: catalogClient.token });
    expect(errorCodes(me)).toEqual(['FORBIDDEN']);
    const queue = await graphql(subgraphUrl('applications'), '{ departmentQueue { totalCount } }', {}, { token: catalogClient.token });
    expect(errorCodes(queue)).toEqual(['FORBIDDEN']);
    const draft = await graphql(subgraphUrl('applications'), 'query ($id: ID!) { applicationDraft(serviceId: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, { token: catalogClient.token });
    expect(errorCodes(draft)).toEqual(['FORBIDDEN']);
  });

  it('stops exchanging once revoked, and after rotation only the new secret works', async () => {
    const own = await registerAndExchange(citizen.token, ['catalog:read']);
    const rotated = await graphql(
      gatewayUrl(),
      'mutation ($id: ID!) { rotateApiClientSecret(input: { apiClientId: $id }) { clientSecret userErrors { code } } }',
      { id: own.apiClient.id },
      { token: citizen.token },
    );
    const newSecret = rotated.data?.rotateApiClientSecret.clientSecret as string;
    expect((await exchange(own.apiClient.clientId, own.clientSecret)).body.error).toBe('invalid_client');
    expect((await exchange(own.apiClient.clientId, newSecret)).status).toBe(200);
    await graphql(gatewayUrl(), 'mutation ($id: ID!) { revokeApiClient(input: { apiClientId: $id }) { userErrors { code } } }', { id: own.apiClient.id }, { token: citizen.token });
    const afterRevoke = await exchange(own.apiClient.clientId, newSecret);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.body.error).toBe('invalid_client');
  });
});

describe('schema/public.graphql', () => {
  const sdl = readFileSync(path.resolve(__dirname, '../../schema/public.graphql'), 'utf8');

  it('holds the tagged fields only', () => {
    expect(sdl).toMatch(/^\s+services\(/m);
    expect(sdl).toMatch(/^\s+departmentStats\(/m);
    expect(sdl).toMatch(/^\s+registerWebhook\(/m);
    for (const field of ['departmentQueue', 'me', 'user', 'searchFines', 'applicationDraft', 'myApiClients', 'apiClients', 'owner']) {
      expect(sdl).not.toMatch(new RegExp(`^\\s+${field}[:(]`, 'm'));
    }
    for (const type of ['User', 'Application', 'Fine', 'Invoice', 'ApiClient']) expect(sdl).not.toMatch(new RegExp(`^type ${type} `, 'm'));
  });
});
