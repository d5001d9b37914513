import { testClientViewer } from '@eco/kit';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/*
 * Webhook management by third-party API clients (tokens with a client id) with `webhooks:manage`
 * (identity grants it to organizations' LIVE keys and to anyone's TEST keys; a TEST key's
 * endpoints are sandbox ones, see sandbox-webhooks.test.ts). The client owns what it registers,
 * by its token's `sub`.
 */

let db: TestDatabase;
const CLIENT_A = '7b1c0000-0000-4000-8000-00000000000a';
const CLIENT_B = '7b1c0000-0000-4000-8000-00000000000b';
const liveManager = testClientViewer(CLIENT_A, 'eco_ci_a', ['webhooks:manage'], 'LIVE');
const otherLiveManager = testClientViewer(CLIENT_B, 'eco_ci_b', ['webhooks:manage'], 'LIVE');
const withoutScope = testClientViewer(CLIENT_A, 'eco_ci_a', ['catalog:read'], 'LIVE');
const testKey = testClientViewer(CLIENT_A, 'eco_ci_a', ['webhooks:manage'], 'TEST');

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id url } secret userErrors { code } } }
`;
const LIST = '{ webhookEndpoints { totalCount edges { node { id } } } }';
const input = { input: { url: 'https://portal.example.org/hooks', eventTypes: ['application.status_changed'] } };

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('webhooks for API clients', () => {
  it('lets a LIVE client with webhooks:manage register, list and disable its own endpoints', async () => {
    const registered = await execute(db.services, REGISTER, { viewer: liveManager, variables: input });
    expect(registered.errors).toBeUndefined();
    const endpointId = registered.data?.registerWebhook.endpoint.id as string;
    expect(registered.data?.registerWebhook.secret).toEqual(expect.any(String));
    const row = await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(row.ownerId).toBe(CLIENT_A);

    const mine = await execute(db.services, LIST, { viewer: liveManager });
    expect(mine.data?.webhookEndpoints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([endpointId]);
    expect((await execute(db.services, '{ webhookEventTypes }', { viewer: liveManager })).errors).toBeUndefined();

    // Another client neither sees nor disables it.
    const theirs = await execute(db.services, LIST, { viewer: otherLiveManager });
    expect(theirs.data?.webhookEndpoints.totalCount).toBe(0);
    const disable = await execute(db.services, 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { endpoint { id } userErrors { code } } }', {
      viewer: otherLiveManager,
      variables: { id: endpointId },
    });
    expect(disable.data?.disableWebhook).toEqual({ endpoint: null, userErrors: [{ code: 'WEBHOOK_NOT_FOUND' }] });
    expect((await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).active).toBe(true);
  });

  it('lets a TEST key with webhooks:manage register a sandbox endpoint', async () => {
    const registered = await execute(db.services, REGISTER, { viewer: testKey, variables: input });
    expect(registered.errors).toBeUndefined();
    const row = await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: registered.data?.registerWebhook.endpoint.id as string } });
    expect(row).toMatchObject({ ownerId: CLIENT_A, sandbox: true });
  });

  it.each([['a client without webhooks:manage', withoutScope]])('refuses %s and stores nothing', async (_name, viewer) => {
    const before = await db.prisma.webhookEndpoint.count();
    const result = await execute(db.services, REGISTER, { viewer, variables: input });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await db.prisma.webhookEndpoint.count()).toBe(before);
    expect(errorCodes(await execute(db.services, LIST, { viewer }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, '{ webhookEventTypes }', { viewer }))).toEqual(['FORBIDDEN']);
  });

  it('gives an API client none of a person’s notification fields', async () => {
    const result = await execute(db.services, '{ notificationContacts { email } }', { viewer: liveManager });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});
