// `npm test`: every unit and integration test against a real PostgreSQL, the portal's browser
// journeys in Chromium, then the portal's component tests (Vitest).
// DATABASE_URL (CI: PostgreSQL 15 on 127.0.0.1:5432) is used when it answers; a local service
// that is down is started; on a machine with only Node, the embedded PostgreSQL is used instead.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const { Client } = require('pg');
const { startEmbeddedDatabase, ensureDatabase } = require('../packages/stack/dist/index.js');

const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';
const EMBEDDED_TEST_PORT = 54330;

async function answers(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function tryStartLocalPostgres() {
  try {
    execSync('pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start', { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}

async function testDatabase() {
  const url = process.env.DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (await answers(url)) return { url, stop: async () => undefined };
  if (tryStartLocalPostgres()) {
    for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 200));
    if (await answers(url)) return { url, stop: async () => undefined };
  }
  console.log('No PostgreSQL at DATABASE_URL: using the embedded one (.data/test-postgres).');
  const embedded = await startEmbeddedDatabase(path.join(root, '.data/test'), EMBEDDED_TEST_PORT);
  return { url: await ensureDatabase(embedded.serverUrl, 'test'), stop: embedded.stop };
}

// NATS with JetStream for the event backbone's NATS mode (CI: 127.0.0.1:4222). Tests of that mode
// are the files named *.nats.test.ts; they need NATS at EVENTS_NATS_URL and, for the fault
// scenarios that restart it, the nats-server binary. Without either they cannot run: say so.
const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
const natsServerBin = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'].find((file) => existsSync(file));

function natsAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 4222) });
    socket.setTimeout(1000);
    socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('INFO'))));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function testNats() {
  const url = process.env.EVENTS_NATS_URL ?? DEFAULT_NATS_URL;
  if (await natsAnswers(url)) return url;
  if (natsServerBin && url === DEFAULT_NATS_URL) {
    spawnSync('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', natsServerBin, '--', '-a', '127.0.0.1', '-p', '4222', '-js', '-sd', '/var/lib/nats-server', '-l', '/var/log/nats-server.log']);
    for (let i = 0; i < 50 && !(await natsAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
    if (await natsAnswers(url)) return url;
  }
  return null;
}

const database = await testDatabase();
const natsUrl = await testNats();
const jestArgs = process.argv.slice(2);
if (!natsUrl || !natsServerBin) {
  console.log(`\n*** The NATS-mode event tests (*.nats.test.ts) do not run here: ${natsUrl ? 'no nats-server binary' : `no NATS at ${process.env.EVENTS_NATS_URL ?? DEFAULT_NATS_URL}`} (CI has both; see the README). ***\n`);
  jestArgs.push('--testPathIgnorePatterns', '\\.nats\\.test\\.ts$');
}
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...jestArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, ...(natsUrl ? { EVENTS_NATS_URL: natsUrl } : {}), ...(natsServerBin ? { NATS_SERVER_BIN: natsServerBin } : {}) },
});
await database.stop();
// The portal's component tests (Vitest, in a simulated DOM; its journeys run in Chromium under tests/browser).
const vitest = spawnSync(process.execPath, [require.resolve('vitest/vitest.mjs'), 'run', '--root', path.join(root, 'clients/web')], { cwd: root, stdio: 'inherit' });
process.exit(jest.status === 0 && vitest.status === 0 ? 0 : (jest.status ?? 1) || (vitest.status ?? 1));
