import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';

export const FEED_TOKEN = 'taxes-fines-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/** The payments subgraph's feed as this subgraph's consumers see it (the kit's real feed route). */
export const startTestProducer = (source = 'payments'): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN });
