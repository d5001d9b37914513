import type { FeedEvent, Logger } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';

export const PAYMENT_CAPTURED_EVENT = 'payment.captured';

/** The part of payments' `payment.captured` payload this handler reads (the shared contract). */
interface StateFeeCapture {
  source: 'STATE_FEE';
  sourceIds: string[];
  capturedAt: string;
}

export type StateFeeOutcome = { status: 'ignored' | 'duplicate' | 'malformed' } | { status: 'applied'; applicationsPaid: number };

function parse(payload: unknown): StateFeeCapture | null {
  const p = payload as Partial<StateFeeCapture> | null;
  if (!p || typeof p !== 'object' || p.source !== 'STATE_FEE') return null;
  if (!Array.isArray(p.sourceIds) || !p.sourceIds.every((id) => typeof id === 'string' && isUuid(id))) return null;
  if (typeof p.capturedAt !== 'string' || Number.isNaN(Date.parse(p.capturedAt))) return null;
  return p as StateFeeCapture;
}

/**
 * "Fee invoice paid → application's fee paid", so the department sees it in its queue.
 * Idempotent: the event id is recorded in the same transaction, and a fee already marked paid
 * keeps its first payment time. A database failure throws, so the feed consumer retries.
 */
export class StateFeePaidHandler {
  constructor(private readonly prisma: PrismaClient) {}

  async handle(event: FeedEvent, logger?: Logger): Promise<StateFeeOutcome> {
    if (event.type !== PAYMENT_CAPTURED_EVENT || (event.payload as { source?: unknown }).source !== 'STATE_FEE') return { status: 'ignored' };
    const capture = parse(event.payload);
    if (!capture || !isUuid(event.id)) {
      logger?.warn({ eventId: event.id }, 'payment.captured payload not understood; skipped');
      return { status: 'malformed' };
    }
    return this.prisma.$transaction(async (tx) => {
      const recorded = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
      if (recorded.count === 0) return { status: 'duplicate' as const };
      const { count } = await tx.application.updateMany({
        where: { id: { in: capture.sourceIds }, stateFeeKopecks: { gt: 0 }, stateFeePaidAt: null },
        data: { stateFeePaidAt: new Date(capture.capturedAt) },
      });
      return { status: 'applied' as const, applicationsPaid: count };
    });
  }
}
