import type { FeedEvent, PayloadOf, paymentCaptured } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';

export type StateFeeOutcome = { status: 'ignored' | 'duplicate' } | { status: 'applied'; applicationsPaid: number };

/**
 * "Fee invoice paid → application's fee paid", so the department sees it in its queue.
 * Idempotent: the event id is recorded in the same transaction, and a fee already marked paid
 * keeps its first payment time. A database failure throws, so the consumer retries.
 */
export class StateFeePaidHandler {
  constructor(private readonly prisma: PrismaClient) {}

  async handle(payment: PayloadOf<typeof paymentCaptured>, event: FeedEvent): Promise<StateFeeOutcome> {
    if (payment.source !== 'STATE_FEE') return { status: 'ignored' };
    // Applications' ids are UUIDs: anything else names no application (and the column would refuse it).
    const applicationIds = payment.sourceIds.filter(isUuid);
    return this.prisma.$transaction(async (tx) => {
      const recorded = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
      if (recorded.count === 0) return { status: 'duplicate' as const };
      const { count } = await tx.application.updateMany({
        where: { id: { in: applicationIds }, stateFeeKopecks: { gt: 0 }, stateFeePaidAt: null },
        data: { stateFeePaidAt: new Date(payment.capturedAt) },
      });
      return { status: 'applied' as const, applicationsPaid: count };
    });
  }
}
