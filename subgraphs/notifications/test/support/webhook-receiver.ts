import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The status this receiver answered with. */
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Statuses to answer with, in turn; once used up, `then` (default 200). */
  respondWith(statuses: number[], then?: number): void;
  stop(): Promise<void>;
}

/** The two headers a receiver verifies: `x-eco-timestamp` and `x-eco-signature`. */
export function signedHeaders(headers: http.IncomingHttpHeaders): { timestamp: string; signature: string } {
  return { timestamp: headers['x-eco-timestamp'] as string, signature: headers['x-eco-signature'] as string };
}

/** A regional portal's endpoint: a plain node:http server that records every POST. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let queue: number[] = [];
  let fallback = 200;
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answered = queue.length > 0 ? (queue.shift() as number) : fallback;
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/eco`,
    requests,
    respondWith(statuses, then = 200) {
      queue = [...statuses];
      fallback = then;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
