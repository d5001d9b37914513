import { EVENT_FEED_PATH } from './event-feed';

/** A subgraph's event feed lives beside its GraphQL endpoint: http://host:port/events. */
export function feedUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = EVENT_FEED_PATH;
  url.search = '';
  return url.toString();
}
