import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Everything received so far. */
  received: T[];
  /** Resolves with the first `count` payloads, or rejects after `timeoutMs`. */
  next(count?: number, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

/** A graphql-ws client as a browser or mobile app would use it, token in connection_init. */
export function liveClient(gatewayHttpUrl: string, token: string | null, params: Record<string, string> = {}): Client {
  return createClient({
    url: gatewayHttpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { ...params, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    retryAttempts: 0,
    lazy: false,
    // Refused connections are asserted through connection(); graphql-ws would also print them.
    onNonLazyError: () => undefined,
  });
}

export function subscribe<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
  const received: T[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown = null;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.data) received.push(value.data as T);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        failure = error;
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    async next(count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
        if (Date.now() > deadline) throw new Error(`expected ${count} live events, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received.slice(0, count);
    },
    async close() {
      dispose();
    },
  };
}

/** Waits until the client is connected (or its connection is refused, with code and reason). */
export function connection(client: Client): Promise<{ connected: true } | { connected: false; code: number; reason: string }> {
  return new Promise((resolve) => {
    client.on('connected', () => resolve({ connected: true }));
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ connected: false, code, reason });
    });
  });
}
