import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';
import { DATABASE_URL } from './test-database';

export const FEED_TOKEN = 'notifications-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/**
 * Another subgraph's feed (default: applications) as this subgraph's consumers see it: the kit's
 * real feed route, and each publish announced on the test database as a producer's commit does,
 * so the consumers are woken as in production (no polling).
 */
export const startTestProducer = (source = 'applications'): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN, databaseUrl: DATABASE_URL });
