import { FeedOffsetStore, SqlSchema, type Logger } from '@eco/kit';
import { AuditEventHandler } from './events/audit-event-handler';
import type { PrismaClient } from './generated/prisma/client';
import { JournalService } from './journal/journal.service';
import { ChainVerifierService } from './verification/chain-verifier.service';

export interface AuditServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to (raw SQL names it itself). */
  dbSchema: string;
  /** The clock of recordedAt; tests set it. */
  now?: () => Date;
  logger?: Logger;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createAuditServices(prisma: PrismaClient, options: AuditServiceOptions) {
  const now = options.now ?? (() => new Date());
  const journal = new JournalService(prisma, new SqlSchema(options.dbSchema), now);
  return {
    now,
    journal,
    verifier: new ChainVerifierService(prisma),
    events: new AuditEventHandler(journal, options.logger),
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
  };
}

export type AuditServices = ReturnType<typeof createAuditServices>;
