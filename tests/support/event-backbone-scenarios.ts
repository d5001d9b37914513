import { GATEWAY_MAIN, REPO_ROOT, freePort, startServiceProcess, type ServiceProcess } from '@eco/stack';
import path from 'node:path';
import { Client } from 'pg';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from './applications';
import { CITIZEN_2, EMPLOYEE_MVD, loginAs } from './demo-accounts';
import { connection, liveClient, subscribe } from './live-client';
import { STACK_START_TIMEOUT_MS, type TestStack } from './test-stack';

/** The subgraphs the event scenarios need: applications produce, notifications consume. */
export const EVENT_SCENARIO_SUBGRAPHS = ['identity', 'catalog', 'applications', 'notifications', 'documents'];

export interface EventScenarioContext {
  stack: TestStack;
  /** 'nats' or 'postgres', as the services report it. */
  mode: 'nats' | 'postgres';
}

/** Runs `work` for 0..n-1, `width` at a time. */
export async function inParallel(n: number, width: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await work(next++);
  }));
}

export async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Notifications about these applications, and how many of them share a (event, person). */
export async function notificationsAbout(databaseUrl: string, applicationIds: string[]): Promise<{ total: number; duplicates: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT count(*)::int AS total, (count(*) - count(DISTINCT (source_event_id, user_id)))::int AS duplicates
         FROM notifications.notification WHERE subject_id = ANY($1::text[])`,
      [applicationIds],
    );
    return rows[0];
  } finally {
    await db.end();
  }
}

/** A gateway process in front of this stack's subgraphs (replicas for the fan-out scenarios). */
export async function startGatewayReplica(stack: TestStack): Promise<{ url: string; process: ServiceProcess }> {
  const port = await freePort();
  const process_ = await startServiceProcess({
    name: `gateway-${port}`,
    script: GATEWAY_MAIN,
    env: { ...stack.env, PORT: String(port), LOG_LEVEL: 'warn', SUPERGRAPH_PATH: path.join(REPO_ROOT, 'schema/supergraph.graphql') },
    readyUrl: `http://localhost:${port}/healthz`,
    onLine: () => undefined,
  });
  return { url: `http://localhost:${port}/graphql`, process: process_ };
}

/** 1,000 status changes while notifications is down; it comes back, is killed mid-batch, comes back. */
export async function thousandChangesWhileNotificationsDown(context: EventScenarioContext): Promise<void> {
  const { stack } = context;
  const citizen = await loginAs(stack.gatewayUrl, CITIZEN_2);
  const employee = await loginAs(stack.gatewayUrl, EMPLOYEE_MVD);
  const serviceId = await serviceIdByCode(stack.gatewayUrl, SIMPLE_MVD_SERVICE);
  const ours: string[] = [];

  await stack.stopSubgraph('notifications');
  // 500 submissions (SUBMITTED) and their registrations (REGISTERED): 1,000 status changes.
  await inParallel(500, 4, async () => {
    const application = await submitApplication(stack.gatewayUrl, citizen.token, serviceId);
    ours.push(application.id);
    const registered = await transition(stack.gatewayUrl, employee.token, 'registerApplication', application.id);
    if (registered.data?.registerApplication.userErrors.length) throw new Error(JSON.stringify(registered.data.registerApplication.userErrors));
  });
  expect(await notificationsAbout(stack.databaseUrl, ours)).toEqual({ total: 0, duplicates: 0 });

  await stack.startSubgraph('notifications');
  await until('the first notifications', async () => (await notificationsAbout(stack.databaseUrl, ours)).total >= 100);
  // Killed in the middle of catching up: what it did is kept, what it had not acknowledged comes again.
  await stack.killSubgraph('notifications');
  const atKill = (await notificationsAbout(stack.databaseUrl, ours)).total;
  await stack.startSubgraph('notifications');
  await until('1,000 notifications', async () => (await notificationsAbout(stack.databaseUrl, ours)).total >= 1000, 120_000);
  await new Promise((r) => setTimeout(r, 1500));
  expect(atKill).toBeLessThan(1000);
  expect(await notificationsAbout(stack.databaseUrl, ours)).toEqual({ total: 1000, duplicates: 0 });
}

const WATCH = 'subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to application { number } } }';

/** Two gateways with subscribers on both; one is killed, the other's subscribers keep getting events. */
export async function gatewayReplicaKilled(context: EventScenarioContext): Promise<void> {
  const { stack } = context;
  const first = await startGatewayReplica(stack);
  const second = await startGatewayReplica(stack);
  try {
    const citizen = await loginAs(first.url, CITIZEN_2);
    const employee = await loginAs(second.url, EMPLOYEE_MVD);
    const application = await submitApplication(first.url, citizen.token, await serviceIdByCode(first.url, SIMPLE_MVD_SERVICE));
    const onFirst = liveClient(first.url, citizen.token);
    const onSecond = liveClient(second.url, citizen.token);
    expect(await connection(onFirst)).toEqual({ connected: true });
    expect(await connection(onSecond)).toEqual({ connected: true });
    const watchedOnFirst = subscribe(onFirst, WATCH, { id: application.id });
    const watchedOnSecond = subscribe(onSecond, WATCH, { id: application.id });
    await new Promise((r) => setTimeout(r, 300));

    await transition(stack.gatewayUrl, employee.token, 'registerApplication', application.id);
    expect((await watchedOnFirst.next(1))[0]).toEqual({ applicationStatusChanged: { to: 'REGISTERED', application: { number: application.number } } });
    expect((await watchedOnSecond.next(1))[0]).toEqual({ applicationStatusChanged: { to: 'REGISTERED', application: { number: application.number } } });

    await first.process.kill();
    await transition(stack.gatewayUrl, employee.token, 'startProcessing', application.id);
    const received = await watchedOnSecond.next(2);
    expect(received[1]).toEqual({ applicationStatusChanged: { to: 'IN_PROGRESS', application: { number: application.number } } });
    expect(watchedOnFirst.received).toHaveLength(1);
    await watchedOnSecond.close();
    await onSecond.dispose();
    void onFirst.dispose();
  } finally {
    await first.process.stop();
    await second.process.stop();
  }
}

/**
 * The event infrastructure (NATS, or PostgreSQL itself) restarts: changes made around the restart
 * reach notifications exactly once and a live subscriber on the gateway, without reconnecting.
 */
export async function infrastructureRestarted(context: EventScenarioContext, restart: (whileDown: () => Promise<void>) => Promise<void>, changeWhileDown: boolean): Promise<void> {
  const { stack } = context;
  const citizen = await loginAs(stack.gatewayUrl, CITIZEN_2);
  const employee = await loginAs(stack.gatewayUrl, EMPLOYEE_MVD);
  const serviceId = await serviceIdByCode(stack.gatewayUrl, SIMPLE_MVD_SERVICE);
  const ours: string[] = [];
  for (let i = 0; i < 10; i++) ours.push((await submitApplication(stack.gatewayUrl, citizen.token, serviceId)).id);
  await until('the first 10 notifications', async () => (await notificationsAbout(stack.databaseUrl, ours)).total === 10);

  const live = liveClient(stack.gatewayUrl, citizen.token);
  expect(await connection(live)).toEqual({ connected: true });
  const watched = subscribe(live, WATCH, { id: ours[0] });
  await new Promise((r) => setTimeout(r, 300));

  await restart(async () => {
    // NATS down: the outbox keeps the changes until the relay can publish them.
    if (changeWhileDown) for (const id of ours) await transition(stack.gatewayUrl, employee.token, 'registerApplication', id);
  });
  if (!changeWhileDown) {
    await until('the graph answering again', async () => {
      const answer = await transition(stack.gatewayUrl, employee.token, 'registerApplication', ours[0]).catch(() => null);
      return Boolean(answer?.data?.registerApplication?.application);
    });
    for (const id of ours.slice(1)) await transition(stack.gatewayUrl, employee.token, 'registerApplication', id);
  }
  await until('20 notifications', async () => (await notificationsAbout(stack.databaseUrl, ours)).total >= 20, 60_000);
  expect((await watched.next(1, 30_000))[0]).toEqual({ applicationStatusChanged: { to: 'REGISTERED', application: { number: expect.any(String) } } });
  await new Promise((r) => setTimeout(r, 1000));
  expect(await notificationsAbout(stack.databaseUrl, ours)).toEqual({ total: 20, duplicates: 0 });
  await watched.close();
  await live.dispose();
}

/** Which event mode the stack's services report (the subgraph log line "subgraph ready"). */
export async function readyMode(stack: TestStack): Promise<string> {
  const response = await fetch(stack.gatewayUrl.replace('/graphql', '/readyz'));
  return ((await response.json()) as { liveEvents: string }).liveEvents;
}

export interface EventBackboneSetup {
  mode: 'nats' | 'postgres';
  /** Starts the infrastructure and a stack on it. */
  start(): Promise<TestStack>;
  /** Stops what `start` started (the stack is destroyed before). */
  stop(): Promise<void>;
  /** What restarting means in this mode (NATS, or PostgreSQL), with work done while it is down. */
  restartInfrastructure(whileDown: () => Promise<void>): Promise<void>;
  /** Whether changes can be made while it is down (with NATS down the outbox keeps them; with PostgreSQL down nothing commits). */
  changesWhileDown: boolean;
  restartName: string;
}

/** The same fault scenarios, in either mode (event-backbone.test.ts, event-backbone.nats.test.ts). */
export function describeEventBackbone(title: string, setup: EventBackboneSetup): void {
  describe(title, () => {
    const context = { mode: setup.mode } as EventScenarioContext;
    beforeAll(async () => {
      context.stack = await setup.start();
    }, STACK_START_TIMEOUT_MS);
    afterAll(async () => {
      await context.stack?.destroy();
      await setup.stop();
    });

    it(`runs in ${setup.mode} mode`, async () => {
      expect(await readyMode(context.stack)).toBe(setup.mode);
    });

    it('1,000 status changes with notifications down (then killed mid-batch): exactly 1,000 notifications, none twice', () => thousandChangesWhileNotificationsDown(context), 240_000);

    it('a gateway replica is killed: the other keeps its subscribers', () => gatewayReplicaKilled(context), 120_000);

    it(`${setup.restartName} restarts: changes reach notifications once, and the live subscriber`, () =>
      infrastructureRestarted(context, (whileDown) => setup.restartInfrastructure(whileDown), setup.changesWhileDown), 180_000);
  });
}
