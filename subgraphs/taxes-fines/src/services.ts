import { FeedOffsetStore, Outbox, SqlSchema, type DocumentChecker } from '@eco/kit';
import { AppealsService } from './appeals/appeals.service';
import { PaymentCapturedHandler } from './events/payment-captured.handler';
import { FinesService } from './fines/fines.service';
import type { PrismaClient } from './generated/prisma/client';
import { RemindersService } from './reminders/reminders.service';
import { TaxesService } from './taxes/taxes.service';

/** This subgraph's name: the source of its outbox events (declared in @eco/kit's contracts/taxes-fines.ts). */
export const TAXES_FINES_SOURCE = 'taxes-fines';

export interface TaxesFinesServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to (the outbox lock is per schema). */
  dbSchema: string;
  /** The clock every rule reads (discount window, overdue, reminders); tests set it. */
  now?: () => Date;
  /** Checks the evidence documents an appeal names (the documents subgraph, with the caller's token). */
  documents: DocumentChecker;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createTaxesFinesServices(prisma: PrismaClient, options: TaxesFinesServiceOptions) {
  const now = options.now ?? (() => new Date());
  const outbox = new Outbox(prisma, TAXES_FINES_SOURCE, new SqlSchema(options.dbSchema));
  return {
    now,
    fines: new FinesService(prisma, now),
    appeals: new AppealsService(prisma, outbox, options.documents, now),
    taxes: new TaxesService(prisma, now),
    reminders: new RemindersService(prisma, outbox, now),
    payments: new PaymentCapturedHandler(prisma),
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    outbox,
  };
}

export type TaxesFinesServices = ReturnType<typeof createTaxesFinesServices>;
