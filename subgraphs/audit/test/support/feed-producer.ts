import { startInMemoryEventFeed, subgraphConfigFromEnv, type InMemoryEventFeed, type SubgraphConfig } from '@eco/kit';
import { DATABASE_URL } from './test-database';

export const FEED_TOKEN = 'audit-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/**
 * Another subgraph's feed as the journal's consumers see it: the kit's real feed route, each publish
 * announced on the test database as a producer's commit does, so the consumers are woken as in production.
 */
export const startTestProducer = (source: string): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN, databaseUrl: DATABASE_URL });

/**
 * The journal's configuration as production reads it from its environment, on `dbSchema`, with
 * the stand-in producers' feeds; no JWKS address (tests bring their keys), no seed, no Redis.
 */
export function auditConfigFor(dbSchema: string, producers: Record<string, Pick<TestProducer, 'graphqlUrl'>>): SubgraphConfig {
  const env = { DATABASE_URL, DB_SCHEMA: dbSchema, PORT: '0', EVENT_FEED_TOKEN: FEED_TOKEN, IDENTITY_JWKS_URL: '', DATA_DIR: '/tmp' };
  return { ...subgraphConfigFromEnv('audit', 0, env), subgraphUrls: Object.fromEntries(Object.entries(producers).map(([name, producer]) => [name, producer.graphqlUrl])) };
}
