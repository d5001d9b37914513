import type { OutboxRow } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/uuid';

/** notifications as a producer: its outbox, read by the /events feed and the live-event query. */
export class OutboxService {
  constructor(private readonly prisma: PrismaClient) {}

  readAfter(afterSeq: bigint, limit: number): Promise<OutboxRow[]> {
    return this.prisma.outboxEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit });
  }

  async readHead(): Promise<bigint> {
    const { _max } = await this.prisma.outboxEvent.aggregate({ _max: { seq: true } });
    return _max.seq ?? 0n;
  }

  async eventById(id: string): Promise<OutboxRow | null> {
    if (!isUuid(id)) return null;
    return this.prisma.outboxEvent.findUnique({ where: { id } });
  }
}
