import { sealEvent, TestTokens, type FeedEvent } from '@eco/kit';
import { verifyWebhookSignature } from '../src/webhooks/webhook-signature';
import { CITIZEN, CITIZEN2, ORG_REP, statusChanged } from './support/events';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { eventually } from './support/test-database';
import { startTestServer, type TestServer } from './support/test-server';
import { signedHeaders, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

const tokens = new TestTokens();
const citizenToken = tokens.sign(CITIZEN);
const citizen2Token = tokens.sign(CITIZEN2);
let producer: TestProducer;
let server: TestServer;
let receiver: WebhookReceiver;

const MINE = /* GraphQL */ `
  query Mine($id: ID!) {
    _entities(representations: [{ __typename: "User", id: $id }]) {
      ... on User { unreadNotificationCount notifications(first: 100) { totalCount edges { node { id title deliveries { channel status } } } } }
    }
  }
`;

const unreadOf = async (token = citizenToken) => (await server.gql(MINE, { id: CITIZEN }, token)).data?._entities[0]?.unreadNotificationCount as number | undefined;

beforeAll(async () => {
  producer = await startTestProducer();
  receiver = await startWebhookReceiver();
  server = await startTestServer({ applicationsUrl: producer.graphqlUrl, tokens });
});

afterAll(async () => {
  await server?.destroy();
  await receiver?.stop();
  await producer?.stop();
});

describe('notifications as it runs (main.ts)', () => {
  it('turns a status change on the applications feed into a notification, with email and SMS to the seeded contacts', async () => {
    producer.publish(statusChanged({ to: 'SUBMITTED', number: '2026-000001' }));
    await eventually(async () => (await unreadOf()) === 1);
    const delivered = await eventually(async () => {
      const node = (await server.gql(MINE, { id: CITIZEN }, citizenToken)).data?._entities[0].notifications.edges[0].node;
      return node?.deliveries.every((d: { status: string }) => d.status === 'DELIVERED') ? node : null;
    });
    expect(delivered).toMatchObject({
      title: 'Заявление 2026-000001: отправлено в ведомство',
      deliveries: [
        { channel: 'EMAIL', status: 'DELIVERED' },
        { channel: 'SMS', status: 'DELIVERED' },
      ],
    });
  });

  it('catches up after a stop: 50 status changes made while it was down give 50 notifications, none twice', async () => {
    await server.stop();
    const events = producer.publish(...Array.from({ length: 50 }, (_, i) => statusChanged({ to: i % 2 ? 'IN_PROGRESS' : 'REGISTERED' })));
    await server.restart();
    await eventually(async () => (await unreadOf()) === 51, 20_000);
    const nodes = (await server.gql(MINE, { id: CITIZEN }, citizenToken)).data?._entities[0].notifications;
    expect(nodes.totalCount).toBe(51);
    expect(new Set(nodes.edges.map((e: { node: { id: string } }) => e.node.id)).size).toBe(51);
    // Give a consumer that would redeliver a chance to do so; the count must not move.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await unreadOf()).toBe(51);
    expect(events).toHaveLength(50);
  });

  it('serves its own outbox at /events for the internal token only', async () => {
    const feed = new URL('/events', server.running.url);
    expect((await fetch(feed)).status).toBe(401);
    expect((await fetch(feed, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const response = await fetch(`${feed}?after=0&limit=500`, { headers: { authorization: `Bearer ${FEED_TOKEN}` } });
    expect(response.status).toBe(200);
    const { events } = (await response.json()) as { events: { seq: string; type: string; source: string; audience: unknown; payload: Record<string, unknown> }[] };
    expect(events).toHaveLength(51);
    expect(events.map((e) => Number(e.seq))).toEqual([...events.map((e) => Number(e.seq))].sort((a, b) => a - b));
    expect(events[0]).toMatchObject({
      type: 'notification.created',
      source: 'notifications',
      audience: { userIds: [CITIZEN], departmentIds: [], liveFields: ['notificationAdded'] },
      payload: { userId: CITIZEN },
    });
    expect(events[0].payload).not.toHaveProperty('liveFields');
    const head = await fetch(`${feed}?after=latest`, { headers: { authorization: `Bearer ${FEED_TOKEN}` } });
    // With the outbox it serves (its schema), as its NOTIFY notices name it.
    expect(await head.json()).toEqual({ events: [], head: events[50].seq, outbox: expect.stringMatching(/^notifications_/) });

    // The gateway's per-event query, with each subscriber's token and the event it holds, sealed.
    const event = sealEvent(events[0] as unknown as FeedEvent, FEED_TOKEN);
    const live = 'query ($e: String!) { notificationAddedEvent(event: $e) { eventId notification { title } } }';
    expect((await server.gql(live, { e: event }, citizenToken)).data?.notificationAddedEvent.notification.title).toBe('Заявление 2026-000001: отправлено в ведомство');
    expect((await server.gql(live, { e: event }, citizen2Token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('verifies tokens: another user is refused, a forged token is UNAUTHENTICATED', async () => {
    const other = await server.gql(MINE, { id: CITIZEN }, citizen2Token);
    expect(other.data?._entities[0]).toEqual({ notifications: null, unreadNotificationCount: null });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forged = await server.gql(MINE, { id: CITIZEN }, new TestTokens().sign(CITIZEN));
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('delivers consumed events to a registered webhook from its background dispatcher', async () => {
    const registered = await server.gql(
      'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } secret userErrors { code } } }',
      { input: { url: receiver.url, eventTypes: ['application.status_changed'] } },
      tokens.sign(ORG_REP, ['ORG_REPRESENTATIVE']),
    );
    const { secret } = registered.data?.registerWebhook;
    receiver.respondWith([502]);
    const [event] = producer.publish(statusChanged({ to: 'COMPLETED', number: '2026-000099' }));
    const received = await eventually(async () => receiver.requests.find((r) => r.answered === 200));
    expect(received.headers['x-eco-event-id']).toBe(event.id);
    expect(verifyWebhookSignature(secret, received.body, signedHeaders(received.headers))).toBe(true);
    expect(receiver.requests.map((r) => r.answered)).toEqual([502, 200]);
  });
});
