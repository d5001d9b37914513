/**
 * A fact one subgraph tells the others: written to its outbox in the same transaction as the
 * change it describes, served on its /events feed, consumed at least once (idempotent by id).
 */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  /** e.g. 'application.status_changed', 'notification.created' */
  type: string;
  /** The producing subgraph. */
  source: string;
  occurredAt: string;
  subject: { type: string; id: string };
  /** Who may be told live; a pre-filter only: the gateway re-checks with the subscriber's token. */
  audience: EventAudience;
  payload: P;
}

export interface EventAudience {
  userIds: string[];
  departmentIds: string[];
}

/** A domain event with its position in the producer's feed. */
export interface FeedEvent<P = Record<string, unknown>> extends DomainEvent<P> {
  /** Outbox sequence, as a decimal string (a bigint does not survive JSON). */
  seq: string;
}

/** Payload field naming the subscription fields an event feeds (see the gateway's live subscriptions). */
export const LIVE_FIELDS = 'liveFields';
