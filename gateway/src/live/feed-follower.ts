import { feedUrlOf, type FeedEvent, type Logger } from '@eco/kit';
import type { LiveSubgraph } from './live-subgraphs';

export interface FeedPosition {
  load(subgraph: string): Promise<bigint | null>;
  save(subgraph: string, seq: bigint): Promise<void>;
}

export interface FeedFollowerOptions {
  subgraphs: LiveSubgraph[];
  token: string;
  onEvent: (event: FeedEvent) => void;
  logger: Logger;
  /** Where each feed was left; null means start at the feed's head ("now"). */
  positions?: FeedPosition;
  intervalMs?: number;
}

export const LIVE_POLL_INTERVAL_MS = 200;

/**
 * Follows the event feeds of the subgraphs with subscriptions, from "now" on, for live delivery.
 * Durability is not its job (durable consumers keep their own offsets); a feed that is down is
 * retried until it answers.
 */
export function followFeeds(options: FeedFollowerOptions): { stop(): Promise<void> } {
  let stopped = false;
  const interval = options.intervalMs ?? LIVE_POLL_INTERVAL_MS;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function get(url: URL): Promise<{ events: FeedEvent[]; head?: string }> {
    const response = await fetch(url, { headers: { authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`${url.origin} feed answered ${response.status}`);
    return (await response.json()) as { events: FeedEvent[]; head?: string };
  }

  async function follow(subgraph: LiveSubgraph): Promise<void> {
    const feed = new URL(feedUrlOf(subgraph.url));
    let position: bigint | null = (await options.positions?.load(subgraph.name)) ?? null;
    let failing = false;
    while (!stopped) {
      try {
        if (position === null) {
          feed.searchParams.set('after', 'latest');
          position = BigInt((await get(feed)).head ?? '0');
        }
        feed.searchParams.set('after', position.toString());
        const { events } = await get(feed);
        for (const event of events) {
          options.onEvent(event);
          position = BigInt(event.seq);
        }
        if (events.length) await options.positions?.save(subgraph.name, position);
        if (failing) options.logger.info({ subgraph: subgraph.name }, 'event feed reachable again');
        failing = false;
        if (!events.length) await pause(interval);
      } catch (error) {
        if (!failing) options.logger.warn({ subgraph: subgraph.name, err: error }, 'event feed unavailable; retrying');
        failing = true;
        await pause(interval * 5);
      }
    }
  }

  const running = Promise.all(options.subgraphs.map(follow));
  return {
    async stop() {
      stopped = true;
      await running;
    },
  };
}
