import type { FeedEvent, Logger, PayloadOf, paymentCaptured } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { fineAmountDueAt } from '../fines/fine-terms';
import { isUuid } from '../shared/ids';

export type PaymentOutcome = { status: 'ignored' } | { status: 'duplicate' } | { status: 'applied'; finesPaid: number; taxesPaid: number };

/**
 * "Invoice paid → fine paid". Idempotent twice over: the event id is recorded in the same
 * transaction (a redelivered event changes nothing), and only UNPAID rows are marked (a fine
 * already paid, or cancelled on appeal meanwhile, is left alone). A database failure throws,
 * so the consumer retries the same event instead of skipping it.
 */
export class PaymentCapturedHandler {
  constructor(private readonly prisma: PrismaClient) {}

  async handle(payment: PayloadOf<typeof paymentCaptured>, event: FeedEvent, logger?: Logger): Promise<PaymentOutcome> {
    if (payment.source !== 'FINE' && payment.source !== 'TAX') return { status: 'ignored' };
    // Fines and taxes have UUIDs: anything else names nothing here (and the column would refuse it).
    const ids = payment.sourceIds.filter(isUuid);
    const capturedAt = new Date(payment.capturedAt);

    return this.prisma.$transaction(async (tx) => {
      const recorded = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
      if (recorded.count === 0) return { status: 'duplicate' as const };
      let finesPaid = 0;
      let taxesPaid = 0;
      if (payment.source === 'FINE') {
        const fines = await tx.fine.findMany({ where: { id: { in: ids }, state: 'UNPAID' } });
        for (const fine of fines) {
          // One fine on the invoice: its amount is what was paid. Several: each one's due at the
          // moment of capture (the discount counts by the day of payment, KoAP 32.2 p. 1.3).
          const paid = ids.length === 1 ? payment.amountKopecks : fineAmountDueAt(fine, capturedAt);
          const { count } = await tx.fine.updateMany({
            where: { id: fine.id, state: 'UNPAID' },
            data: { state: 'PAID', paidAt: capturedAt, paidAmountKopecks: paid },
          });
          finesPaid += count;
        }
      } else {
        const taxes = await tx.taxAccrual.findMany({ where: { id: { in: ids }, state: 'UNPAID' } });
        for (const tax of taxes) {
          const paid = ids.length === 1 ? payment.amountKopecks : tax.amountKopecks;
          const { count } = await tx.taxAccrual.updateMany({
            where: { id: tax.id, state: 'UNPAID' },
            data: { state: 'PAID', paidAt: capturedAt, paidAmountKopecks: paid },
          });
          taxesPaid += count;
        }
      }
      const skipped = payment.sourceIds.length - finesPaid - taxesPaid;
      if (skipped > 0) logger?.warn({ eventId: event.id, source: payment.source, skipped }, 'paid items not payable here (unknown, already paid or cancelled)');
      return { status: 'applied' as const, finesPaid, taxesPaid };
    });
  }
}
