import type { OutboxRow } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { KINDERGARTEN_STATUS_CHANGED_EVENT, type KindergartenStatusChangedPayload } from './status-events';

export interface KindergartenStatusEventRow {
  eventId: string;
  payload: KindergartenStatusChangedPayload;
}

/** This subgraph's /events feed reads its outbox; the live subscription reads single events. */
export class OutboxService {
  constructor(private readonly prisma: PrismaClient) {}

  readAfter(afterSeq: bigint, limit: number): Promise<OutboxRow[]> {
    return this.prisma.outboxEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit });
  }

  async head(): Promise<bigint> {
    const newest = await this.prisma.outboxEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
    return newest?.seq ?? 0n;
  }

  async kindergartenStatusEventsByIds(ids: readonly string[]): Promise<(KindergartenStatusEventRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.outboxEvent.findMany({ where: { id: { in: valid }, type: KINDERGARTEN_STATUS_CHANGED_EVENT } }) : [];
    const byId = new Map(rows.map((row) => [row.id, { eventId: row.id, payload: row.payload as unknown as KindergartenStatusChangedPayload }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Tests and demos: every event of one subject, oldest first. */
  eventsOf(subjectType: string, subjectId: string): Promise<OutboxRow[]> {
    return this.prisma.outboxEvent.findMany({ where: { subjectType, subjectId }, orderBy: { seq: 'asc' } });
  }
}
