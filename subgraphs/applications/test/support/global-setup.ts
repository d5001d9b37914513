import { freePort, startServiceProcess, subgraphMain, type ServiceProcess } from '@eco/stack';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATABASE_URL, GRAPH_ENV, uniqueSchemaName } from './env';

/**
 * The REAL catalog and identity subgraphs, as processes from their builds, started once for
 * this package's test run: the CatalogClient and IdentityClient are tested against them.
 * Their URLs reach the test files through the environment (workers start after this).
 */
export interface GraphProcesses {
  processes: ServiceProcess[];
  schemas: string[];
  dataDir: string;
}

declare global {
  // eslint-disable-next-line no-var
  var applicationsTestGraph: GraphProcesses | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'applications-test-'));
  const recent: string[] = [];
  const onLine = (service: string, line: string) => {
    recent.push(`${service}: ${line}`);
    if (recent.length > 40) recent.shift();
  };
  const start = async (name: 'catalog' | 'identity') => {
    const port = await freePort();
    const schema = uniqueSchemaName(`applications_test_${name}`);
    const process_ = await startServiceProcess({
      name,
      script: subgraphMain(name),
      env: { ...process.env, DATABASE_URL, DB_SCHEMA: schema, SEED_DEMO_DATA: 'true', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      readyUrl: `http://127.0.0.1:${port}/readyz`,
      onLine,
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${recent.join('\n')}`);
    });
    return { process: process_, schema, port };
  };
  const [catalog, identity] = await Promise.all([start('catalog'), start('identity')]);
  process.env[GRAPH_ENV.catalog] = `http://127.0.0.1:${catalog.port}/graphql`;
  process.env[GRAPH_ENV.identity] = `http://127.0.0.1:${identity.port}/graphql`;
  process.env[GRAPH_ENV.jwks] = `http://127.0.0.1:${identity.port}/.well-known/jwks.json`;
  globalThis.applicationsTestGraph = { processes: [catalog.process, identity.process], schemas: [catalog.schema, identity.schema], dataDir };
}
