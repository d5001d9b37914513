import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';

export const FEED_TOKEN = 'documents-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/** Another subgraph's feed as documents' consumers see it (the kit's real feed route). */
export const startTestProducer = (source: string): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN });
