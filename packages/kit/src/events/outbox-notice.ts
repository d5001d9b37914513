import type { FeedEvent } from './domain-event';

/** The one NOTIFY channel of outbox appends (payload: an OutboxNotice as JSON). */
export const OUTBOX_CHANNEL = 'eco_outbox';

/** Sent at the commit of an append: who appended up to which seq, with the event when it fits. */
export interface OutboxNotice {
  source: string;
  /** Which outbox (its schema): two deployments of one producer may share a database. */
  outbox?: string;
  seq: string;
  event?: FeedEvent;
}
