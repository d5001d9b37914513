import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { apiClientToken, CITIZEN, loginAs, ORG_REPRESENTATIVE, SANDBOX_CITIZEN } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * TEST keys as a sandbox: a TEST key with webhooks:manage (any signed-in person may hold one)
 * receives the sandbox citizens' events only, never a live citizen's; a LIVE key's endpoint
 * receives live events only, never the sandbox's test data.
 */

const REGISTER_WEBHOOK = /* GraphQL */ `
  mutation ($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { endpoint { id sandbox } secret userErrors { field code } }
  }
`;

/** A receiver that answers 200 and keeps the parsed bodies. */
function receiver() {
  const bodies: { id: string; type: string; payload: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  return {
    bodies,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function registerWebhook(token: string, url: string): Promise<{ id: string; sandbox: boolean }> {
  const response = await graphql(gatewayUrl(), REGISTER_WEBHOOK, { input: { url, eventTypes: ['application.status_changed'] } }, { token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.registerWebhook.userErrors).toEqual([]);
  return response.data?.registerWebhook.endpoint;
}

const forApplication = (bodies: ReturnType<typeof receiver>['bodies'], applicationId: string) =>
  bodies.filter((body) => body.payload.applicationId === applicationId);

async function waitFor(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
}

describe('TEST keys as a sandbox: webhooks of sandbox data only', () => {
  const sandboxReceiver = receiver();
  const liveReceiver = receiver();
  let sandboxEndpoint: { id: string; sandbox: boolean };
  let liveEndpoint: { id: string; sandbox: boolean };
  let testToken: string;
  let liveToken: string;
  let serviceId: string;

  beforeAll(async () => {
    // A plain citizen may hold a TEST key with webhooks:manage; LIVE webhooks stay organizations'.
    const developer = await loginAs(gatewayUrl(), CITIZEN);
    testToken = await apiClientToken(gatewayUrl(), developer.token, ['webhooks:manage'], 'TEST');
    const organization = await loginAs(gatewayUrl(), ORG_REPRESENTATIVE);
    liveToken = await apiClientToken(gatewayUrl(), organization.token, ['webhooks:manage'], 'LIVE');
    sandboxEndpoint = await registerWebhook(testToken, await sandboxReceiver.start());
    liveEndpoint = await registerWebhook(liveToken, await liveReceiver.start());
    serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
  });
  afterAll(async () => {
    const disable = 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { userErrors { code } } }';
    if (sandboxEndpoint) await graphql(gatewayUrl(), disable, { id: sandboxEndpoint.id }, { token: testToken });
    if (liveEndpoint) await graphql(gatewayUrl(), disable, { id: liveEndpoint.id }, { token: liveToken });
    await sandboxReceiver.stop();
    await liveReceiver.stop();
  });

  it('marks the endpoint of a TEST key as a sandbox one', () => {
    expect(sandboxEndpoint.sandbox).toBe(true);
    expect(liveEndpoint.sandbox).toBe(false);
  });

  it('delivers a sandbox citizen’s application to the TEST endpoint only, a live citizen’s to the LIVE endpoint only', async () => {
    const live = await submitApplication(gatewayUrl(), (await loginAs(gatewayUrl(), CITIZEN)).token, serviceId);
    const sandboxCitizen = await loginAs(gatewayUrl(), SANDBOX_CITIZEN);
    const sandbox = await submitApplication(gatewayUrl(), sandboxCitizen.token, serviceId);

    // Both events are delivered where they belong…
    expect(await waitFor(() => forApplication(liveReceiver.bodies, live.id).length > 0)).toBe(true);
    expect(await waitFor(() => forApplication(sandboxReceiver.bodies, sandbox.id).length > 0)).toBe(true);
    const [delivered] = forApplication(sandboxReceiver.bodies, sandbox.id);
    expect(delivered).toMatchObject({
      type: 'application.status_changed',
      payload: { applicationId: sandbox.id, number: sandbox.number, applicantId: sandboxCitizen.userId, to: 'SUBMITTED', sandbox: true },
    });
    expect(forApplication(liveReceiver.bodies, live.id)[0].payload).toMatchObject({ sandbox: false, to: 'SUBMITTED' });

    // …and, the dispatcher having had its time (the other delivery arrived), nowhere else.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(forApplication(sandboxReceiver.bodies, live.id)).toEqual([]);
    expect(forApplication(liveReceiver.bodies, sandbox.id)).toEqual([]);
    expect(sandboxReceiver.bodies.every((body) => body.payload.sandbox === true)).toBe(true);
    expect(liveReceiver.bodies.every((body) => body.payload.sandbox !== true)).toBe(true);
  });
});
