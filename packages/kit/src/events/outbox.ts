import { randomUUID } from 'node:crypto';
import type { EventAudience, FeedEvent } from './domain-event';

/** JSON as Prisma's Json columns accept it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface NewOutboxEvent {
  type: string;
  subject: { type: string; id: string };
  audience: EventAudience;
  payload: JsonObject;
}

/** A row of a producer's `outbox_event` table, as Prisma returns it. */
export interface OutboxRow {
  seq: bigint;
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  audience: unknown;
  payload: unknown;
  occurredAt: Date;
}

/**
 * The create-data of an outbox row. Write it with the producer's Prisma client inside the
 * same `$transaction` as the change, so the event exists exactly when the change does.
 */
export function newOutboxEvent(event: NewOutboxEvent) {
  return {
    id: randomUUID(),
    type: event.type,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    audience: { userIds: event.audience.userIds, departmentIds: event.audience.departmentIds } as JsonObject,
    payload: event.payload,
  };
}

export function outboxRowToEvent(row: OutboxRow, source: string): FeedEvent {
  return {
    seq: row.seq.toString(),
    id: row.id,
    type: row.type,
    source,
    occurredAt: row.occurredAt.toISOString(),
    subject: { type: row.subjectType, id: row.subjectId },
    audience: row.audience as EventAudience,
    payload: row.payload as Record<string, unknown>,
  };
}
