import type { Static, TSchema } from '@sinclair/typebox';
import { randomUUID } from 'node:crypto';
import type { SqlSchema } from '../db/sql-schema';
import type { EventAudience, FeedEvent } from './domain-event';
import { EventPayloadError, type EventContract } from './event-contract';
import { OUTBOX_CHANNEL, type OutboxNotice } from './outbox-notice';

/** JSON as Prisma's Json columns accept it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What the outbox needs of a Prisma client or of the transaction client of `$transaction`. */
export interface RawSqlClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export interface AppendedEvent<S extends TSchema> {
  subject: { type: string; id: string };
  /** Who may be told live; a pre-filter only: the gateway re-checks with the subscriber's token. */
  audience?: { userIds?: string[]; departmentIds?: string[] };
  payload: Static<S>;
  /** When it happened, from the clock of the change (default: now). */
  at?: Date;
}

// NOTIFY payloads are limited to 8,000 bytes; a larger event is announced by its seq only.
const NOTICE_EVENT_LIMIT = 7_000;

interface OutboxSqlRow {
  seq: string;
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  audience: unknown;
  payload: unknown;
  occurred_at: string;
}

/**
 * A subgraph's `outbox_event` table (the same shape in every producer's schema): the source of
 * truth of its events. `append` writes an event in the caller's transaction, so it exists exactly
 * when the change does, and announces it on commit (LISTEN/NOTIFY) to relays and consumers.
 */
export class Outbox {
  private readonly table: string;

  constructor(
    private readonly db: RawSqlClient,
    readonly source: string,
    private readonly schema: SqlSchema,
  ) {
    this.table = `"${schema.name}"."outbox_event"`;
  }

  /**
   * Appends one event in `tx` (the change's transaction); call it as the transaction's last write.
   * The payload is checked against the contract: a misfit is a bug, and the change rolls back.
   */
  async append<S extends TSchema>(tx: RawSqlClient, contract: EventContract<S>, event: AppendedEvent<S>): Promise<FeedEvent> {
    if (contract.producer !== this.source) throw new Error(`${contract.name} is produced by ${contract.producer}, not ${this.source}`);
    if (!contract.is(event.payload)) throw new EventPayloadError(contract.name, contract.problems(event.payload));
    // Rows must become visible in seq order: a reader that has seen seq 11 never looks below it again,
    // so seq allocation and commit happen in one order across transactions (held to commit).
    await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `eco-outbox:${this.schema.name}`);
    const audience: EventAudience = {
      userIds: event.audience?.userIds ?? [],
      departmentIds: event.audience?.departmentIds ?? [],
      ...(contract.liveFields.length ? { liveFields: [...contract.liveFields] } : {}),
    };
    const at = event.at ?? new Date();
    const id = randomUUID();
    const [row] = await tx.$queryRawUnsafe<{ seq: string }[]>(
      // occurred_at is a timestamp without time zone holding UTC, as Prisma writes it.
      `INSERT INTO ${this.table} (id, type, subject_type, subject_id, audience, payload, occurred_at)
       VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb, ($7::timestamptz AT TIME ZONE 'UTC')) RETURNING seq::text AS seq`,
      id,
      contract.name,
      event.subject.type,
      event.subject.id,
      JSON.stringify(audience),
      JSON.stringify(event.payload),
      at.toISOString(),
    );
    const appended: FeedEvent = {
      seq: row.seq,
      id,
      type: contract.name,
      version: contract.version,
      source: this.source,
      occurredAt: at.toISOString(),
      subject: event.subject,
      audience,
      payload: event.payload as Record<string, unknown>,
    };
    const notice: OutboxNotice = { source: this.source, outbox: this.schema.name, seq: row.seq };
    const withEvent = JSON.stringify({ ...notice, event: appended });
    // Delivered at commit, and only if the transaction commits.
    await tx.$executeRawUnsafe('SELECT pg_notify($1, $2)', OUTBOX_CHANNEL, withEvent.length <= NOTICE_EVENT_LIMIT ? withEvent : JSON.stringify(notice));
    return appended;
  }

  async readAfter(afterSeq: bigint, limit: number): Promise<FeedEvent[]> {
    const rows = await this.db.$queryRawUnsafe<OutboxSqlRow[]>(`${this.select()} WHERE seq > $1::bigint ORDER BY ${this.table}.seq LIMIT $2`, afterSeq.toString(), limit);
    return rows.map((row) => this.toEvent(row));
  }

  /** Tells this outbox apart from another of the same producer in the same database (notices carry it). */
  get name(): string {
    return this.schema.name;
  }

  async head(): Promise<bigint> {
    const [row] = await this.db.$queryRawUnsafe<{ seq: string | null }[]>(`SELECT max(seq)::text AS seq FROM ${this.table}`);
    return BigInt(row?.seq ?? 0);
  }

  /** Events of one contract by id (null for unknown ids, other types or ids that are not UUIDs). */
  async byIds(contract: EventContract, ids: readonly string[]): Promise<(FeedEvent | null)[]> {
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length ? await this.db.$queryRawUnsafe<OutboxSqlRow[]>(`${this.select()} WHERE id = ANY($1::uuid[]) AND type = $2`, valid, contract.name) : [];
    const byId = new Map(rows.map((row) => [row.id, this.toEvent(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private select(): string {
    return `SELECT seq::text AS seq, id::text AS id, type, subject_type, subject_id, audience, payload,
              to_char(occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at FROM ${this.table}`;
  }

  private toEvent(row: OutboxSqlRow): FeedEvent {
    return {
      seq: row.seq,
      id: row.id,
      type: row.type,
      source: this.source,
      occurredAt: row.occurred_at,
      subject: { type: row.subject_type, id: row.subject_id },
      audience: row.audience as EventAudience,
      payload: row.payload as Record<string, unknown>,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
