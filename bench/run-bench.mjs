// Load benchmark of the composed graph: starts the real stack (processes, PostgreSQL), then
// drives it with autocannon over loopback and appends the figures to results.md.
// Usage: npm run bench   (DATABASE_URL to use a given PostgreSQL; default: the local test server;
//        BENCH_ONLY=reads|live|payments|documents|portal|events to run one section)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { measureLiveLatency } from './live-latency.mjs';
import { benchDocuments } from './documents-bench.mjs';
import { benchPayments } from './payments-bench.mjs';
import { benchPortal, initialBundle } from './portal-bench.mjs';
import { benchEvents } from './events-bench.mjs';

const require = createRequire(import.meta.url);
const { startStack, ensureDatabase, dropDatabase } = require('@eco/stack');

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ONLY = process.env.BENCH_ONLY ?? null;
const section = (name) => ONLY === null || ONLY === name;
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const SEARCH = 'query Search { services(search: "паспорт", first: 10) { totalCount edges { node { id titleRu department { id } } } } }';
const DEPARTMENTS = '{ departments { id code shortName } }';
const ME = '{ me { lastName firstName department { id name } } }';

/** A stock Apollo Gateway process routed to the stack's subgraphs (see stock-gateway.mjs). */
async function startStockGateway(stack) {
  const port = 4400 + Math.floor(Math.random() * 500);
  const routes = Object.values(stack.subgraphs).map((s) => `${s.name}=${s.url}`);
  const supergraph = new URL('../schema/supergraph.graphql', import.meta.url).pathname;
  const child = spawn(process.execPath, [new URL('./stock-gateway.mjs', import.meta.url).pathname, supergraph, String(port), ...routes], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('stock gateway ready') && resolve());
    child.on('exit', (code) => reject(new Error(`stock gateway exited with ${code}`)));
  });
  return { url: `http://localhost:${port}/`, stop: () => child.kill('SIGTERM') };
}

async function login(gatewayUrl) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(input: { login: "employee.mvd@demo.gosuslugi.local", password: "Demo-Password1!" }) { accessToken } }',
    }),
  });
  return (await response.json()).data.login.accessToken;
}

function run(title, url, query, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        duration: DURATION_SECONDS,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors;
        resolve({ title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed, total: result.requests.total });
      },
    );
  });
}

/** The event backbone in both modes, each on a stack of its own (see events-bench.mjs). */
async function eventsSection() {
  const env = { LOG_LEVEL: 'warn', COST_BUDGET_POINTS: '100000000' };
  const results = await benchEvents({ serverUrl, env });
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const row = (mode, r) =>
    `| ${mode} | ${r.idle.perTenSeconds.toFixed(3)} s | ${r.live.p50} / ${r.live.p99} ms | ${r.fan.kbPerSubscriber.toFixed(1)} KB (RSS ${r.fan.rssMb.before} → ${r.fan.rssMb.after} MB) | ${r.fan.p50} / ${r.fan.p99} ms (${r.fan.received}/1000) | ${r.throughput.eventsPerSecond} |`;
  appendFileSync(
    new URL('./results.md', import.meta.url),
    [
      '',
      `## ${date} UTC — ${cpus().length} cores (${cpus()[0].model}), Node ${process.version} — event backbone`,
      '',
      'Each mode on its own stack (all subgraphs + gateway, demo data). Idle CPU: the whole graph\'s processes over 60 s, per 10 s (target ≤ 0.2 s). ' +
        'Live: status change answered → the applicant\'s subscription delivers it with the application number and service title joined, 100 sequential rounds (target p99 ≤ 50 ms). ' +
        `Fan-out: ${results.postgres.fan.subscribers} graphql-ws connections of one signed-in citizen on one gateway process, one subscription each (target ≤ 20 KB each); ` +
        '1,000 of them watch one application whose status then changes (target p99 ≤ 200 ms). Throughput: Outbox.append (100 per transaction) → durable consumer, kit only, 20,000 events.',
      '',
      '| mode | idle CPU per 10 s | live p50 / p99 | RSS per subscriber | 1,000 receivers p50 / p99 | relay → consumer events/s |',
      '|---|---|---|---|---|---|',
      row('PostgreSQL LISTEN/NOTIFY', results.postgres),
      row('NATS JetStream', results.nats),
      '',
    ].join('\n'),
  );
}

if (ONLY === 'events') {
  await eventsSection();
  process.exit(0);
}

const databaseName = `eco_bench_${Date.now()}`;
const databaseUrl = await ensureDatabase(serverUrl, databaseName);
const stack = await startStack({
  databaseUrl,
  dataDir: mkdtempSync(path.join(tmpdir(), 'eco-bench-')),
  seedDemoData: true,
  ports: 'ephemeral',
  // Production mode, as a deployment runs it: keys come from the environment.
  env: {
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    DOCUMENTS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    // identity's email/SMS codes: the sandbox operator (production asks for an explicit choice).
    MESSAGE_SENDER: 'sandbox',
    // documents: result signing and download-link keys; uploads up to 64 MB for the 50 MB run.
    DOCUMENT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    DOCUMENTS_LINK_KEY: randomBytes(32).toString('base64'),
    DOCUMENTS_MAX_UPLOAD_BYTES: String(64 * 1024 * 1024),
    // Every load generator here calls from 127.0.0.1: the per-caller cost budget is set out of the
    // way, so the figures are the graph's throughput, not the limiter's refusals.
    COST_BUDGET_POINTS: '100000000',
  },
  onLine: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
});
try {
  const token = await login(stack.gatewayUrl);
  const auth = { authorization: `Bearer ${token}` };
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const table = (results) => [
    '| scenario | req/s | p50 ms | p99 ms | failed/total |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.failed}/${r.total} |`),
  ];
  const print = (r) => console.log(`${r.title}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, failed ${r.failed}/${r.total}`);
  const lines = ['', `## ${date} UTC — ${cpus().length} cores (${cpus()[0].model}), Node ${process.version}${ONLY ? ` — ${ONLY} only` : ''}`, ''];

  if (section('reads')) {
    const results = [];
    for (const scenario of [
      ['catalog search «паспорт» via gateway (catalog only)', stack.gatewayUrl, SEARCH, {}],
      ['same search straight to the catalog subgraph', stack.subgraphs.catalog.url, SEARCH.replace(' department { id }', ''), {}],
      ['departments list via gateway', stack.gatewayUrl, DEPARTMENTS, {}],
      ['me + department (identity → catalog) via gateway, authenticated', stack.gatewayUrl, ME, auth],
    ]) {
      const result = await run(...scenario);
      results.push(result);
      print(result);
    }
    lines.push(`Reads, ${CONNECTIONS} connections × ${DURATION_SECONDS} s:`, '', ...table(results), '');

    // The same reads through a stock Apollo Gateway on the same subgraphs, in the same run.
    const stock = await startStockGateway(stack);
    try {
      const versus = [];
      for (const [title, query, headers, ours] of [
        ['catalog search «паспорт»', SEARCH, {}, results[0]],
        ['departments list', DEPARTMENTS, {}, results[2]],
        ['me + department, authenticated', ME, auth, results[3]],
      ]) {
        const theirs = await run(`${title} via stock Apollo Gateway`, stock.url, query, headers);
        print(theirs);
        versus.push(`| ${title} | ${ours.rps.toFixed(0)} | ${theirs.rps.toFixed(0)} | ${(ours.rps / theirs.rps).toFixed(2)}× | ${ours.p99} / ${theirs.p99} |`);
      }
      lines.push('Ours against a stock Apollo Gateway (bench/stock-gateway.mjs: Apollo Server + @apollo/gateway, token forwarded, no plugins), same subgraphs, same run:', '', '| scenario | ours req/s | stock req/s | ratio | p99 ms ours / stock |', '|---|---|---|---|---|', ...versus, '');
    } finally {
      stock.stop();
    }
  }
  if (section('live')) {
    const live = await measureLiveLatency(stack.gatewayUrl);
    console.log(`live status latency: p50 ${live.p50} ms, p99 ${live.p99} ms, max ${live.max} ms, ${live.delivered}/${live.rounds} delivered`);
    lines.push(
      `Live status latency (status change answered → applicant's subscription delivers it, with service title and applicant name joined from catalog and identity; no Redis; sequential): p50 ${live.p50} ms, p99 ${live.p99} ms, max ${live.max} ms (${live.delivered}/${live.rounds} delivered).`,
      '',
    );
  }
  if (section('payments')) {
    const payments = await benchPayments(stack.gatewayUrl);
    payments.results.forEach(print);
    console.log(`state-fee invoices billed: ${payments.billed}, last one ${payments.billingLagMs} ms after the last submission was answered`);
    lines.push(
      'Payments, 10 connections, a fixed number of requests, each with its own body (sandbox acquirer):',
      '',
      ...table(payments.results),
      '',
      `State-fee billing through the applications → payments feed: ${payments.billed} invoices; the last one existed ${payments.billingLagMs} ms after the last submission was answered.`,
      '',
    );
  }
  if (section('documents')) {
    const documents = await benchDocuments(stack);
    const rows = documents.results.map((r) => `| ${r.title} | ${r.mbPerSecond.toFixed(0)} | ${r.perFileMs.toFixed(0)} |`);
    const { before, peaks } = documents.memory;
    const { concurrent } = documents;
    for (const row of rows) console.log(row);
    console.log(`RSS during ${concurrent.clients} × ${concurrent.megabytesEach} MB: gateway ${before.gateway} → ${peaks.gateway} MB, documents ${before.documents} → ${peaks.documents} MB`);
    lines.push(
      'Documents, one file at a time (10 rounds; a PDF of 10 MB, scanned and hashed while it streams; stored in PostgreSQL):',
      '',
      '| scenario | MB/s | ms per file |',
      '|---|---|---|',
      ...rows,
      '',
      `${concurrent.clients} clients each uploading ${concurrent.megabytesEach} MB at once through the gateway (${(concurrent.clients * concurrent.megabytesEach).toFixed(0)} MB in ${concurrent.seconds.toFixed(1)} s, ${concurrent.mbPerSecond.toFixed(0)} MB/s): RSS gateway ${before.gateway} → peak ${peaks.gateway} MB, documents ${before.documents} → peak ${peaks.documents} MB.`,
      '',
    );
  }
  if (section('portal')) {
    const bundle = initialBundle();
    const portal = await benchPortal(stack.gatewayUrl);
    const kb = (bytes) => (bytes / 1024).toFixed(1);
    console.log(`portal: initial JS ${kb(bundle.jsGzip)} KB gzip (${kb(bundle.jsRaw)} KB raw), CSS ${kb(bundle.cssGzip)} KB gzip; home interactive p50 ${portal.homeInteractiveMs} ms`);
    lines.push(
      `Portal (clients/web production build): initial JS ${kb(bundle.jsGzip)} KB gzip (${kb(bundle.jsRaw)} KB raw; target ≤ 200 KB gzip), CSS ${kb(bundle.cssGzip)} KB gzip. ` +
        `The citizen's home, signed in, loaded ${portal.rounds} times in headless Chromium over loopback: interactive (heading with the data shown) after ${portal.homeInteractiveMs} ms median (max ${portal.homeInteractiveMaxMs}), DOM interactive ${portal.domInteractiveMs} ms.`,
      '',
    );
  }
  appendFileSync(new URL('./results.md', import.meta.url), lines.join('\n'));
} finally {
  await stack.stop();
  await dropDatabase(serverUrl, databaseName);
  if (ONLY === null) await eventsSection();
}
