import { Outbox, SqlSchema, type DocumentChecker } from '@eco/kit';
import type { ChildrenClient } from './children/children-client';
import { EDUCATION_SOURCE } from './events/status-events';
import type { PrismaClient } from './generated/prisma/client';
import { KindergartensService } from './kindergartens/kindergartens.service';
import { KindergartenApplicationsService } from './queue/kindergarten-applications.service';
import { SchoolEnrollmentsService } from './schools/school-enrollments.service';
import { SchoolsService } from './schools/schools.service';

export interface EducationServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to (raw SQL and the outbox lock name it). */
  dbSchema: string;
  /** identity, asked with the caller's token whether a child is theirs. */
  children: ChildrenClient;
  /** The documents subgraph (the kit's DocumentsClient), asked with the caller's token. */
  documents: DocumentChecker;
  /** The clock every rule reads (campaign windows, offer deadlines); tests set it. */
  now?: () => Date;
  /** Days a parent has to answer an offer. */
  offerDays?: number;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createEducationServices(prisma: PrismaClient, options: EducationServiceOptions) {
  const now = options.now ?? (() => new Date());
  const sql = new SqlSchema(options.dbSchema);
  const outbox = new Outbox(prisma, EDUCATION_SOURCE, sql);
  return {
    now,
    kindergartens: new KindergartensService(prisma, sql, now),
    kindergartenApplications: new KindergartenApplicationsService({
      prisma,
      sql,
      outbox,
      children: options.children,
      documents: options.documents,
      now,
      offerDays: options.offerDays ?? 10,
    }),
    schools: new SchoolsService(prisma),
    schoolEnrollments: new SchoolEnrollmentsService({ prisma, sql, outbox, children: options.children, now }),
    outbox,
  };
}

export type EducationServices = ReturnType<typeof createEducationServices>;
