import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { ADMIN, CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { verifyWithExampleHelper } from '../support/example-client';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
  answered: number;
}

/** A third party's endpoint: fails the first two attempts of every event, then accepts. */
function flakyReceiver() {
  const received: Received[] = [];
  const attemptsByEvent = new Map<string, number>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const eventId = String(req.headers['x-eco-event-id']);
      const attempt = (attemptsByEvent.get(eventId) ?? 0) + 1;
      attemptsByEvent.set(eventId, attempt);
      const answered = attempt <= 2 ? 503 : 200;
      received.push({ body, headers: req.headers, answered });
      res.writeHead(answered).end();
    });
  });
  return {
    received,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/eco`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const REGISTER_WEBHOOK = /* GraphQL */ `
  mutation ($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { endpoint { id url eventTypes } secret userErrors { field code } }
  }
`;

describe('webhooks for regional portals and third parties', () => {
  const receiver = flakyReceiver();
  let admin: { token: string };
  let endpointId: string;
  let secret: string;

  beforeAll(async () => {
    admin = await loginAs(gatewayUrl(), ADMIN);
    const url = await receiver.start();
    const response = await graphql(gatewayUrl(), REGISTER_WEBHOOK, { input: { url, eventTypes: ['application.status_changed'] } }, { token: admin.token });
    expect(response.data?.registerWebhook.userErrors).toEqual([]);
    endpointId = response.data?.registerWebhook.endpoint.id;
    secret = response.data?.registerWebhook.secret;
  });
  afterAll(async () => {
    await graphql(gatewayUrl(), 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { userErrors { code } } }', { id: endpointId }, { token: admin.token });
    await receiver.stop();
  });

  it('delivers each event once after retries, signed with the endpoint secret', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));
    const ours = () => receiver.received.filter((r) => JSON.parse(r.body).payload?.applicationId === application.id);

    const deadline = Date.now() + 20_000;
    while (!ours().some((r) => r.answered === 200) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const attempts = ours();
    expect(attempts.map((a) => a.answered)).toEqual([503, 503, 200]);
    const eventIds = new Set(attempts.map((a) => a.headers['x-eco-event-id']));
    expect(eventIds.size).toBe(1);
    for (const attempt of attempts) {
      // v1=HMAC-SHA256("<x-eco-timestamp>.<raw body>"): the timestamp is signed with the body.
      const timestamp = String(attempt.headers['x-eco-timestamp']);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(120);
      const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${attempt.body}`).digest('hex')}`;
      expect(attempt.headers['x-eco-signature']).toBe(expected);
      expect(attempt.headers['x-eco-event-type']).toBe('application.status_changed');
      // What a developer's receiver runs: the example client's helper accepts it.
      expect(verifyWithExampleHelper({ secret, body: attempt.body, timestamp, signature: String(attempt.headers['x-eco-signature']) })).toEqual({ ok: true });
    }
    const forged = createHmac('sha256', 'not-the-secret').update(`${attempts[0].headers['x-eco-timestamp']}.${attempts[0].body}`).digest('hex');
    expect(attempts[0].headers['x-eco-signature']).not.toBe(`v1=${forged}`);

    // The delivery log tells the same story.
    const log = await graphql(
      gatewayUrl(),
      'query ($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) { edges { node { eventId status attempts responseCode } } } }',
      { id: endpointId },
      { token: admin.token },
    );
    const entry = log.data?.webhookDeliveries.edges.map((e: { node: object }) => e.node).find((n: { eventId: string }) => eventIds.has(n.eventId));
    expect(entry).toMatchObject({ status: 'SUCCEEDED', attempts: 3, responseCode: 200 });
  });

  it('lets a receiver detect a replayed delivery: an old timestamp, or a new one on the old signature', async () => {
    const delivered = receiver.received.find((r) => r.answered === 200);
    expect(delivered).toBeDefined();
    const { body, headers } = delivered as Received;
    const timestamp = String(headers['x-eco-timestamp']);
    const signature = String(headers['x-eco-signature']);
    const sentAt = Number(timestamp) * 1000;
    // Captured and sent again ten minutes later: outside the documented 5-minute tolerance.
    expect(verifyWithExampleHelper({ secret, body, timestamp, signature, now: sentAt + 10 * 60_000 })).toEqual({ ok: false, reason: 'stale-timestamp' });
    // …with the timestamp header refreshed to pass the window: the signature no longer matches.
    const refreshed = String(Math.floor((sentAt + 10 * 60_000) / 1000));
    expect(verifyWithExampleHelper({ secret, body, timestamp: refreshed, signature, now: sentAt + 10 * 60_000 })).toEqual({ ok: false, reason: 'bad-signature' });
    // Within the window it is accepted (deliveries are at least once: receivers de-duplicate by x-eco-event-id).
    expect(verifyWithExampleHelper({ secret, body, timestamp, signature, now: sentAt + 4 * 60_000 })).toEqual({ ok: true });
  });

  it("keeps the delivery log from citizens, and refuses a bad URL storing nothing", async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN_2);
    const log = await graphql(gatewayUrl(), 'query ($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }', { id: endpointId }, { token: citizen.token });
    expect(errorCodes(log)).toEqual(['FORBIDDEN']);

    const bad = await graphql(gatewayUrl(), REGISTER_WEBHOOK, { input: { url: 'ftp://example.org/x', eventTypes: ['application.status_changed'] } }, { token: admin.token });
    expect(bad.data?.registerWebhook.endpoint).toBeNull();
    expect(bad.data?.registerWebhook.userErrors[0]).toMatchObject({ field: 'url' });
  });
});
