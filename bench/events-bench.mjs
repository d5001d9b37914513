// The event backbone, in both modes (PostgreSQL LISTEN/NOTIFY, NATS JetStream), each on a stack of
// its own: idle CPU of the whole graph, live status latency, 10,000 subscribers on one gateway
// process, and the relay → consumer throughput of the kit's outbox.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import express from 'express';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gql, login } from './graphql.mjs';
import { measureLiveLatency } from './live-latency.mjs';

const require = createRequire(import.meta.url);
const { startStack, ensureDatabase, dropDatabase } = require('@eco/stack');
const kit = require('@eco/kit');

const NATS_URL = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const RECEIVERS = 1_000;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

function pidsOf(stack) {
  return [stack.gatewayPid, ...Object.values(stack.subgraphs).map((s) => s.process?.pid)].filter(Boolean);
}

async function idleCpu(stack) {
  await new Promise((r) => setTimeout(r, 5_000)); // startup work (seeding, first sweeps) settles
  const pids = pidsOf(stack);
  const before = pids.map(cpuSeconds);
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const used = pids.map(cpuSeconds).reduce((sum, after, i) => sum + after - before[i], 0);
  return { processes: pids.length, seconds: IDLE_SECONDS, perTenSeconds: (used / IDLE_SECONDS) * 10 };
}

/**
 * SUBSCRIBERS graphql-ws connections on one gateway process, each with one subscription; RECEIVERS
 * of them watch one application, the rest other applications. Then one status change of that
 * application: how long until each receiver has it.
 */
async function fanOut(stack) {
  const url = stack.gatewayUrl;
  const citizen = await login(url, 'citizen@demo.gosuslugi.local');
  const employee = await login(url, 'employee.mvd@demo.gosuslugi.local');
  const serviceId = (await gql(url, '{ service(code: "mvd-passport-validity-check") { id } }')).service.id;
  const submitted = await gql(url, 'mutation ($i: SubmitApplicationInput!) { submitApplication(input: $i) { application { id } } }', { i: { serviceId, idempotencyKey: randomUUID(), formData: { series: '4510', number: '123456' } } }, citizen);
  const watchedId = submitted.submitApplication.application.id;
  const rssBefore = rssKb(stack.gatewayPid);
  const clients = [];
  const arrivals = [];
  const query = 'subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to application { number service { titleRu } } } }';
  for (let i = 0; i < SUBSCRIBERS; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, SUBSCRIBERS - i) }, async (_, j) => {
        const receiver = i + j < RECEIVERS;
        const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${citizen}` }, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
        clients.push(client);
        await new Promise((resolve, reject) => {
          client.on('connected', resolve);
          client.on('closed', (event) => reject(new Error(`closed ${event.code}`)));
        });
        client.subscribe({ query, variables: { id: receiver ? watchedId : randomUUID() } }, { next: () => arrivals.push(performance.now()), error: () => undefined, complete: () => undefined });
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 2_000));
  global.gc?.();
  const rssAfter = rssKb(stack.gatewayPid);
  await gql(url, 'mutation ($i: RegisterApplicationInput!) { registerApplication(input: $i) { userErrors { code } } }', { i: { applicationId: watchedId } }, employee);
  const answeredAt = performance.now();
  const deadline = answeredAt + 30_000;
  while (arrivals.length < RECEIVERS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const latencies = arrivals.map((at) => at - answeredAt).sort((a, b) => a - b);
  await Promise.all(clients.map((client) => client.dispose()));
  return {
    subscribers: SUBSCRIBERS,
    kbPerSubscriber: (rssAfter - rssBefore) / SUBSCRIBERS,
    rssMb: { before: Math.round(rssBefore / 1024), after: Math.round(rssAfter / 1024) },
    received: latencies.length,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
  };
}

/** Events per second from Outbox.append (100 per transaction) to a durable consumer, with the kit alone. */
async function relayThroughput(serverUrl, mode, total = 20_000) {
  const logger = kit.createLogger('bench');
  logger.level = 'warn';
  const test = await kit.createOutboxTestSchema(serverUrl);
  const { db, client, schema } = test;
  const outbox = new kit.Outbox(db, 'applications', new kit.SqlSchema(schema));
  const app = express();
  kit.mountEventFeed(app, { token: 't', readAfter: (after, limit) => outbox.readAfter(after, limit), readHead: () => outbox.head() });
  const server = await new Promise((resolve) => { const s = app.listen(0, () => resolve(s)); });
  const feedUrl = `http://localhost:${server.address().port}/graphql`;
  const config = { databaseUrl: serverUrl, natsUrl: mode === 'nats' ? NATS_URL : null, eventsPrefix: `bench${randomBytes(3).toString('hex')}`, subgraphUrls: { applications: feedUrl }, eventFeedToken: 't' };
  const delivery = await kit.openEventDelivery('bench', config, logger);
  const relay = delivery.relay(outbox, db);
  let handled = 0;
  const offsets = new Map();
  const offsetStore = { for: (name) => ({ load: async () => offsets.get(name) ?? 0n, save: async (seq) => void offsets.set(name, seq) }) };
  const consumer = await delivery.consume({ consumer: 'bench', producer: 'applications', offsets: offsetStore, handle: async () => void (handled += 1) });
  const payload = (n) => ({ applicationId: randomUUID(), number: `B-${n}`, serviceId: 's', departmentId: 'd', applicantId: 'u', from: null, to: 'SUBMITTED', at: new Date().toISOString(), comment: null, actorId: null, actorRole: null, requestId: null, sandbox: false });
  const started = performance.now();
  for (let n = 0; n < total; n += 100) {
    await client.query('BEGIN');
    for (let k = 0; k < 100; k++) await outbox.append(db, kit.applicationStatusChanged, { subject: { type: 'Application', id: `a${n + k}` }, audience: { userIds: ['u'] }, payload: payload(n + k) });
    await client.query('COMMIT');
  }
  const appendedAt = performance.now();
  while (handled < total) await new Promise((r) => setTimeout(r, 10));
  const seconds = (performance.now() - started) / 1000;
  await consumer.stop();
  await relay.stop();
  await delivery.close();
  server.close();
  await test.drop();
  return { total, eventsPerSecond: Math.round(total / seconds), appendPerSecond: Math.round(total / ((appendedAt - started) / 1000)) };
}

export async function benchEvents({ serverUrl, env }) {
  const results = {};
  for (const mode of ['postgres', 'nats']) {
    const databaseName = `eco_bench_events_${Date.now()}`;
    const databaseUrl = await ensureDatabase(serverUrl, databaseName);
    const stack = await startStack({
      databaseUrl,
      dataDir: mkdtempSync(path.join(tmpdir(), 'eco-bench-events-')),
      seedDemoData: true,
      ports: 'ephemeral',
      env: { ...env, NATS_URL: mode === 'nats' ? NATS_URL : '', EVENTS_PREFIX: `bench${randomBytes(3).toString('hex')}` },
      onLine: (service, line) => process.env.BENCH_LOGS && process.stderr.write(`[${service}] ${line}\n`),
    });
    try {
      const idle = await idleCpu(stack);
      console.log(`${mode}: idle CPU ${idle.perTenSeconds.toFixed(3)} s per 10 s over ${idle.processes} processes`);
      const live = await measureLiveLatency(stack.gatewayUrl, 100);
      console.log(`${mode}: live latency p50 ${live.p50} ms, p99 ${live.p99} ms (${live.delivered}/${live.rounds})`);
      const fan = await fanOut(stack);
      console.log(`${mode}: ${fan.subscribers} subscribers, ${fan.kbPerSubscriber.toFixed(1)} KB each; ${fan.received} receivers p50 ${fan.p50} ms p99 ${fan.p99} ms`);
      results[mode] = { idle, live, fan };
    } finally {
      await stack.stop();
      await dropDatabase(serverUrl, databaseName);
    }
    results[mode].throughput = await relayThroughput(await ensureDatabase(serverUrl, 'test'), mode);
    console.log(`${mode}: relay → consumer ${results[mode].throughput.eventsPerSecond} events/s`);
  }
  return results;
}
