import { securityApplicantContactRead, type Viewer } from '@eco/kit';
import type { ApplicationsClient } from '../clients/applications-client';
import type { RequestMeta } from '../security/request-meta';
import type { SecurityEvents } from '../security/security-events';

/** One person an employee was shown, and the applications in the employee's department that allowed it. */
export interface ApplicantRead {
  userId: string;
  applicationIds: string[];
}

/**
 * An employee sees the name and contact of the people who applied to their department, and each
 * such look is journalled. Knows nothing of GraphQL; the permission rules decide who asks.
 */
export class ApplicantAccessService {
  constructor(
    private readonly applications: ApplicationsClient,
    private readonly events: SecurityEvents,
  ) {}

  /** Per person, their applications in the employee's department, as applications answers the employee's own token. */
  applicationsServed(userIds: readonly string[], employee: Viewer, requestId?: string | null): Promise<string[][]> {
    return this.applications.departmentApplicationIds(userIds, { token: employee.token, requestId });
  }

  /**
   * The employee was shown these applicants' names or contact: one journal entry per person (the
   * audience, so it shows in their "who saw my data"), naming the applications that allowed it.
   */
  async recordContactRead(employee: Viewer, reads: readonly ApplicantRead[], meta: RequestMeta): Promise<void> {
    await this.events.record(
      securityApplicantContactRead,
      ...reads.map((read) => ({
        userId: read.userId,
        actorId: employee.userId,
        actorType: 'EMPLOYEE' as const,
        subject: { type: 'User' as const, id: read.userId },
        details: { departmentId: employee.departmentId, applicationIds: read.applicationIds },
        meta,
      })),
    );
  }
}
