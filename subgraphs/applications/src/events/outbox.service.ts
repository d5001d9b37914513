import type { OutboxRow } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { STATUS_CHANGED_EVENT, type StatusChangedPayload } from './status-changed-event';

export interface StatusEventRow {
  eventId: string;
  payload: StatusChangedPayload;
}

/** Reads this subgraph's outbox: the /events feed and the live-subscription lookups. */
export class OutboxService {
  constructor(private readonly prisma: PrismaClient) {}

  readAfter(afterSeq: bigint, limit: number): Promise<OutboxRow[]> {
    return this.prisma.outboxEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit });
  }

  async head(): Promise<bigint> {
    const newest = await this.prisma.outboxEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
    return newest?.seq ?? 0n;
  }

  /** Batch for DataLoaders: status-change events by event id, null for unknown ids or other types. */
  async statusEventsByIds(ids: readonly string[]): Promise<(StatusEventRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.prisma.outboxEvent.findMany({ where: { id: { in: valid }, type: STATUS_CHANGED_EVENT } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, { eventId: row.id, payload: row.payload as unknown as StatusChangedPayload }]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
