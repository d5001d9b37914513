import { FeedOffsetStore, SqlSchema } from '@eco/kit';
import type { PrismaClient } from './generated/prisma/client';
import { JournalService } from './journal/journal.service';
import { ChainVerifierService } from './verification/chain-verifier.service';

export interface AuditServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to (raw SQL names it itself). */
  dbSchema: string;
  /** The clock of recordedAt; tests set it. */
  now?: () => Date;
}

/** What resolvers reach as `ctx.services`, and what the subscriptions journal with; only these touch the database. */
export function createAuditServices(prisma: PrismaClient, options: AuditServiceOptions) {
  const now = options.now ?? (() => new Date());
  return {
    now,
    journal: new JournalService(prisma, new SqlSchema(options.dbSchema), now),
    verifier: new ChainVerifierService(prisma),
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
  };
}

export type AuditServices = ReturnType<typeof createAuditServices>;
