import { dropSchema, type SubgraphConfig, DEFAULT_SUBGRAPH_URLS, TestTokens } from '@eco/kit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNotificationsSubgraph, type RunningNotifications } from '../../src/main';
import { FEED_TOKEN } from './feed-producer';
import { DATABASE_URL, TEST_SETTINGS, uniqueSchemaName } from './test-database';

export interface GraphQLResponse {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes vary per query
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestServer {
  readonly running: RunningNotifications;
  gql(query: string, variables?: object, token?: string, locale?: string): Promise<GraphQLResponse>;
  /** Stops the subgraph (consumer, workers, server); its schema stays for a restart. */
  stop(): Promise<void>;
  /** Starts it again on the same schema, as after a redeploy. */
  restart(): Promise<void>;
  /** Stops it and drops its schema and data folder. */
  destroy(): Promise<void>;
}

/** notifications served exactly as in production (main.ts), consuming `applicationsUrl`'s feed. */
export async function startTestServer(options: { applicationsUrl: string; tokens: TestTokens }): Promise<TestServer> {
  process.env.LOG_LEVEL = 'silent';
  const dbSchema = uniqueSchemaName('notifications_http');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'notifications-test-'));
  const config: SubgraphConfig = {
    port: 0,
    databaseUrl: DATABASE_URL,
    dbSchema,
    jwksUrl: '',
    seedDemoData: true,
    production: false,
    dataDir,
    eventFeedToken: FEED_TOKEN,
    redisUrl: null,
    // The other producers' feeds are not served in these tests; their consumers just retry.
    subgraphUrls: { ...DEFAULT_SUBGRAPH_URLS, applications: options.applicationsUrl },
  };
  const start = () => startNotificationsSubgraph(config, { env: {}, settings: TEST_SETTINGS, keySource: options.tokens.keySource });
  let running = await start();
  let stopped = false;

  return {
    get running() {
      return running;
    },
    async gql(query, variables = {}, token, locale = 'ru') {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async stop() {
      if (!stopped) await running.stop();
      stopped = true;
    },
    async restart() {
      running = await start();
      stopped = false;
    },
    async destroy() {
      if (!stopped) await running.stop();
      stopped = true;
      await dropSchema(DATABASE_URL, dbSchema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
