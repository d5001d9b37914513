import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { apiClientToken, CITIZEN, loginAs, ORG_REPRESENTATIVE, SANDBOX_CITIZEN } from '../support/demo-accounts';
import { runExampleClient, verifyWithExampleHelper } from '../support/example-client';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * docs/api-clients.md followed in its order by a new third-party developer, through the gateway's
 * origin only: discover the token endpoint, download the contract, register an organisation's LIVE
 * key, read with it (watching the RateLimit fields), probe the private graph (it is not there),
 * receive and verify a webhook, revoke the key (refused and silent within a second), try a TEST
 * key (no live data), and run the example app. Each point is examined in depth by its own file:
 * public-api-discovery, public-contract-leaks, cost-budget-refill, webhooks, api-client-revocation,
 * api-sandbox, example-api-client.
 */

const at = (path: string) => new URL(path, gatewayUrl()).toString();
const origin = () => new URL(gatewayUrl()).origin;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(query: string, token: string) {
  const response = await fetch(at('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const header = (name: string) => response.headers.get(name);
  return {
    status: response.status,
    limit: Number(header('ratelimit-limit')),
    remaining: Number(header('ratelimit-remaining')),
    policy: header('ratelimit-policy'),
    challenge: header('www-authenticate'),
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> },
  };
}

/** A webhook receiver that answers 200 and keeps each delivery as sent (raw body, headers). */
function receiver() {
  const deliveries: { body: string; timestamp: string | undefined; signature: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      deliveries.push({ body, timestamp: req.headers['x-eco-timestamp'] as string, signature: req.headers['x-eco-signature'] as string });
      res.writeHead(200).end();
    });
  });
  return {
    deliveries,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const forApplication = <T extends { body: string }>(deliveries: T[], id: string): T[] => deliveries.filter((delivery) => JSON.parse(delivery.body).payload?.applicationId === id);

describe('a new third-party developer follows docs/api-clients.md', () => {
  const hooks = receiver();
  afterAll(() => hooks.stop());

  let org: { token: string };
  let client: { id: string; clientId: string; clientSecret: string };
  let token: string;
  let tokenEndpoint: string;

  it('1. discovers the token endpoint and downloads the public contract, on the gateway origin', async () => {
    const metadata = await fetch(at('/.well-known/oauth-authorization-server'));
    expect(metadata.status).toBe(200);
    const discovered = (await metadata.json()) as { issuer: string; token_endpoint: string };
    expect(discovered.issuer).toBe(origin());
    expect(discovered.token_endpoint).toBe(`${origin()}/oauth/token`);
    tokenEndpoint = discovered.token_endpoint;
    const wrongMethod = await fetch(tokenEndpoint);
    expect([wrongMethod.status, wrongMethod.headers.get('content-type')]).toEqual([405, expect.stringMatching(/^application\/json/)]);

    const sdl = await (await fetch(at('/schema/public.graphql'))).text();
    expect(sdl).toMatch(/\bservices\(/);
    expect(sdl).not.toMatch(/\bauditJournal\b|\bregisterApiClient\b|\bSubmitApplicationInput\b/);
  });

  it('2. registers the organisation’s LIVE key and exchanges it for a token', async () => {
    org = await loginAs(gatewayUrl(), ORG_REPRESENTATIVE);
    const registered = await graphql(
      gatewayUrl(),
      'mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { apiClient { id clientId keyType } clientSecret userErrors { code } } }',
      { input: { name: 'Журнал заявлений', scopes: ['catalog:read', 'webhooks:manage'], keyType: 'LIVE' } },
      { token: org.token },
    );
    expect(registered.data?.registerApiClient.userErrors).toEqual([]);
    const { apiClient, clientSecret } = registered.data?.registerApiClient;
    client = { id: apiClient.id, clientId: apiClient.clientId, clientSecret };
    const exchanged = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client.clientId}:${clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    expect(exchanged.status).toBe(200);
    token = ((await exchanged.json()) as { access_token: string }).access_token;
  });

  it('3. reads the catalogue; every answer says where its budget stands, and it counts down', async () => {
    const first = await post('{ services(first: 5) { edges { node { id } } } }', token);
    expect(first.status).toBe(200);
    expect(first.policy).toMatch(/^\d+;w=\d+$/);
    expect(first.limit).toBeGreaterThan(0);
    // The stack's budget refills faster than one read drains it; cost-budget-refill watches a small one drain.
    expect(first.remaining).toBeLessThanOrEqual(first.limit);
    expect(first.body.extensions?.cost).toMatchObject({ requested: 11, actual: 11, throttle: { maximumAvailable: first.limit } });
  });

  it('4. finds nothing of the private graph: no name, suggestion or cost gives it away', async () => {
    const unknown = await post('{ zzzNoSuchField }', token);
    for (const name of ['auditJournal', 'departmentQueue', 'me']) {
      const probe = await post(`{ ${name} }`, token);
      expect(probe.status).toBe(unknown.status);
      expect(probe.body.errors?.map((error) => error.message.split(`"${name}"`).join('"<name>"'))).toEqual(
        unknown.body.errors?.map((error) => error.message.split('"zzzNoSuchField"').join('"<name>"')),
      );
      expect(probe.body.extensions?.cost).toBeUndefined();
    }
    const nearMiss = await post('{ servicez(first: 1) { totalCount } }', token);
    expect(JSON.stringify(nearMiss.body)).not.toMatch(/Did you mean/);
  });

  it('5. receives a webhook for an application and verifies it with the documented helper', async () => {
    const registered = await graphql(
      gatewayUrl(),
      'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } secret userErrors { code } } }',
      { input: { url: await hooks.start(), eventTypes: ['application.status_changed'] } },
      { token },
    );
    expect(registered.data?.registerWebhook.userErrors).toEqual([]);
    const secret = registered.data?.registerWebhook.secret as string;
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));
    for (const deadline = Date.now() + 20_000; forApplication(hooks.deliveries, application.id).length === 0 && Date.now() < deadline; ) await sleep(100);
    const [delivery] = forApplication(hooks.deliveries, application.id);
    expect(delivery).toBeDefined();
    expect(verifyWithExampleHelper({ secret, ...delivery })).toEqual({ ok: true });
    // A replayed delivery an hour later, or a changed byte, is refused.
    expect(verifyWithExampleHelper({ secret, ...delivery, now: Date.now() + 3_600_000 }).ok).toBe(false);
    expect(verifyWithExampleHelper({ secret, ...delivery, body: delivery.body.replace('SUBMITTED', 'COMPLETED') }).ok).toBe(false);
  });

  it('6. revokes the key: within a second its token is refused (401, Bearer challenge) and its webhook is silent', async () => {
    const revoked = await graphql(
      gatewayUrl(),
      'mutation ($input: ApiClientIdInput!) { revokeApiClient(input: $input) { apiClient { revokedAt } userErrors { code } } }',
      { input: { apiClientId: client.id } },
      { token: org.token },
    );
    expect(revoked.data?.revokeApiClient.userErrors).toEqual([]);
    const revokedAt = Date.now();
    let refused = await post('{ services(first: 1) { totalCount } }', token);
    while (refused.status !== 401 && Date.now() - revokedAt < 1_000) refused = await post('{ services(first: 1) { totalCount } }', token);
    expect(refused.status).toBe(401);
    expect(refused.challenge).toMatch(/^Bearer realm="eco", error="invalid_token"/);

    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const after = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));
    await sleep(3_000);
    expect(forApplication(hooks.deliveries, after.id)).toEqual([]);
  });

  it('7. a TEST key works against the sandbox and reads no person’s records', async () => {
    const developer = await loginAs(gatewayUrl(), SANDBOX_CITIZEN);
    const testToken = await apiClientToken(gatewayUrl(), developer.token, ['catalog:read'], 'TEST');
    const catalogue = await post('{ services(first: 1) { totalCount } }', testToken);
    expect(catalogue.status).toBe(200);
    const records = await post('{ me { fines(first: 5) { totalCount } } }', testToken);
    expect(records.body.data?.me ?? null).toBeNull();
    expect(records.body.errors?.length).toBeGreaterThan(0);
  });

  it('8. runs the example app with a fresh key', async () => {
    const registered = await graphql(
      gatewayUrl(),
      'mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { apiClient { clientId } clientSecret userErrors { code } } }',
      { input: { name: 'Пример из документации', scopes: ['catalog:read'], keyType: 'LIVE' } },
      { token: org.token },
    );
    const { apiClient, clientSecret } = registered.data?.registerApiClient;
    const run = await runExampleClient({ GATEWAY_URL: origin(), CLIENT_ID: apiClient.clientId, CLIENT_SECRET: clientSecret });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/services: \d+ in the catalogue/);
  });
});
