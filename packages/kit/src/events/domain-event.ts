/**
 * A fact one subgraph tells the others: written to its outbox in the same transaction as the
 * change it describes, served on its /events feed, consumed at least once (idempotent by id).
 */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  /** e.g. 'application.status_changed', 'notification.created' */
  type: string;
  /** The contract's version (see EventContract); absent on events written before versions. */
  version?: number;
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
  /** The subscription fields the event feeds (its contract's liveFields); absent: not live. */
  liveFields?: string[];
}

/** A domain event with its position in the producer's feed. */
export interface FeedEvent<P = Record<string, unknown>> extends DomainEvent<P> {
  /** Outbox sequence, as a decimal string (a bigint does not survive JSON). */
  seq: string;
}
