// The payments subgraph's events (see applications.ts for the shape of a declaration).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id, Instant, Kopecks, Nullable } from './payload-types';

const PRODUCER = 'payments';

/** A sandbox (test) citizen's payment or refund: TEST API keys' webhooks only. */
const Sandbox = Type.Boolean();

/** What an invoice pays for: its source items are applications (state fees), fines or taxes. */
export const INVOICE_SOURCES = ['STATE_FEE', 'FINE', 'TAX'] as const;
const InvoiceSource = Type.Union(INVOICE_SOURCES.map((source) => Type.Literal(source)));

/**
 * A payment was captured and its invoice is PAID. taxes-fines marks the fines or taxes paid,
 * applications the state fee; the payer is notified, webhooks and the audit journal record it.
 * Ids and amounts only: never card data.
 */
export const paymentCaptured = defineEvent({
  name: 'payment.captured',
  producer: PRODUCER,
  description: 'A payment was captured and its invoice paid.',
  payload: Type.Object({
    paymentId: Id,
    invoiceId: Id,
    /** What the invoice paid for, and the ids of those items in their subgraph. */
    source: InvoiceSource,
    sourceIds: Type.Array(Id, { minItems: 1 }),
    payerId: Id,
    amountKopecks: Kopecks,
    capturedAt: Instant,
    sandbox: Sandbox,
    /** Who paid (the payer) and the x-request-id of the payInvoice request: for the audit journal. */
    actorId: Nullable(Id),
    requestId: Nullable(Type.String()),
  }),
});

/**
 * An administrator refunded (part of) a captured payment. Told to the payer; the audit journal
 * records who refunded, in which request. Ids and amounts only.
 */
export const paymentRefunded = defineEvent({
  name: 'payment.refunded',
  producer: PRODUCER,
  description: 'A captured payment was refunded in full or in part.',
  payload: Type.Object({
    refundId: Id,
    paymentId: Id,
    invoiceId: Id,
    /** This refund's amount (not the payment's running total). */
    amountKopecks: Kopecks,
    /** The administrator who made the refund. */
    actorId: Nullable(Id),
    requestId: Nullable(Type.String()),
    at: Instant,
    sandbox: Sandbox,
  }),
});
