import { feedUrlOf, type FeedEvent } from '@eco/kit';
import type { LiveSubgraph } from './live-subgraphs';

const PAGE = 500;

/**
 * Reads a live subgraph's /events feed: where it stands now (`head`), and what came after a
 * position (`after`), to catch up when a notice came without its event or notices were missed.
 */
export function feedReader(subgraph: LiveSubgraph, token: string) {
  async function get(after: string): Promise<{ events: FeedEvent[]; head?: string; outbox?: string }> {
    const url = new URL(feedUrlOf(subgraph.url));
    url.searchParams.set('after', after);
    url.searchParams.set('limit', String(PAGE));
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`${subgraph.name} feed answered ${response.status}`);
    return (await response.json()) as { events: FeedEvent[]; head?: string; outbox?: string };
  }
  return {
    /** Where the feed stands, and which outbox it serves (notices of other outboxes are not its). */
    head: async () => {
      const answer = await get('latest');
      return { seq: BigInt(answer.head ?? '0'), outbox: answer.outbox ?? null };
    },
    after: async (seq: bigint) => (await get(seq.toString())).events,
  };
}
