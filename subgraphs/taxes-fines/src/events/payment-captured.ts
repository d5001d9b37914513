import type { FeedEvent, Logger } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { fineAmountDueAt } from '../fines/fine-terms';
import { isUuid } from '../shared/ids';

export const PAYMENT_CAPTURED_EVENT = 'payment.captured';

/** The payload payments writes on capture (the shared contract). */
export interface PaymentCapturedPayload {
  paymentId: string;
  invoiceId: string;
  source: string;
  sourceIds: string[];
  payerId: string;
  amountKopecks: number;
  capturedAt: string;
}

export type PaymentOutcome =
  | { status: 'ignored' }
  | { status: 'duplicate' }
  | { status: 'malformed' }
  | { status: 'applied'; finesPaid: number; taxesPaid: number };

function parse(payload: unknown): PaymentCapturedPayload | null {
  const p = payload as Partial<PaymentCapturedPayload> | null;
  if (!p || typeof p !== 'object') return null;
  if (typeof p.source !== 'string' || !Array.isArray(p.sourceIds) || !p.sourceIds.every((id) => typeof id === 'string')) return null;
  if (typeof p.capturedAt !== 'string' || Number.isNaN(Date.parse(p.capturedAt))) return null;
  if (typeof p.amountKopecks !== 'number') return null;
  return p as PaymentCapturedPayload;
}

/**
 * "Invoice paid → fine paid". Idempotent twice over: the event id is recorded in the same
 * transaction (a redelivered event changes nothing), and only UNPAID rows are marked (a fine
 * already paid, or cancelled on appeal meanwhile, is left alone). A database failure throws,
 * so the feed consumer retries the same event instead of skipping it.
 */
export class PaymentCapturedHandler {
  constructor(private readonly prisma: PrismaClient) {}

  async handle(event: FeedEvent, logger?: Logger): Promise<PaymentOutcome> {
    if (event.type !== PAYMENT_CAPTURED_EVENT) return { status: 'ignored' };
    const payload = parse(event.payload);
    if (!payload || !isUuid(event.id)) {
      logger?.warn({ eventId: event.id }, 'payment.captured payload not understood; skipped');
      return { status: 'malformed' };
    }
    if (payload.source !== 'FINE' && payload.source !== 'TAX') return { status: 'ignored' };
    const ids = payload.sourceIds.filter(isUuid);
    const capturedAt = new Date(payload.capturedAt);

    return this.prisma.$transaction(async (tx) => {
      const recorded = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
      if (recorded.count === 0) return { status: 'duplicate' as const };
      let finesPaid = 0;
      let taxesPaid = 0;
      if (payload.source === 'FINE') {
        const fines = await tx.fine.findMany({ where: { id: { in: ids }, state: 'UNPAID' } });
        for (const fine of fines) {
          // One fine on the invoice: its amount is what was paid. Several: each one's due at the
          // moment of capture (the discount counts by the day of payment, KoAP 32.2 p. 1.3).
          const paid = ids.length === 1 ? payload.amountKopecks : fineAmountDueAt(fine, capturedAt);
          const { count } = await tx.fine.updateMany({
            where: { id: fine.id, state: 'UNPAID' },
            data: { state: 'PAID', paidAt: capturedAt, paidAmountKopecks: paid },
          });
          finesPaid += count;
        }
      } else {
        const taxes = await tx.taxAccrual.findMany({ where: { id: { in: ids }, state: 'UNPAID' } });
        for (const tax of taxes) {
          const paid = ids.length === 1 ? payload.amountKopecks : tax.amountKopecks;
          const { count } = await tx.taxAccrual.updateMany({
            where: { id: tax.id, state: 'UNPAID' },
            data: { state: 'PAID', paidAt: capturedAt, paidAmountKopecks: paid },
          });
          taxesPaid += count;
        }
      }
      const skipped = ids.length - finesPaid - taxesPaid;
      if (skipped > 0) logger?.warn({ eventId: event.id, source: payload.source, skipped }, 'paid items not payable here (unknown, already paid or cancelled)');
      return { status: 'applied' as const, finesPaid, taxesPaid };
    });
  }
}
