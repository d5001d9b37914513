import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';
import { DATABASE_URL } from './test-database';

export const FEED_TOKEN = 'taxes-fines-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/**
 * The payments subgraph's feed as this subgraph's consumers see it (the kit's real feed route);
 * each publish is announced on the test database's outbox channel, as a producer's commit is.
 */
export const startTestProducer = (source = 'payments'): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN, databaseUrl: DATABASE_URL });
