import { idempotencyKeyProblem, idempotencyReuseProblem, isUniqueViolationOn, paymentCaptured, type Outbox, type SqlSchema } from '@eco/kit';
import { createHash, randomUUID } from 'node:crypto';
import type { Acquirer, AcquirerMethod } from '../acquiring/acquirer';
import { PAYMENT_SUBJECT } from '../events/payment-captured-event';
import type { Payment, PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome, type PaymentsProblem } from '../shared/problems';
import { checkCard, type CardInputLike, type CheckedCard } from './card-input';

export type PaymentRow = Payment;
export const TERMINAL_PAYMENT_STATUSES = ['CAPTURED', 'FAILED', 'CANCELLED'] as const;
/** How long a replay waits for the original request (same key) to finish. */
const REPLAY_WAIT_MS = 15_000;
const REPLAY_POLL_MS = 20;

export interface PayInvoiceInput {
  invoiceId: string;
  method: AcquirerMethod;
  idempotencyKey: string;
  card?: CardInputLike | null;
}

export interface PaymentsServiceDeps {
  prisma: PrismaClient;
  sql: SqlSchema;
  outbox: Outbox;
  acquirer: Acquirer;
  now: () => Date;
}

type CaptureOutcome = { row: PaymentRow } | { failed: string } | null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Paying an invoice, GOV.UK Pay style: one payment per (payer, idempotency key). The same key
 * with the same request answers with the original payment; with another request it is refused
 * (IDEMPOTENCY_KEY_REUSED). Concurrent calls with one key race on the unique index: exactly one
 * inserts and drives the acquirer, the others wait for its outcome and replay it.
 * Lifecycle: CREATED → AUTHORIZED → CAPTURED | FAILED | CANCELLED (failureCode says why).
 */
export class PaymentsService {
  constructor(private readonly deps: PaymentsServiceDeps) {}

  async byIds(ids: readonly string[]): Promise<(PaymentRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.deps.prisma.payment.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Batch for DataLoaders: every invoice's payments, newest first. */
  async byInvoiceIds(invoiceIds: readonly string[]): Promise<PaymentRow[][]> {
    const valid = invoiceIds.filter(isUuid);
    const rows = valid.length
      ? await this.deps.prisma.payment.findMany({ where: { invoiceId: { in: valid } }, orderBy: { createdAt: 'desc' } })
      : [];
    return invoiceIds.map((id) => rows.filter((row) => row.invoiceId === id));
  }

  /** `requestId`: the x-request-id of the payInvoice request, carried on payment.captured for the audit journal. */
  async pay(payerId: string, input: PayInvoiceInput, requestId?: string | null): Promise<Outcome<PaymentRow>> {
    const { prisma, now } = this.deps;
    const key = input.idempotencyKey;
    const invalidKey = idempotencyKeyProblem(key);
    if (invalidKey) return failure([invalidKey]);

    // Shape checks first: a malformed request stores nothing and holds no key.
    const problems: PaymentsProblem[] = [];
    let card: CheckedCard | null = null;
    if (input.method === 'CARD') {
      if (!input.card) problems.push(problem('card', 'CARD_REQUIRED'));
      else {
        const checked = checkCard(input.card, now());
        problems.push(...checked.problems);
        card = checked.card;
      }
    } else if (input.card) problems.push(problem('card', 'CARD_NOT_ALLOWED'));
    if (!isUuid(input.invoiceId)) problems.push(problem('invoiceId', 'INVOICE_NOT_FOUND'));
    if (problems.length) return failure(problems);

    const requestHash = hashRequest(input, card);
    const existing = await prisma.payment.findUnique({ where: { payerId_idempotencyKey: { payerId, idempotencyKey: key } } });
    if (existing) return this.replay(existing, requestHash);

    const invoice = await prisma.invoice.findUnique({ where: { id: input.invoiceId } });
    // Someone else's invoice is "not found": ids are random, nothing to enumerate, nothing to learn.
    if (!invoice || invoice.payerId !== payerId) return failure([problem('invoiceId', 'INVOICE_NOT_FOUND')]);
    if (invoice.status === 'UNPAID' && invoice.dueDate < now()) {
      await prisma.invoice.updateMany({ where: { id: invoice.id, status: 'UNPAID' }, data: { status: 'EXPIRED' } });
      return failure([problem('invoiceId', 'INVOICE_NOT_PAYABLE', { status: 'EXPIRED' })]);
    }
    if (invoice.status !== 'UNPAID') return failure([problem('invoiceId', 'INVOICE_NOT_PAYABLE', { status: invoice.status })]);

    let payment: PaymentRow;
    try {
      payment = await prisma.payment.create({
        data: {
          id: randomUUID(),
          invoiceId: invoice.id,
          payerId,
          idempotencyKey: key,
          requestHash,
          method: input.method,
          amountKopecks: invoice.amountKopecks,
          status: 'CREATED',
          cardLast4: card?.last4 ?? null,
          cardBrand: card?.brand ?? null,
          createdAt: now(),
        },
      });
    } catch (error) {
      // Lost the race for this key: the winner's payment is the answer.
      if (isUniqueViolationOn(error, ['idempotency_key', 'idempotencyKey'])) {
        const winner = await prisma.payment.findUnique({ where: { payerId_idempotencyKey: { payerId, idempotencyKey: key } } });
        if (winner) return this.replay(winner, requestHash);
      }
      throw error;
    }
    return success(await this.drive(payment, card, requestId ?? null));
  }

  /** The same request gets the original payment, once it has finished; another request IDEMPOTENCY_KEY_REUSED. */
  private async replay(payment: PaymentRow, requestHash: string): Promise<Outcome<PaymentRow>> {
    const reused = idempotencyReuseProblem(payment.requestHash, requestHash);
    if (reused) return failure([reused]);
    const deadline = Date.now() + REPLAY_WAIT_MS;
    let current = payment;
    while (!(TERMINAL_PAYMENT_STATUSES as readonly string[]).includes(current.status) && Date.now() < deadline) {
      await sleep(REPLAY_POLL_MS);
      current = (await this.deps.prisma.payment.findUnique({ where: { id: payment.id } })) ?? current;
    }
    return success(current);
  }

  /** Authorize with the acquirer, then capture and mark the invoice PAID in one transaction. */
  private async drive(payment: PaymentRow, card: CheckedCard | null, requestId: string | null): Promise<PaymentRow> {
    const { prisma, acquirer, now } = this.deps;
    const authorization = await acquirer
      .authorize({
        paymentId: payment.id,
        method: payment.method,
        amountKopecks: payment.amountKopecks,
        card: card ? { number: card.number, expiry: card.expiry, cvc: card.cvc } : undefined,
      })
      .catch(() => ({ ok: false as const, code: 'PROVIDER_ERROR' as const }));
    if (!authorization.ok) return this.finish(payment.id, 'FAILED', authorization.code);
    const authorized = await prisma.payment.update({
      where: { id: payment.id },
      data: { status: 'AUTHORIZED', providerRef: authorization.providerRef, authorizedAt: now() },
    });
    const providerRef = authorization.providerRef;

    let captured: CaptureOutcome;
    try {
      captured = await this.captureInTransaction(authorized, providerRef, requestId);
    } catch (error) {
      // The capture rolled back (database failure): no PAID invoice, no event. Release the hold and
      // close the payment, so replays of this key do not wait for it forever. If the acquirer had
      // already captured, the cancel fails and the operator reconciles from the acquirer's report.
      await acquirer.cancel(providerRef).catch(() => undefined);
      await this.finish(payment.id, 'FAILED', 'INTERNAL_ERROR').catch(() => undefined);
      throw error;
    }

    if (captured !== null && 'row' in captured) return captured.row;
    // Not captured: release the hold on the payer's money.
    await acquirer.cancel(providerRef).catch(() => undefined);
    if (captured === null) return this.finish(payment.id, 'CANCELLED', 'INVOICE_NOT_PAYABLE');
    return this.finish(payment.id, 'FAILED', captured.failed);
  }

  /** Capture at the acquirer and record it (invoice PAID, payment CAPTURED, outbox event) atomically. */
  private captureInTransaction(authorized: PaymentRow, providerRef: string, requestId: string | null): Promise<CaptureOutcome> {
    const { prisma, acquirer, now } = this.deps;
    return prisma.$transaction(async (tx): Promise<CaptureOutcome> => {
      // The invoice row lock serialises payments of one invoice made with DIFFERENT keys:
      // only the first to get here captures; the others release their authorization.
      const locked = await tx.$queryRawUnsafe<{ status: string }[]>(
        `SELECT status::text AS status FROM "${this.deps.sql.name}"."invoice" WHERE id = $1::uuid FOR UPDATE`,
        authorized.invoiceId,
      );
      if (locked[0]?.status !== 'UNPAID') return null;
      const capture = await acquirer.capture(providerRef, authorized.amountKopecks).catch(() => ({ ok: false as const, code: 'PROVIDER_ERROR' as const }));
      if (!capture.ok) return { failed: capture.code };
      const at = now();
      const invoice = await tx.invoice.update({ where: { id: authorized.invoiceId }, data: { status: 'PAID', paidAt: at } });
      const receiptNumber = `${at.getUTCFullYear()}-${authorized.seq.toString().padStart(8, '0')}`;
      const row = await tx.payment.update({
        where: { id: authorized.id },
        data: { status: 'CAPTURED', capturedAt: at, finishedAt: at, receiptNumber },
      });
      // The event commits with the capture or not at all.
      await this.deps.outbox.append(tx, paymentCaptured, {
        subject: { type: PAYMENT_SUBJECT, id: row.id },
        audience: { userIds: [row.payerId] },
        payload: {
          paymentId: row.id,
          invoiceId: invoice.id,
          source: invoice.source,
          sourceIds: invoice.sourceIds,
          payerId: row.payerId,
          amountKopecks: row.amountKopecks,
          capturedAt: at.toISOString(),
          actorId: row.payerId,
          requestId,
          sandbox: invoice.sandbox,
        },
        at,
      });
      return { row };
    });
  }

  private finish(id: string, status: 'FAILED' | 'CANCELLED', failureCode: string): Promise<PaymentRow> {
    return this.deps.prisma.payment.update({ where: { id }, data: { status, failureCode, finishedAt: this.deps.now() } });
  }
}

/**
 * What makes two payInvoice calls "the same request". Card data is not hashed in (a hash of a
 * card number is still card data): only the last 4 digits and the brand, which are stored anyway.
 */
function hashRequest(input: PayInvoiceInput, card: CheckedCard | null): string {
  return createHash('sha256')
    .update(JSON.stringify([input.invoiceId, input.method, card?.last4 ?? null, card?.brand ?? null]))
    .digest('hex');
}
