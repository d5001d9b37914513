import type { Express, Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { FeedEvent } from './domain-event';

export const EVENT_FEED_PATH = '/events';
export const MAX_FEED_PAGE = 500;
export const DEFAULT_FEED_PAGE = 100;

export interface EventFeedOptions {
  /** The internal token consumers present; the feed carries ids of people, so it is never public. */
  token: string;
  readAfter: (afterSeq: bigint, limit: number) => Promise<FeedEvent[]>;
  /** The newest seq (0 when empty): lets a live reader such as the gateway start at "now". */
  readHead?: () => Promise<bigint>;
  /** The outbox's name, as its NOTIFY notices carry it (a live reader keeps to its producer's). */
  outbox?: string;
}

/**
 * GET /events?after=<seq>&limit=<n>: the producer's outbox, in order, from after a position;
 * GET /events?after=latest: no events, only `head`, where a live reader starts.
 */
export function mountEventFeed(app: Express, options: EventFeedOptions): void {
  app.get(EVENT_FEED_PATH, async (req, res) => {
    if (!hasToken(req, options.token)) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'The event feed needs the internal token' });
      return;
    }
    if (req.query.after === 'latest') {
      if (!options.readHead) {
        res.status(400).json({ error: 'BAD_USER_INPUT', message: 'This feed does not report its head' });
        return;
      }
      res.json({ events: [], head: (await options.readHead()).toString(), ...(options.outbox ? { outbox: options.outbox } : {}) });
      return;
    }
    const after = parseSeq(req.query.after);
    const limit = Math.min(Number(req.query.limit ?? DEFAULT_FEED_PAGE) || DEFAULT_FEED_PAGE, MAX_FEED_PAGE);
    if (after === null || limit < 1) {
      res.status(400).json({ error: 'BAD_USER_INPUT', message: 'after must be a non-negative integer, limit positive' });
      return;
    }
    res.json({ events: await options.readAfter(after, limit) });
  });
}

/** Whether the request presents the internal token (constant-time). */
export function hasToken(req: Request, token: string): boolean {
  const presented = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function parseSeq(value: unknown): bigint | null {
  if (value === undefined) return 0n;
  return typeof value === 'string' && /^\d{1,19}$/.test(value) ? BigInt(value) : null;
}
