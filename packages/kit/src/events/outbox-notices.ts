import { Client } from 'pg';
import type { Logger } from '../logging/logger';
import { OUTBOX_CHANNEL, type OutboxNotice } from './outbox-notice';

export type OutboxNoticeListener = (notice: OutboxNotice) => void;

export interface OutboxNotices {
  /** Calls `listener` for each append committed by `source` ('*': every producer). */
  on(source: string, listener: OutboxNoticeListener): () => void;
  /** Called after every (re)connection: notices may have been missed while disconnected. */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

const RECONNECT_MAX_MS = 5_000;

/**
 * LISTEN on the outbox channel with one connection per process: wakes relays, durable consumers and
 * the gateway's live fan-out the moment an append commits, so nobody polls. A lost connection is
 * re-opened with backoff, and `onReconnect` listeners catch up on what they may have missed.
 */
export function listenForOutboxNotices(databaseUrl: string, logger: Logger): OutboxNotices {
  const listeners = new Map<string, Set<OutboxNoticeListener>>();
  const reconnectListeners = new Set<() => void>();
  let client: Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;

  function dispatch(raw: string | undefined): void {
    let notice: OutboxNotice;
    try {
      notice = JSON.parse(raw ?? '') as OutboxNotice;
    } catch {
      return;
    }
    for (const key of [notice.source, '*']) for (const listener of listeners.get(key) ?? []) listener(notice);
  }

  async function connect(): Promise<void> {
    if (closed) return;
    const next = new Client({ connectionString: databaseUrl, application_name: 'eco-outbox-listener' });
    next.on('notification', (message) => dispatch(message.payload));
    next.on('error', (error) => {
      logger.warn({ err: error }, 'outbox LISTEN connection lost; reconnecting');
      void next.end().catch(() => undefined);
      if (client === next) client = null;
      schedule();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
      client = next;
      if (failures > 0) logger.info('outbox LISTEN connection back');
      failures = 0;
      for (const listener of reconnectListeners) listener();
    } catch (error) {
      void next.end().catch(() => undefined);
      if (failures === 0) logger.warn({ err: error }, 'cannot LISTEN for outbox appends; retrying');
      schedule();
    }
  }

  function schedule(): void {
    if (closed || retry) return;
    failures += 1;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, Math.min(100 * 2 ** failures, RECONNECT_MAX_MS));
  }

  void connect();
  return {
    on(source, listener) {
      const set = listeners.get(source) ?? new Set();
      set.add(listener);
      listeners.set(source, set);
      return () => set.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
