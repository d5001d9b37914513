import { SubgraphClient, type SubgraphCall } from '@eco/kit';

/**
 * What identity asks of applications: for each person, the ids of the applications they filed in
 * the department of the employee whose token is forwarded — applications decides who that is
 * and answers only an employee, so identity takes nothing on the caller's word. Tests use an
 * in-memory implementation.
 */
export interface ApplicationsClient {
  /** In the order of `userIds`; [] for a person with no application there (or a caller who is not an employee). */
  departmentApplicationIds(userIds: readonly string[], call: SubgraphCall): Promise<string[][]>;
}

type UserApplications = { departmentApplications: { id: string }[] | null };

/** applications' `User.departmentApplications`, through its `_entities` with the caller's token. */
export class HttpApplicationsClient implements ApplicationsClient {
  private readonly applications: SubgraphClient;

  constructor(options: { url: string; timeoutMs?: number }) {
    this.applications = new SubgraphClient({ subgraph: 'applications', ...options });
  }

  async departmentApplicationIds(userIds: readonly string[], call: SubgraphCall): Promise<string[][]> {
    const users = await this.applications.entities<UserApplications>('User', userIds.map((id) => ({ id })), 'departmentApplications { id }', call);
    return users.map((user) => user?.departmentApplications?.map((application) => application.id) ?? []);
  }
}

/** For a graph without applications (and tests that do not need it): nobody is anybody's applicant. */
export const NO_APPLICATIONS: ApplicationsClient = {
  departmentApplicationIds: async (userIds) => userIds.map(() => []),
};
