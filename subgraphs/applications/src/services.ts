import { FeedOffsetStore, Outbox, SqlSchema, type DocumentChecker } from '@eco/kit';
import { ApplicationsService } from './applications/applications.service';
import { SubmissionService } from './applications/submission.service';
import type { CatalogClient } from './clients/catalog-client';
import type { IdentityClient } from './clients/identity-client';
import { APPLICATIONS_SOURCE } from './events/status-changed-event';
import { FormValidator } from './forms/form-validator';
import type { PrismaClient } from './generated/prisma/client';
import { QueueService } from './queue/queue.service';
import { SavedFiltersService } from './saved-filters/saved-filters.service';
import { StateFeePaidHandler } from './events/payment-captured.handler';
import { StatsService } from './stats/stats.service';
import { WorkflowService } from './workflow/workflow.service';

export interface ApplicationsServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to: raw SQL must name it itself. */
  dbSchema: string;
  catalog: CatalogClient;
  identity: IdentityClient;
  /** The documents subgraph (the kit's DocumentsClient): checks the documents forms name. */
  documents: DocumentChecker;
  /** The clock every rule reads (deadlines, buckets, timestamps); tests set it. */
  now?: () => Date;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createApplicationsServices(prisma: PrismaClient, options: ApplicationsServiceOptions) {
  const now = options.now ?? (() => new Date());
  const sql = new SqlSchema(options.dbSchema);
  const validator = new FormValidator();
  const { catalog, identity, documents } = options;
  const outbox = new Outbox(prisma, APPLICATIONS_SOURCE, sql);
  return {
    now,
    catalog,
    applications: new ApplicationsService(prisma),
    submissions: new SubmissionService({ prisma, sql, outbox, catalog, identity, documents, validator, now }),
    workflow: new WorkflowService({ prisma, outbox, catalog, identity, documents, validator, now }),
    queue: new QueueService(prisma, now),
    savedFilters: new SavedFiltersService(prisma),
    stats: new StatsService(prisma, sql, now),
    outbox,
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    stateFeePayments: new StateFeePaidHandler(prisma),
  };
}

export type ApplicationsServices = ReturnType<typeof createApplicationsServices>;
