import { type SqlSchema } from '@eco/kit';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';

/** Counts and averages over applications: nothing in them identifies a person. */
export interface ApplicationStats {
  submitted: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  /** Open now: submitted, registered, in progress or waiting for the applicant. */
  open: number;
  /** Mean hours from submission to the decision (completed or rejected); null before any decision. */
  averageProcessingHours: number | null;
  /** Share (0..1) of applications that missed their deadline, among those where that is known. */
  shareOverdue: number;
}

export interface ServiceStatsRow extends ApplicationStats {
  serviceId: string;
  serviceCode: string;
  serviceTitleRu: string;
  serviceTitleEn: string;
  departmentId: string;
}

interface AggregateRow {
  key: string;
  submitted: bigint;
  completed: bigint;
  rejected: bigint;
  withdrawn: bigint;
  open: bigint;
  averageHours: number | null;
  overdue: bigint;
  judged: bigint;
}

export const EMPTY_STATS: ApplicationStats = Object.freeze({
  submitted: 0,
  completed: 0,
  rejected: 0,
  withdrawn: 0,
  open: 0,
  averageProcessingHours: null,
  shareOverdue: 0,
});

/**
 * "Late" is judged where the outcome is known: a decided application (completed or rejected)
 * is late if decided after its deadline; an open one once its deadline has passed. Withdrawn
 * ones and open ones still within their term are not counted either way.
 */
function aggregates(now: Date): Prisma.Sql {
  const decided = Prisma.sql`a.status IN ('COMPLETED', 'REJECTED')`;
  const open = Prisma.sql`a.status IN ('SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED')`;
  return Prisma.sql`
    count(*) AS submitted,
    count(*) FILTER (WHERE a.status = 'COMPLETED') AS completed,
    count(*) FILTER (WHERE a.status = 'REJECTED') AS rejected,
    count(*) FILTER (WHERE a.status = 'WITHDRAWN') AS withdrawn,
    count(*) FILTER (WHERE ${open}) AS open,
    (avg(extract(epoch FROM a.completed_at - a.submitted_at)) FILTER (WHERE ${decided}) / 3600)::float8 AS "averageHours",
    count(*) FILTER (WHERE (${decided} AND a.completed_at > a.deadline) OR (${open} AND a.deadline < ${now})) AS overdue,
    count(*) FILTER (WHERE ${decided} OR (${open} AND a.deadline < ${now})) AS judged`;
}

function toStats(row: AggregateRow | undefined): ApplicationStats {
  if (!row) return { ...EMPTY_STATS };
  const judged = Number(row.judged);
  return {
    submitted: Number(row.submitted),
    completed: Number(row.completed),
    rejected: Number(row.rejected),
    withdrawn: Number(row.withdrawn),
    open: Number(row.open),
    averageProcessingHours: row.averageHours === null ? null : Math.round(row.averageHours * 100) / 100,
    shareOverdue: judged === 0 ? 0 : Math.round((Number(row.overdue) / judged) * 10_000) / 10_000,
  };
}

/** Statistics per service and per department, and the open-data table. */
export class StatsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly schema: SqlSchema,
    private readonly now: () => Date,
  ) {}

  /** Batch for DataLoaders: one statement for a whole list of services. */
  async forServices(serviceIds: readonly string[]): Promise<ApplicationStats[]> {
    const valid = serviceIds.filter(isUuid);
    if (valid.length === 0) return serviceIds.map(() => ({ ...EMPTY_STATS }));
    const application = this.schema.qualified('application');
    const rows = await this.prisma.$queryRaw<AggregateRow[]>(Prisma.sql`
      SELECT a.service_id::text AS key, ${aggregates(this.now())}
      FROM ${application} a WHERE a.service_id = ANY(${valid}::uuid[]) GROUP BY a.service_id`);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return serviceIds.map((id) => toStats(byKey.get(id)));
  }

  async forDepartment(departmentId: string): Promise<ApplicationStats> {
    const application = this.schema.qualified('application');
    const [row] = await this.prisma.$queryRaw<AggregateRow[]>(Prisma.sql`
      SELECT a.department_id AS key, ${aggregates(this.now())}
      FROM ${application} a WHERE a.department_id = ${departmentId} GROUP BY a.department_id`);
    return toStats(row);
  }

  /** Every service that has applications, by service code: the open-data table. */
  async perService(): Promise<ServiceStatsRow[]> {
    const application = this.schema.qualified('application');
    const rows = await this.prisma.$queryRaw<(AggregateRow & Omit<ServiceStatsRow, keyof ApplicationStats | 'serviceId'>)[]>(Prisma.sql`
      SELECT a.service_id::text AS key, a.service_code AS "serviceCode",
        (array_agg(a.service_title_ru ORDER BY a.submitted_at DESC))[1] AS "serviceTitleRu",
        (array_agg(a.service_title_en ORDER BY a.submitted_at DESC))[1] AS "serviceTitleEn",
        (array_agg(a.department_id ORDER BY a.submitted_at DESC))[1] AS "departmentId",
        ${aggregates(this.now())}
      FROM ${application} a GROUP BY a.service_id, a.service_code ORDER BY a.service_code`);
    return rows.map((row) => ({
      serviceId: row.key,
      serviceCode: row.serviceCode,
      serviceTitleRu: row.serviceTitleRu,
      serviceTitleEn: row.serviceTitleEn,
      departmentId: row.departmentId,
      ...toStats(row),
    }));
  }
}
