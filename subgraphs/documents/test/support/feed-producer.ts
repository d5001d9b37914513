import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';
import { DATABASE_URL } from './test-database';

export const FEED_TOKEN = 'documents-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/**
 * Another subgraph's feed as documents' consumers see it (the kit's real feed route); each publish
 * is announced on the test database's outbox channel, as a producer's commit is.
 */
export const startTestProducer = (source: string): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN, databaseUrl: DATABASE_URL });
