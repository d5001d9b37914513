import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Static, TSchema } from '@sinclair/typebox';
import type { FeedEvent } from './domain-event';
import type { EventContract } from './event-contract';

/**
 * An event as the gateway hands it to a subgraph for live delivery: the event itself, signed with
 * the internal event token, so the subgraph starts from the event the gateway already holds
 * instead of reading it back from its outbox, and nobody else can make one up.
 */
export function sealEvent(event: FeedEvent, key: string): string {
  const body = Buffer.from(JSON.stringify(event)).toString('base64url');
  return `${body}.${signature(body, key)}`;
}

/** The event inside a seal made with `key`, or null when it is not one (forged, altered, garbage). */
export function openSealedEvent(sealed: string, key: string): FeedEvent | null {
  const dot = sealed.indexOf('.');
  if (dot <= 0) return null;
  const body = sealed.slice(0, dot);
  const presented = Buffer.from(sealed.slice(dot + 1));
  const expected = Buffer.from(signature(body, key));
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as FeedEvent;
  } catch {
    return null;
  }
}

function signature(body: string, key: string): string {
  return createHmac('sha256', key).update(`eco-live-event:${body}`).digest('base64url');
}

/** What a subgraph's request context offers to open the events the gateway hands over (see startSubgraph). */
export interface LiveEventOpener {
  /** The event inside a seal of this deployment's gateway, or null (absent: nothing opens). */
  openLiveEvent?: (sealed: string) => FeedEvent | null;
}

/**
 * A live event of one contract from its seal, with the payload checked and typed; null when the seal
 * is not genuine or holds another kind of event. Subgraphs use it in the `…Event(event)` query field
 * the gateway runs per event, and in that field's permission rule.
 */
export function liveEventOf<S extends TSchema>(contract: EventContract<S>, ctx: LiveEventOpener, sealed: string): { event: FeedEvent; payload: Static<S> } | null {
  const event = ctx.openLiveEvent?.(sealed) ?? null;
  if (!event || event.type !== contract.name || event.source !== contract.producer || !contract.is(event.payload)) return null;
  return { event, payload: event.payload };
}
