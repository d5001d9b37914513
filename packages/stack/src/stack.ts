import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { freePort } from './free-port';
import { GATEWAY_MAIN, REPO_ROOT, subgraphMain } from './repo-paths';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { listSubgraphs } from './subgraph-list';

export interface StackOptions {
  databaseUrl: string;
  /** Development keys and other local state of the services. */
  dataDir: string;
  seedDemoData: boolean;
  /** 'development': the ports of the composition config and 4000; 'ephemeral': free ports (tests). */
  ports: 'development' | 'ephemeral';
  /** Only these subgraphs (default: all in the composition config). */
  only?: string[];
  onLine?: (service: string, line: string) => void;
  /** Extra environment for every service (e.g. NODE_ENV, LOG_LEVEL). */
  env?: NodeJS.ProcessEnv;
}

export interface RunningSubgraphProcess {
  name: string;
  port: number;
  url: string;
  process: ServiceProcess | null;
}

export interface RunningStack {
  gatewayUrl: string;
  /** The gateway's process id (benchmarks sample its memory). */
  gatewayPid: number | undefined;
  /** The environment every service got (feed token, subgraph URLs…): to start more gateways alike. */
  env: NodeJS.ProcessEnv;
  subgraphs: Record<string, RunningSubgraphProcess>;
  /** Stops one subgraph (fault tests) and starts it again on the same port. */
  stopSubgraph(name: string): Promise<void>;
  /** Kills one subgraph without letting it shut down, as a crash. */
  killSubgraph(name: string): Promise<void>;
  startSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The whole graph as real processes: every subgraph, then the gateway routed to them. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const onLine = options.onLine ?? (() => undefined);
  const entries = listSubgraphs().filter((entry) => !options.only || options.only.includes(entry.name));
  const subgraphs: Record<string, RunningSubgraphProcess> = {};
  for (const entry of entries) {
    const port = options.ports === 'development' ? entry.defaultPort : await freePort();
    subgraphs[entry.name] = { name: entry.name, port, url: `http://localhost:${port}/graphql`, process: null };
  }
  const identity = subgraphs.identity;
  const jwksUrl = `http://localhost:${identity?.port ?? 4001}/.well-known/jwks.json`;
  // Every service learns every subgraph's URL: the gateway routes to them, subgraphs call each
  // other through the graph and follow each other's event feeds.
  const subgraphUrls = Object.fromEntries(
    Object.values(subgraphs).map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, s.url]),
  );
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    EVENT_FEED_TOKEN: randomBytes(24).toString('base64url'),
    ...options.env,
    ...subgraphUrls,
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: path.resolve(options.dataDir),
    IDENTITY_JWKS_URL: jwksUrl,
  };

  async function startSubgraph(name: string): Promise<void> {
    const subgraph = subgraphs[name];
    subgraph.process = await startServiceProcess({
      name,
      script: subgraphMain(name),
      env: { ...baseEnv, PORT: String(subgraph.port), SEED_DEMO_DATA: String(options.seedDemoData) },
      readyUrl: `http://localhost:${subgraph.port}/readyz`,
      onLine,
    });
  }

  const started: ServiceProcess[] = [];
  try {
    // Subgraphs start in parallel; each migrates its own schema under its own advisory lock.
    await Promise.all(Object.keys(subgraphs).map(startSubgraph));
    const gatewayPort = options.ports === 'development' ? Number(process.env.GATEWAY_PORT ?? 4000) : await freePort();
    const gateway = await startServiceProcess({
      name: 'gateway',
      script: GATEWAY_MAIN,
      env: { ...baseEnv, PORT: String(gatewayPort), SUPERGRAPH_PATH: path.join(REPO_ROOT, 'schema/supergraph.graphql') },
      readyUrl: `http://localhost:${gatewayPort}/healthz`,
      onLine,
    });
    started.push(gateway);
    return {
      gatewayUrl: `http://localhost:${gatewayPort}/graphql`,
      gatewayPid: gateway.pid,
      env: baseEnv,
      subgraphs,
      async stopSubgraph(name) {
        await subgraphs[name].process?.stop();
        subgraphs[name].process = null;
      },
      async killSubgraph(name) {
        await subgraphs[name].process?.kill();
        subgraphs[name].process = null;
      },
      startSubgraph,
      async stop() {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((s) => s.process?.stop()));
      },
    };
  } catch (error) {
    await Promise.all([...started, ...Object.values(subgraphs).map((s) => s.process)].map((p) => p?.stop()));
    throw error;
  }
}
