import type { Express } from 'express';
import { hasToken } from '../events/event-feed';
import type { Logger } from '../logging/logger';
import { RevocationSet, type LocalRevocations, type Revocation, type RevocationList } from './revocation-list';

/** identity's revocation list, for the other processes when there is no Redis (internal token). */
export const REVOCATION_FEED_PATH = '/internal/api-client-revocations';
/** How long a reader's request is held open when nothing changes. */
export const REVOCATION_FEED_WAIT_MS = 25_000;
const MAX_BACKOFF_MS = 5_000;

interface RevocationFeedAnswer {
  version: string;
  revoked: Revocation[];
}

/** Where identity serves the list: beside its JWKS, which every verifier already knows. */
export const revocationFeedUrlOf = (jwksUrl: string) => new URL(REVOCATION_FEED_PATH, jwksUrl).toString();

/**
 * GET /internal/api-client-revocations?version=<v>: the whole current list (small: only clients
 * revoked within one token lifetime). When `version` is the current one, the answer waits until
 * the list changes or REVOCATION_FEED_WAIT_MS pass (a long poll: pushed within milliseconds, no
 * steady polling).
 */
export function mountRevocationFeed(app: Express, options: { revocations: LocalRevocations; token: string; waitMs?: number }): void {
  app.get(REVOCATION_FEED_PATH, async (req, res) => {
    if (!hasToken(req, options.token)) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'The revocation feed needs the internal token' });
      return;
    }
    const seen = typeof req.query.version === 'string' ? req.query.version : '';
    await options.revocations.changedSince(seen, options.waitMs ?? REVOCATION_FEED_WAIT_MS);
    const answer: RevocationFeedAnswer = { version: options.revocations.version, revoked: options.revocations.set.entries() };
    res.set('Cache-Control', 'no-store').json(answer);
  });
}

/**
 * A verifier's copy of identity's list without Redis: one long poll at a time. While identity is
 * unreachable the last copy is kept (tokens of clients revoked meanwhile pass until it is back).
 */
export function followRevocationFeed(options: { url: string; token: string; logger: Logger }): RevocationList {
  const set = new RevocationSet();
  const logger = options.logger.child({ revocationFeed: options.url });
  let stopped = false;
  // What close() interrupts: the request in flight, or the wait before the next one.
  let interrupt: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      interrupt = () => (clearTimeout(timer), resolve());
    });

  async function poll(version: string): Promise<RevocationFeedAnswer> {
    const url = new URL(options.url);
    url.searchParams.set('version', version);
    const request = new AbortController();
    const timer = setTimeout(() => request.abort(), REVOCATION_FEED_WAIT_MS + 10_000);
    interrupt = () => request.abort();
    try {
      const response = await fetch(url, { headers: { authorization: `Bearer ${options.token}` }, signal: request.signal });
      if (!response.ok) throw new Error(`revocation feed answered ${response.status}`);
      return (await response.json()) as RevocationFeedAnswer;
    } finally {
      clearTimeout(timer);
    }
  }

  async function run(): Promise<void> {
    let version = '';
    let failures = 0;
    while (!stopped) {
      try {
        const answer = await poll(version);
        set.replaceWith(answer.revoked);
        version = answer.version;
        failures = 0;
      } catch (error) {
        if (stopped) return;
        failures += 1;
        if (failures === 1 || failures % 20 === 0) logger.warn({ err: error }, 'revocation feed unavailable; retrying');
        await sleep(Math.min(100 * 2 ** failures, MAX_BACKOFF_MS));
      }
    }
  }

  const running = run();
  return {
    isRevoked: (apiClientId) => set.has(apiClientId),
    async close() {
      stopped = true;
      interrupt?.();
      await running;
    },
  };
}
