import { badUserInput, type SqlSchema } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../events/audit-record';
import type { AuditEntry, Prisma, PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { entryHash, GENESIS_HASH } from './entry-hash';

export type AuditEntryRow = AuditEntry;

export type AppendOutcome = { status: 'appended'; entry: AuditEntryRow } | { status: 'duplicate' };

export interface JournalFilter {
  actorId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** An action or a prefix of one ('security.' for every security event). */
  action?: string | null;
  requestId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface JournalPage {
  nodes: AuditEntryRow[];
  /** How many entries match the filter (all pages). */
  totalCount: number;
  hasNextPage: boolean;
}

/** The head row's id: the chain has exactly one head. */
export const HEAD_ID = 1;
/** Waiting for the head lock behind a burst of appends from every consumer is normal. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const MAX_FILTER_TEXT = 200;

/**
 * The journal: appends (one at a time across every consumer and replica: the chain-head row is
 * locked FOR UPDATE, the last hash read, the entry inserted and the head moved in one
 * transaction) and reads. Only this service and the verifier touch the tables.
 */
export class JournalService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    private readonly now: () => Date,
  ) {}

  /** Idempotent by event id: a redelivered event appends nothing. */
  async append(record: AuditRecord): Promise<AppendOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const head = await this.lockHead(tx);
      // Checked under the lock: a second consumer of the same event waits, then finds it here.
      const existing = await tx.auditEntry.findUnique({ where: { eventId: record.eventId }, select: { seq: true } });
      if (existing) return { status: 'duplicate' as const };
      const fields = { ...record, seq: head.seq + 1n, id: randomUUID(), recordedAt: this.now() };
      const hash = entryHash(head.hash, fields);
      const entry = await tx.auditEntry.create({
        data: { ...fields, details: record.details as Prisma.InputJsonObject, prevHash: head.hash, hash },
      });
      await tx.chainHead.update({ where: { id: HEAD_ID }, data: { seq: entry.seq, hash, updatedAt: fields.recordedAt } });
      return { status: 'appended' as const, entry };
    }, TX_OPTIONS);
  }

  /** The head row, created at genesis on first use, locked until the transaction ends. */
  private async lockHead(tx: Prisma.TransactionClient): Promise<{ seq: bigint; hash: string }> {
    const table = this.sql.qualified('chain_head');
    await tx.$executeRaw`INSERT INTO ${table} (id, seq, hash, updated_at) VALUES (${HEAD_ID}, 0, ${GENESIS_HASH}, now()) ON CONFLICT (id) DO NOTHING`;
    const rows = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`SELECT seq, hash FROM ${table} WHERE id = ${HEAD_ID} FOR UPDATE`;
    return rows[0];
  }

  async byIds(ids: readonly string[]): Promise<(AuditEntryRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.auditEntry.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Newest first; `afterSeq` continues below a page's last entry (stable while entries are appended). */
  async list(filter: JournalFilter, limit: number, afterSeq: bigint | null): Promise<JournalPage> {
    const where = whereOf(filter);
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditEntry.findMany({
        where: afterSeq === null ? where : { AND: [where, { seq: { lt: afterSeq } }] },
        orderBy: { seq: 'desc' },
        take: limit + 1,
      }),
      this.prisma.auditEntry.count({ where }),
    ]);
    return { nodes: rows.slice(0, limit), totalCount, hasNextPage: rows.length > limit };
  }
}

function text(value: string | null | undefined, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed) throw badUserInput(`${field} must not be empty`, `filter.${field}`);
  if (trimmed.length > MAX_FILTER_TEXT) throw badUserInput(`${field} is longer than ${MAX_FILTER_TEXT} characters`, `filter.${field}`);
  return trimmed;
}

/** The filter as a Prisma condition; bad input is a BAD_USER_INPUT naming the field. */
export function whereOf(filter: JournalFilter): Prisma.AuditEntryWhereInput {
  if (filter.from && filter.to && filter.from > filter.to) throw badUserInput('from must not be after to', 'filter.from');
  if (filter.subjectId && !filter.subjectType) throw badUserInput('subjectId needs subjectType', 'filter.subjectType');
  const action = text(filter.action, 'action');
  const occurredAt = filter.from || filter.to ? { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } : undefined;
  return {
    actorId: text(filter.actorId, 'actorId'),
    subjectType: text(filter.subjectType, 'subjectType'),
    subjectId: text(filter.subjectId, 'subjectId'),
    requestId: text(filter.requestId, 'requestId'),
    // Prisma passes the prefix to LIKE as it is: its wildcards must match only themselves.
    ...(action ? { action: { startsWith: action.replace(/[\\%_]/g, (char) => `\\${char}`) } } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
}
