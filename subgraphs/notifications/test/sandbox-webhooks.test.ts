import { testClientViewer, testViewer } from '@eco/kit';
import { isSandboxEvent } from '../src/webhooks/webhooks.service';
import { ORG_REP, statusChanged } from './support/events';
import { execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

/*
 * The sandbox routing rule: an endpoint registered with a TEST API key receives only sandbox
 * events (filed by sandbox citizens, payload `sandbox: true`); every other endpoint (LIVE keys,
 * people) receives only live events.
 */

let db: TestDatabase;
const TEST_CLIENT = '7b1c0000-0000-4000-8000-0000000000c1';
const LIVE_CLIENT = '7b1c0000-0000-4000-8000-0000000000c2';
const testKey = testClientViewer(TEST_CLIENT, 'eco_ci_test', ['webhooks:manage'], 'TEST');
const liveKey = testClientViewer(LIVE_CLIENT, 'eco_ci_live', ['webhooks:manage'], 'LIVE');
const orgRep = testViewer(ORG_REP, ['ORG_REPRESENTATIVE']);

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id sandbox } userErrors { code } } }
`;

async function register(viewer: typeof testKey, url: string) {
  const result = await execute(db.services, REGISTER, { viewer, variables: { input: { url, eventTypes: ['application.status_changed'] } } });
  expect(result.errors).toBeUndefined();
  return result.data?.registerWebhook.endpoint as { id: string; sandbox: boolean };
}

const deliveredEvents = async (endpointId: string) =>
  (await db.prisma.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: 'asc' } })).map((row) => row.eventId);

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('sandbox webhooks', () => {
  it('tells sandbox events by their payload flag only', () => {
    expect(isSandboxEvent(statusChanged({ to: 'SUBMITTED', sandbox: true }))).toBe(true);
    expect(isSandboxEvent(statusChanged({ to: 'SUBMITTED' }))).toBe(false);
    expect(isSandboxEvent({ payload: { sandbox: 'true' } })).toBe(false);
    expect(isSandboxEvent({ payload: {} })).toBe(false);
  });

  it('sends sandbox events to TEST keys’ endpoints only and live events to the others only', async () => {
    const sandboxEndpoint = await register(testKey, 'https://sandbox.example.org/hooks');
    const liveEndpoint = await register(liveKey, 'https://live.example.org/hooks');
    const orgEndpoint = await register(orgRep, 'https://org.example.org/hooks');
    expect([sandboxEndpoint.sandbox, liveEndpoint.sandbox, orgEndpoint.sandbox]).toEqual([true, false, false]);

    const live = statusChanged({ to: 'SUBMITTED' });
    const sandbox = statusChanged({ to: 'SUBMITTED', sandbox: true });
    await deliver(db.services, live);
    await deliver(db.services, sandbox);

    expect(await deliveredEvents(sandboxEndpoint.id)).toEqual([sandbox.id]);
    expect(await deliveredEvents(liveEndpoint.id)).toEqual([live.id]);
    expect(await deliveredEvents(orgEndpoint.id)).toEqual([live.id]);
    const body = JSON.parse((await db.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: sandboxEndpoint.id } })).body);
    expect(body).toMatchObject({ id: sandbox.id, type: 'application.status_changed', payload: { sandbox: true, to: 'SUBMITTED' } });
  });
});
