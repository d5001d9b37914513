import type { OutboxRow } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';

/** Reads this subgraph's outbox for the /events feed. */
export class OutboxService {
  constructor(private readonly prisma: PrismaClient) {}

  readAfter(afterSeq: bigint, limit: number): Promise<OutboxRow[]> {
    return this.prisma.outboxEvent.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit });
  }

  async head(): Promise<bigint> {
    const newest = await this.prisma.outboxEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
    return newest?.seq ?? 0n;
  }
}
