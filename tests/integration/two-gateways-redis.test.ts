import { randomBytes } from 'node:crypto';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { CITIZEN, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { startExtraGateway } from '../support/extra-gateway';
import { connection, liveClient, subscribe } from '../support/live-client';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const startGateway = (keyPrefix: string) => startExtraGateway({ REDIS_URL, REDIS_KEY_PREFIX: keyPrefix });

const liveMode = async (port: number) => ((await (await fetch(`http://localhost:${port}/readyz`)).json()) as { liveEvents: string }).liveEvents;

describe('two gateway processes behind one Redis', () => {
  let relay: Awaited<ReturnType<typeof startGateway>>;
  let follower: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    const keyPrefix = `eco-test-${randomBytes(4).toString('hex')}`;
    relay = await startGateway(keyPrefix);
    // The first gateway takes the relay lease; the second only listens on Redis.
    for (let i = 0; i < 50 && (await liveMode(relay.port)) !== 'redis-relay'; i++) await new Promise((r) => setTimeout(r, 100));
    follower = await startGateway(keyPrefix);
  });
  afterAll(async () => {
    await follower?.process.stop();
    await relay?.process.stop();
  });

  it('delivers a change to a subscriber connected to the gateway that does not read the feeds', async () => {
    expect(await liveMode(relay.port)).toBe('redis-relay');
    expect(await liveMode(follower.port)).toBe('redis');

    const citizen = await loginAs(follower.url, CITIZEN);
    const employee = await loginAs(relay.url, EMPLOYEE_MVD);
    const application = await submitApplication(follower.url, citizen.token, await serviceIdByCode(follower.url, SIMPLE_MVD_SERVICE));

    const client = liveClient(follower.url, citizen.token);
    expect(await connection(client)).toEqual({ connected: true });
    const watched = subscribe(client, 'subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to application { number } } }', {
      id: application.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await transition(relay.url, employee.token, 'registerApplication', application.id);

    const [event] = await watched.next(1);
    expect(event.applicationStatusChanged).toEqual({ to: 'REGISTERED', application: { number: application.number } });
    await watched.close();
    await client.dispose();
  });
});
