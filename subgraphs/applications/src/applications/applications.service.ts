import { badUserInput, keysetOrder, type PageWindow } from '@eco/kit';
import type { Application as ApplicationRow, Prisma, PrismaClient, StatusChange as StatusChangeRow } from '../generated/prisma/client';
import type { ApplicationStatus } from '../shared/enums';
import { isUuid } from '../shared/ids';

export type { ApplicationRow, StatusChangeRow };

export interface ApplicantFilter {
  status?: ApplicationStatus[] | null;
  /** Part of the number ("2026-0001") or of the service title, in either language. */
  search?: string | null;
}

export interface ApplicationPage {
  nodes: ApplicationRow[];
  totalCount: number;
}

export const MAX_SEARCH_LENGTH = 200;
/** What `filedInDepartment` gives per person: enough to name them in the audit journal, bounded. */
export const MAX_APPLICATIONS_PER_APPLICANT = 50;
/** "Мои заявления", newest first. */
export const APPLICANT_ORDER = keysetOrder<ApplicationRow>('user-applications', [['submittedAt', 'desc'], ['id', 'asc']]);

/** Reading applications and their history. Knows nothing of GraphQL or of who is asking. */
export class ApplicationsService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Batch lookup for DataLoaders: rows in the order of `ids`, null for unknown ones. */
  async byIds(ids: readonly string[]): Promise<(ApplicationRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.application.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Status history of each application, oldest first, in the order of `applicationIds`. */
  async historyOf(applicationIds: readonly string[]): Promise<StatusChangeRow[][]> {
    const valid = applicationIds.filter(isUuid);
    const rows = valid.length
      ? await this.prisma.statusChange.findMany({ where: { applicationId: { in: valid } }, orderBy: [{ applicationId: 'asc' }, { seq: 'asc' }] })
      : [];
    const byApplication = new Map<string, StatusChangeRow[]>();
    for (const row of rows) {
      const list = byApplication.get(row.applicationId) ?? [];
      list.push(row);
      byApplication.set(row.applicationId, list);
    }
    return applicationIds.map((id) => byApplication.get(id) ?? []);
  }

  /** Each person's applications in one department, newest first and at most MAX_APPLICATIONS_PER_APPLICANT, in the order of `applicantIds`. */
  async filedInDepartment(departmentId: string, applicantIds: readonly string[]): Promise<ApplicationRow[][]> {
    const valid = applicantIds.filter(isUuid);
    const rows = valid.length
      ? await this.prisma.application.findMany({ where: { departmentId, applicantId: { in: valid } }, orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }] })
      : [];
    const byApplicant = new Map<string, ApplicationRow[]>();
    for (const row of rows) {
      const list = byApplicant.get(row.applicantId) ?? [];
      if (list.length < MAX_APPLICATIONS_PER_APPLICANT) list.push(row);
      byApplicant.set(row.applicantId, list);
    }
    return applicantIds.map((id) => byApplicant.get(id) ?? []);
  }

  /** "Мои заявления": one applicant's applications, newest first (window over APPLICANT_ORDER). */
  async listForApplicant(applicantId: string, filter: ApplicantFilter, window: PageWindow): Promise<ApplicationPage> {
    const where: Prisma.ApplicationWhereInput = { applicantId };
    if (filter.status?.length) where.status = { in: filter.status };
    const search = filter.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) throw badUserInput(`search is limited to ${MAX_SEARCH_LENGTH} characters`, 'filter.search');
      where.OR = [
        { number: { contains: search, mode: 'insensitive' } },
        { serviceTitleRu: { contains: search, mode: 'insensitive' } },
        { serviceTitleEn: { contains: search, mode: 'insensitive' } },
      ];
    }
    const [nodes, totalCount] = await Promise.all([
      this.prisma.application.findMany({
        where: { AND: [where, window.order.after(window.after)] },
        orderBy: window.order.orderBy,
        take: window.take,
      }),
      this.prisma.application.count({ where }),
    ]);
    return { nodes, totalCount };
  }
}
