import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { CITIZEN, loginAs, ORG_REPRESENTATIVE } from '../support/demo-accounts';
import { runExampleClient } from '../support/example-client';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * The getting-started path of docs/api-clients.md, run as a developer runs it: the demo
 * organisation's representative registers a LIVE application with webhooks:manage, and
 * examples/api-client/index.mjs (a child process, env only) discovers the token endpoint,
 * gets a token, reads the catalogue and verifies a webhook delivery.
 */

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) { apiClient { clientId keyType scopes } clientSecret userErrors { field code } }
  }
`;

describe('examples/api-client against the stack', () => {
  const origin = () => new URL(gatewayUrl()).origin;
  let env: Record<string, string>;

  beforeAll(async () => {
    const org = await loginAs(gatewayUrl(), ORG_REPRESENTATIVE);
    const registered = await graphql(
      gatewayUrl(),
      REGISTER,
      { input: { name: 'Городской транспорт: статусы заявлений', scopes: ['catalog:read', 'webhooks:manage'], keyType: 'LIVE' } },
      { token: org.token },
    );
    expect(registered.data?.registerApiClient.userErrors).toEqual([]);
    const { apiClient, clientSecret } = registered.data?.registerApiClient;
    expect(apiClient.keyType).toBe('LIVE');
    env = { GATEWAY_URL: origin(), CLIENT_ID: apiClient.clientId, CLIENT_SECRET: clientSecret };
  });

  it('discovers the token endpoint, gets a token and lists services', async () => {
    const run = await runExampleClient(env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`issuer: ${origin()}\n`);
    expect(run.stdout).toContain(`token endpoint: ${origin()}/oauth/token\n`);
    expect(run.stdout).toMatch(/token: Bearer, expires in \d+ s, scope "catalog:read webhooks:manage"/);
    expect(run.stdout).toMatch(/services: \d+ in the catalogue, the first 5:\n(  \S+  .+\n){5}/);
  });

  it('says what is wrong with bad credentials', async () => {
    const run = await runExampleClient({ ...env, CLIENT_SECRET: 'eco_live_wrong' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('token refused: invalid_client');
  });

  it('with --webhooks, registers its receiver, verifies a delivery (signature and timestamp) and cleans up', async () => {
    let announced: () => void = () => undefined;
    const listening = new Promise<void>((resolve) => (announced = resolve));
    let output = '';
    const finished = runExampleClient({ ...env, WEBHOOK_MAX_DELIVERIES: '1' }, ['--webhooks'], {
      onStdout: (text) => {
        output += text;
        if (output.includes('receiving webhooks at ')) announced();
      },
    });
    await listening;
    // Any applicant's status change reaches an organisation's webhook.
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));

    const run = await finished;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/webhook endpoint \S+ registered for application\.status_changed/);
    expect(run.stdout).toMatch(/webhook verified: application\.status_changed [0-9a-f-]{36}/);
    expect(run.stdout).not.toContain('webhook refused');
    expect(run.stdout).toContain('webhook endpoint disabled');
  });
});
