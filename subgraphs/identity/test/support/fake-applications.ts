import type { SubgraphCall } from '@eco/kit';
import type { ApplicationsClient } from '../../src/clients/applications-client';

/**
 * applications as identity meets it: per forwarded token (an employee's), the applications each
 * person filed in that employee's department. It records what it was asked.
 */
export class FakeApplications implements ApplicationsClient {
  private readonly filed = new Map<string, Map<string, string[]>>();
  readonly calls: { userIds: string[]; token: string | null }[] = [];
  down = false;

  /** `userId` filed `applicationId` in the department of the employee holding `employeeToken`. */
  file(employeeToken: string, userId: string, applicationId: string): void {
    const byUser = this.filed.get(employeeToken) ?? new Map<string, string[]>();
    byUser.set(userId, [...(byUser.get(userId) ?? []), applicationId]);
    this.filed.set(employeeToken, byUser);
  }

  async departmentApplicationIds(userIds: readonly string[], call: SubgraphCall): Promise<string[][]> {
    this.calls.push({ userIds: [...userIds], token: call.token ?? null });
    if (this.down) throw new Error('applications: unreachable');
    return userIds.map((id) => this.filed.get(call.token ?? '')?.get(id) ?? []);
  }
}
