import type { FeedEvent } from './domain-event';

/** The one NOTIFY channel of outbox appends (payload: an OutboxNotice as JSON). */
export const OUTBOX_CHANNEL = 'eco_outbox';

/** Sent at the commit of an append: who appended up to which seq, with the event when it fits. */
export interface OutboxNotice {
  source: string;
  seq: string;
  event?: FeedEvent;
}
