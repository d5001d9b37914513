import { FeedOffsetStore, SqlSchema, type DocumentChecker } from '@eco/kit';
import { AppealsService } from './appeals/appeals.service';
import { OutboxService } from './events/outbox.service';
import { PaymentCapturedHandler } from './events/payment-captured';
import { FinesService } from './fines/fines.service';
import type { PrismaClient } from './generated/prisma/client';
import { RemindersService } from './reminders/reminders.service';
import { TaxesService } from './taxes/taxes.service';

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
  const sql = new SqlSchema(options.dbSchema);
  return {
    now,
    fines: new FinesService(prisma, now),
    appeals: new AppealsService(prisma, sql, options.documents, now),
    taxes: new TaxesService(prisma, now),
    reminders: new RemindersService(prisma, sql, now),
    payments: new PaymentCapturedHandler(prisma),
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    outbox: new OutboxService(prisma),
  };
}

export type TaxesFinesServices = ReturnType<typeof createTaxesFinesServices>;
