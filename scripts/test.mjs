// `npm test`: every unit and integration test against a real PostgreSQL, the portal's browser
// journeys in Chromium, then the portal's component tests (Vitest).
// DATABASE_URL (CI: PostgreSQL 15 on 127.0.0.1:5432) is used when it answers; a local service
// that is down is started; on a machine with only Node, the embedded PostgreSQL is used instead.
import { execSync, spawnSync } from 'node:child_process';
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

const database = await testDatabase();
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url },
});
await database.stop();
// The portal's component tests (Vitest, in a simulated DOM; its journeys run in Chromium under tests/browser).
const vitest = spawnSync(process.execPath, [require.resolve('vitest/vitest.mjs'), 'run', '--root', path.join(root, 'clients/web')], { cwd: root, stdio: 'inherit' });
process.exit(jest.status === 0 && vitest.status === 0 ? 0 : (jest.status ?? 1) || (vitest.status ?? 1));
