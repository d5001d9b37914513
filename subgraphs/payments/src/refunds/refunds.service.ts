import { paymentRefunded, type Outbox, type SqlSchema } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { Acquirer } from '../acquiring/acquirer';
import { PAYMENT_SUBJECT } from '../events/payment-captured-event';
import type { PrismaClient, Refund } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome } from '../shared/problems';
import type { PaymentRow } from '../payments/payments.service';

export type RefundRow = Refund;

export interface RefundInput {
  paymentId: string;
  amountKopecks: number;
  /** What the admin saw as refundable: a stale view (someone refunded meanwhile) is refused. */
  expectedRefundableKopecks: number;
  reason: string;
}

export const refundableOf = (payment: Pick<PaymentRow, 'status' | 'amountKopecks' | 'refundedKopecks'>): number =>
  payment.status === 'CAPTURED' ? payment.amountKopecks - payment.refundedKopecks : 0;

/** Full or partial refunds of captured payments (ADMIN). */
export class RefundsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    private readonly outbox: Outbox,
    private readonly acquirer: Acquirer,
    private readonly now: () => Date,
  ) {}

  async byPaymentIds(paymentIds: readonly string[]): Promise<RefundRow[][]> {
    const valid = paymentIds.filter(isUuid);
    const rows = valid.length ? await this.prisma.refund.findMany({ where: { paymentId: { in: valid } }, orderBy: { createdAt: 'asc' } }) : [];
    return paymentIds.map((id) => rows.filter((row) => row.paymentId === id));
  }

  /** `requestId`: the x-request-id of the refundPayment request, carried on payment.refunded for the audit journal. */
  async refund(actorId: string, input: RefundInput, requestId?: string | null): Promise<Outcome<{ refund: RefundRow; payment: PaymentRow }>> {
    if (!Number.isInteger(input.amountKopecks) || input.amountKopecks <= 0) return failure([problem('amountKopecks', 'AMOUNT_INVALID')]);
    const reason = input.reason.trim();
    if (!reason || reason.length > 500) return failure([problem('reason', 'REASON_REQUIRED')]);
    if (!isUuid(input.paymentId)) return failure([problem('paymentId', 'PAYMENT_NOT_FOUND')]);

    // The payment row lock makes check-then-refund atomic against a concurrent refund.
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${this.sql.name}"."payment" WHERE id = $1::uuid FOR UPDATE`, input.paymentId);
      if (!locked.length) return failure<{ refund: RefundRow; payment: PaymentRow }>([problem('paymentId', 'PAYMENT_NOT_FOUND')]);
      const payment = await tx.payment.findUniqueOrThrow({ where: { id: input.paymentId } });
      if (payment.status !== 'CAPTURED' || !payment.providerRef) return failure([problem('paymentId', 'PAYMENT_NOT_REFUNDABLE')]);
      const refundable = refundableOf(payment);
      if (input.expectedRefundableKopecks !== refundable) {
        return failure([problem('expectedRefundableKopecks', 'REFUNDABLE_AMOUNT_CONFLICT', { refundable })]);
      }
      if (input.amountKopecks > refundable) return failure([problem('amountKopecks', 'REFUND_EXCEEDS_REFUNDABLE', { refundable })]);
      const id = randomUUID();
      const result = await this.acquirer.refund(payment.providerRef, input.amountKopecks, id).catch(() => ({ ok: false as const, code: 'PROVIDER_ERROR' as const }));
      if (!result.ok) return failure([problem(null, 'PROVIDER_ERROR')]);
      const refund = await tx.refund.create({
        data: { id, paymentId: payment.id, amountKopecks: input.amountKopecks, reason, actorId, providerRef: result.providerRef, createdAt: this.now() },
      });
      const updated = await tx.payment.update({ where: { id: payment.id }, data: { refundedKopecks: { increment: input.amountKopecks } } });
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: payment.invoiceId }, select: { sandbox: true } });
      // The event commits with the refund or not at all.
      await this.outbox.append(tx, paymentRefunded, {
        subject: { type: PAYMENT_SUBJECT, id: payment.id },
        audience: { userIds: [payment.payerId] },
        payload: {
          refundId: refund.id,
          paymentId: payment.id,
          invoiceId: payment.invoiceId,
          amountKopecks: refund.amountKopecks,
          actorId,
          requestId: requestId ?? null,
          at: refund.createdAt.toISOString(),
          sandbox: invoice.sandbox,
        },
        at: refund.createdAt,
      });
      return success({ refund, payment: updated });
    });
  }
}
