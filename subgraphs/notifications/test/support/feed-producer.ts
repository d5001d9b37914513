import { startInMemoryEventFeed, type InMemoryEventFeed } from '@eco/kit';

export const FEED_TOKEN = 'notifications-test-feed-token';

export type TestProducer = InMemoryEventFeed;

/** The applications subgraph's feed as this subgraph's consumers see it (the kit's real feed route). */
export const startTestProducer = (source = 'applications'): Promise<TestProducer> => startInMemoryEventFeed({ source, token: FEED_TOKEN });
