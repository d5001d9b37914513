import { randomUUID } from 'node:crypto';

/** The gateway creates it, forwards it to every subgraph, and every log line carries it. */
export const REQUEST_ID_HEADER = 'x-request-id';

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps an incoming id only if it looks like one, so a caller cannot inject into logs. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && VALID_REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * When the caller's operation must be answered by, in ms since the epoch: the gateway sets it for
 * every subgraph call, and a subgraph calling another passes it on (the kit's SubgraphClient).
 */
export const DEADLINE_HEADER = 'x-request-deadline';

/** The deadline a request carries, or undefined when it has none (or not a number of ms). */
export function deadlineFrom(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}
