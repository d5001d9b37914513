import type { Logger } from '../logging/logger';
import type { FeedEvent } from './domain-event';
import { EventPayloadError } from './event-contract';

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
  /**
   * Push instead of polling: `subscribe(wake)` calls wake when the producer appended (the outbox
   * notices); the feed is then read at once, and a quiet feed only every `sweepMs` as a safety net.
   */
  wakeOn?: (wake: () => void) => () => void;
  sweepMs?: number;
}

export interface FeedConsumer {
  stop(): Promise<void>;
}

export const DEFAULT_POLL_INTERVAL_MS = 250;
export const MAX_BACKOFF_MS = 10_000;
/** A quiet feed is asked ever less often, up to this many poll intervals apart (250 ms → 2 s). */
export const IDLE_BACKOFF_FACTOR = 8;
/** With push wake-ups, a quiet feed is still read this often, in case a notice was lost. */
export const DEFAULT_SWEEP_MS = 30_000;
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
  const pushed = Boolean(options.wakeOn);
  const idlePollMax = pushed ? (options.sweepMs ?? DEFAULT_SWEEP_MS) : (options.idlePollMaxMs ?? pollInterval * IDLE_BACKOFF_FACTOR);
  const logger = options.logger.child({ consumer: options.name });
  let stopped = false;
  let wake: (() => void) | null = null;
  let appended = false;
  const sleep = (ms: number, byAppend = false) =>
    new Promise<void>((resolve) => {
      if (stopped || (byAppend && appended)) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        if (!stopped && !(byAppend && appended)) return;
        clearTimeout(timer);
        resolve();
      };
    });
  const unsubscribe = options.wakeOn?.(() => {
    appended = true;
    wake?.();
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

  // A payload that does not fit its contract is a producer's bug: retrying cannot fix it, and
  // it must not hold up every later event. It is logged (as NATS mode dead-letters it) and passed.
  async function handleOrSkipMisfit(event: FeedEvent): Promise<void> {
    try {
      await options.handle(event);
    } catch (error) {
      if (!(error instanceof EventPayloadError)) throw error;
      logger.error({ err: error, eventId: event.id, type: event.type, seq: event.seq }, 'event skipped: its payload does not fit its contract');
    }
  }

  async function run(): Promise<void> {
    let offset: bigint | null = null;
    let failures = 0;
    let idleWait = pollInterval;
    while (!stopped) {
      try {
        // Loaded inside the loop: the consumer's own database may not be ready yet either.
        offset ??= await options.offsets.load();
        appended = false;
        const events = await fetchPage(offset);
        for (const event of events) {
          if (stopped) return;
          await handleOrSkipMisfit(event);
          offset = BigInt(event.seq);
          await options.offsets.save(offset);
        }
        failures = 0;
        if (pushed) {
          if (events.length < PAGE) await sleep(idlePollMax, true);
        } else if (events.length === 0) {
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
      unsubscribe?.();
      wake?.();
      await running;
    },
  };
}
