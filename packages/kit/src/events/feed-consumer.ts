import type { Logger } from '../logging/logger';
import type { FeedEvent } from './domain-event';

export interface FeedOffsets {
  load(): Promise<bigint>;
  save(seq: bigint): Promise<void>;
}

export interface FeedConsumerOptions {
  /** For logs: which consumer this is (e.g. 'notifications<-applications'). */
  name: string;
  feedUrl: string;
  token: string;
  /** Kept in the consumer's own schema, so it resumes where it stopped after a restart. */
  offsets: FeedOffsets;
  /** Must be idempotent by event.id: after a crash an event may come again. */
  handle: (event: FeedEvent) => Promise<void>;
  logger: Logger;
  pollIntervalMs?: number;
  /** The longest wait between polls of a quiet feed (default: IDLE_BACKOFF_FACTOR × the interval). */
  idlePollMaxMs?: number;
}

export interface FeedConsumer {
  stop(): Promise<void>;
}

export const DEFAULT_POLL_INTERVAL_MS = 250;
export const MAX_BACKOFF_MS = 10_000;
/** A quiet feed is asked ever less often, up to this many poll intervals apart (250 ms → 2 s). */
export const IDLE_BACKOFF_FACTOR = 8;
const PAGE = 100;

/**
 * Pulls a producer's feed from the stored offset and hands each event over in order. The offset
 * moves only after an event was handled, so a failure retries that event (at least once), and
 * nothing is skipped while the producer or the consumer is down.
 */
export function startFeedConsumer(options: FeedConsumerOptions): FeedConsumer {
  const pollInterval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  // Every consumer of every feed polling four times a second costs an idle graph a good part of
  // a core; a quiet feed is asked less and less often, and at the base rate again once it speaks.
  const idlePollMax = options.idlePollMaxMs ?? pollInterval * IDLE_BACKOFF_FACTOR;
  const logger = options.logger.child({ consumer: options.name });
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function fetchPage(after: bigint): Promise<FeedEvent[]> {
    const url = new URL(options.feedUrl);
    url.searchParams.set('after', after.toString());
    url.searchParams.set('limit', String(PAGE));
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${options.token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`feed answered ${response.status}`);
    return ((await response.json()) as { events: FeedEvent[] }).events;
  }

  async function run(): Promise<void> {
    let offset: bigint | null = null;
    let failures = 0;
    let idleWait = pollInterval;
    while (!stopped) {
      try {
        // Loaded inside the loop: the consumer's own database may not be ready yet either.
        offset ??= await options.offsets.load();
        const events = await fetchPage(offset);
        for (const event of events) {
          if (stopped) return;
          await options.handle(event);
          offset = BigInt(event.seq);
          await options.offsets.save(offset);
        }
        failures = 0;
        if (events.length === 0) {
          await sleep(idleWait);
          idleWait = Math.min(idleWait * 2, idlePollMax);
        } else {
          idleWait = pollInterval;
          if (events.length < PAGE) await sleep(pollInterval);
        }
      } catch (error) {
        failures += 1;
        const delay = Math.min(pollInterval * 2 ** failures, MAX_BACKOFF_MS);
        if (failures === 1 || failures % 10 === 0) logger.warn({ err: error, offset: offset?.toString(), delay }, 'event feed unavailable or handler failed; retrying');
        await sleep(delay);
      }
    }
  }

  const running = run().catch((error: unknown) => logger.error({ err: error }, 'feed consumer stopped on an error'));
  return {
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
