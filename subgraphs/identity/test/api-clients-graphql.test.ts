import { codes, startTestServer, type SignedInUser, type TestServer } from './support/test-server';

/* API clients over identity's real HTTP server: GraphQL management and POST /oauth/token. */

let server: TestServer;
let citizen: SignedInUser;
let citizen2: SignedInUser;
let admin: SignedInUser;
const gql: TestServer['gql'] = (...args) => server.gql(...args);

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) {
      apiClient { id clientId name scopes keyType createdAt lastUsedAt revokedAt }
      clientSecret
      userErrors { field code message }
    }
  }
`;
const ROTATE = /* GraphQL */ `
  mutation ($id: ID!) { rotateApiClientSecret(input: { apiClientId: $id }) { apiClient { id secretRotatedAt } clientSecret userErrors { field code } } }
`;
const REVOKE = /* GraphQL */ `
  mutation ($id: ID!) { revokeApiClient(input: { apiClientId: $id }) { apiClient { id revokedAt } userErrors { field code } } }
`;
const MINE = '{ myApiClients { id clientId name scopes keyType } }';

interface TokenResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function tokenRequest(form: Record<string, string>, options: { basic?: [string, string]; contentType?: string } = {}): Promise<TokenResponse> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded' };
  if (options.basic) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(options.basic[0])}:${encodeURIComponent(options.basic[1])}`).toString('base64')}`;
  const response = await fetch(server.url.replace(/\/graphql$/, '/oauth/token'), { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function registerClient(user: SignedInUser, scopes = ['catalog:read', 'stats:read']) {
  const { data, errors } = await gql(REGISTER, { input: { name: 'Карта госуслуг', scopes, keyType: 'TEST' } }, user.token);
  expect(errors).toBeUndefined();
  expect(data?.registerApiClient.userErrors).toEqual([]);
  return data?.registerApiClient as { apiClient: { id: string; clientId: string }; clientSecret: string };
}

beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.signIn('citizen@demo.gosuslugi.local');
  citizen2 = await server.signIn('citizen2@demo.gosuslugi.local');
  admin = await server.signIn('admin@demo.gosuslugi.local');
}, 30_000);

afterAll(() => server?.stop());

describe('API clients over GraphQL', () => {
  it('registers an application for a signed-in citizen and shows the secret in that answer only', async () => {
    const { apiClient, clientSecret } = await registerClient(citizen);
    expect(clientSecret).toMatch(/^eco_test_/);
    expect(apiClient).toMatchObject({ name: 'Карта госуслуг', scopes: ['catalog:read', 'stats:read'], keyType: 'TEST', lastUsedAt: null, revokedAt: null });
    const { data } = await gql(MINE, {}, citizen.token);
    expect(data?.myApiClients.map((c: { id: string }) => c.id)).toContain(apiClient.id);
    expect(JSON.stringify(data)).not.toContain(clientSecret);
  });

  it('answers bad input with coded user errors in the request language', async () => {
    const { data } = await gql(REGISTER, { input: { name: '', scopes: ['everything', 'webhooks:manage'], keyType: 'TEST' } }, citizen.token, 'en');
    expect(data?.registerApiClient.apiClient).toBeNull();
    expect(data?.registerApiClient.clientSecret).toBeNull();
    expect(data?.registerApiClient.userErrors.map((e: { code: string }) => e.code).sort()).toEqual([
      'API_CLIENT_NAME_INVALID',
      'UNKNOWN_API_SCOPE',
    ]);
    expect(data?.registerApiClient.userErrors.find((e: { code: string }) => e.code === 'UNKNOWN_API_SCOPE').message).toMatch(/Unknown scope/);
  });

  it('refuses anonymous callers', async () => {
    const response = await gql(REGISTER, { input: { name: 'x', scopes: ['catalog:read'], keyType: 'TEST' } });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(MINE))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps another user out: not listed, not rotatable, not revocable', async () => {
    const { apiClient } = await registerClient(citizen);
    const { data } = await gql(MINE, {}, citizen2.token);
    expect(data?.myApiClients.map((c: { id: string }) => c.id)).not.toContain(apiClient.id);
    const rotate = await gql(ROTATE, { id: apiClient.id }, citizen2.token);
    expect(rotate.data?.rotateApiClientSecret).toMatchObject({ apiClient: null, clientSecret: null, userErrors: [{ field: 'apiClientId', code: 'API_CLIENT_NOT_FOUND' }] });
    const revoke = await gql(REVOKE, { id: apiClient.id }, citizen2.token);
    expect(revoke.data?.revokeApiClient).toMatchObject({ apiClient: null, userErrors: [{ code: 'API_CLIENT_NOT_FOUND' }] });
  });

  it('lists every application to an administrator only', async () => {
    const { apiClient } = await registerClient(citizen);
    const query = '{ apiClients(first: 100) { totalCount edges { node { id clientId } } } }';
    const asAdmin = await gql(query, {}, admin.token);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.apiClients.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(apiClient.id);
    expect(codes(await gql(query, {}, citizen.token))).toEqual(['FORBIDDEN']);
    const revoke = await gql(REVOKE, { id: apiClient.id }, admin.token);
    expect(revoke.data?.revokeApiClient.apiClient.revokedAt).toEqual(expect.any(String));
  });
});

describe('POST /oauth/token (RFC 6749 §4.4)', () => {
  let client: { apiClient: { id: string; clientId: string }; clientSecret: string };
  beforeAll(async () => {
    client = await registerClient(citizen);
  });

  it('exchanges credentials sent by HTTP Basic for a bearer token', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials' }, { basic: [client.apiClient.clientId, client.clientSecret] });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'catalog:read stats:read' });
  });

  it('accepts the credentials in the body and narrows the scope', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', client_id: client.apiClient.clientId, client_secret: client.clientSecret, scope: 'catalog:read' });
    expect(response.status).toBe(200);
    expect(response.body.scope).toBe('catalog:read');
  });

  it.each([
    ['a wrong secret', () => tokenRequest({ grant_type: 'client_credentials' }, { basic: [client.apiClient.clientId, 'eco_test_wrong'] }), 401, 'invalid_client'],
    ['no credentials', () => tokenRequest({ grant_type: 'client_credentials' }), 401, 'invalid_client'],
    ['another grant type', () => tokenRequest({ grant_type: 'password', username: 'a', password: 'b' }, { basic: [client.apiClient.clientId, client.clientSecret] }), 400, 'unsupported_grant_type'],
    ['no grant type', () => tokenRequest({}, { basic: [client.apiClient.clientId, client.clientSecret] }), 400, 'invalid_request'],
    ['a JSON body', () => tokenRequest({ grant_type: 'client_credentials' }, { basic: [client.apiClient.clientId, client.clientSecret], contentType: 'application/json' }), 400, 'invalid_request'],
    ['a scope never granted', () => tokenRequest({ grant_type: 'client_credentials', scope: 'webhooks:manage' }, { basic: [client.apiClient.clientId, client.clientSecret] }), 400, 'invalid_scope'],
  ])('refuses %s per RFC 6749 §5.2', async (_name, send, status, error) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error, error_description: expect.any(String) });
    expect(response.body).not.toHaveProperty('access_token');
    if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('refuses the old secret after rotation and every secret after revocation', async () => {
    const own = await registerClient(citizen);
    const rotated = await gql(ROTATE, { id: own.apiClient.id }, citizen.token);
    const newSecret = rotated.data?.rotateApiClientSecret.clientSecret as string;
    expect(newSecret).toMatch(/^eco_test_/);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, { basic: [own.apiClient.clientId, own.clientSecret] })).body.error).toBe('invalid_client');
    expect((await tokenRequest({ grant_type: 'client_credentials' }, { basic: [own.apiClient.clientId, newSecret] })).status).toBe(200);
    await gql(REVOKE, { id: own.apiClient.id }, citizen.token);
    expect((await tokenRequest({ grant_type: 'client_credentials' }, { basic: [own.apiClient.clientId, newSecret] })).body.error).toBe('invalid_client');
  });

  it('gives a token that is no person to identity: no me, no applications of its own', async () => {
    const { access_token: token } = (await tokenRequest({ grant_type: 'client_credentials' }, { basic: [client.apiClient.clientId, client.clientSecret] })).body as { access_token: string };
    const me = await gql('{ me { id email } }', {}, token);
    expect(me.data?.me ?? null).toBeNull();
    expect(codes(me)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(MINE, {}, token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(REGISTER, { input: { name: 'x', scopes: ['catalog:read'], keyType: 'TEST' } }, token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(`query ($id: ID!) { user(id: $id) { id } }`, { id: citizen.userId }, token))).toEqual(['FORBIDDEN']);
  });
});
