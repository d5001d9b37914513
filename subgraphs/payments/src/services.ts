import { FeedOffsetStore, Outbox, SqlSchema } from '@eco/kit';
import type { Acquirer } from './acquiring/acquirer';
import type { ServiceFeeClient } from './clients/catalog-client';
import { PAYMENTS_SOURCE } from './events/payment-captured-event';
import { StateFeeHandler } from './events/application-status-changed.handler';
import type { PrismaClient } from './generated/prisma/client';
import { InvoicesService } from './invoices/invoices.service';
import { PaymentsService } from './payments/payments.service';
import { RefundsService } from './refunds/refunds.service';
import type { SourceItemsClient } from './sources/source-items-client';

export interface PaymentsServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to: raw SQL must name it itself. */
  dbSchema: string;
  acquirer: Acquirer;
  sourceItems: SourceItemsClient;
  catalog: ServiceFeeClient;
  /** The clock of every rule (due dates, card expiry, timestamps); tests set it. */
  now?: () => Date;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createPaymentsServices(prisma: PrismaClient, options: PaymentsServiceOptions) {
  const now = options.now ?? (() => new Date());
  const sql = new SqlSchema(options.dbSchema);
  const outbox = new Outbox(prisma, PAYMENTS_SOURCE, sql);
  const invoices = new InvoicesService(prisma, options.sourceItems, now);
  return {
    now,
    invoices,
    payments: new PaymentsService({ prisma, sql, outbox, acquirer: options.acquirer, now }),
    refunds: new RefundsService(prisma, sql, outbox, options.acquirer, now),
    outbox,
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    stateFees: new StateFeeHandler(invoices, options.catalog),
  };
}

export type PaymentsServices = ReturnType<typeof createPaymentsServices>;
