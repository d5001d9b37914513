// `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), every subgraph migrated
// and seeded with demo data, then the gateway. Ctrl-C stops everything; the data stays in .data/.
import { createRequire } from 'node:module';
import path from 'node:path';
import { printServiceLine } from './log-lines.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const { startStack, startEmbeddedDatabase, ensureDatabase } = require('../packages/stack/dist/index.js');

const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
let embedded = null;
let stack = null;

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('Starting the embedded PostgreSQL (data in .data/postgres)…');
    embedded = await startEmbeddedDatabase(dataDir);
    databaseUrl = await ensureDatabase(embedded.serverUrl, 'eco');
  }
  stack = await startStack({ databaseUrl, dataDir, seedDemoData: true, ports: 'development', onLine: printServiceLine });
  printBanner(stack);
}

function printBanner(running) {
  const { DEMO_ACCOUNTS } = require('../subgraphs/identity/dist/seed.js');
  const lines = [
    '',
    `  Portal:         ${new URL('/', running.gatewayUrl)}   (citizens, employees and administrators: sign in with a demo account)`,
    `  GraphQL API:    ${running.gatewayUrl}`,
    ...Object.values(running.subgraphs).map((s) => `  ${s.name.padEnd(14)}  ${s.url}`),
    '',
    '  Demo accounts (login by email, phone, SNILS or INN):',
    ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(40)} ${a.password}   ${a.description}`),
    '',
    `  Public API (docs/api-clients.md, examples/api-client): ${new URL(running.gatewayUrl).origin}/.well-known/oauth-authorization-server, /schema/public.graphql`,
    '',
    '  Ctrl-C stops everything. Data is kept in .data/ between runs.',
    '',
  ];
  console.log(lines.join('\n'));
}

let stopping = false;
async function shutdown(code) {
  if (stopping) process.exit(1);
  stopping = true;
  console.log('\nStopping…');
  await stack?.stop().catch((error) => console.error(error));
  await embedded?.stop().catch((error) => console.error(error));
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

main().catch(async (error) => {
  console.error(`\nStart failed: ${error.message}`);
  await shutdown(1);
});
