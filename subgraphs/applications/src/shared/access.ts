import { hasRole, Role, type Viewer } from '@eco/kit';

/**
 * Whose application it is, as pure checks: the permission rules use them for reading (FORBIDDEN),
 * the workflow service for acting (another's application is APPLICATION_NOT_FOUND).
 */
export function isApplicant(viewer: Viewer, application: { applicantId: string }): boolean {
  return viewer.userId !== null && viewer.userId === application.applicantId;
}

/** An employee whose token binds them to the application's department. */
export function isEmployeeOfDepartment(viewer: Viewer, application: { departmentId: string }): boolean {
  return viewer.userId !== null && hasRole(viewer, Role.EMPLOYEE) && viewer.departmentId !== null && viewer.departmentId === application.departmentId;
}

export function isApplicantOrDepartmentEmployee(viewer: Viewer, application: { applicantId: string; departmentId: string }): boolean {
  return isApplicant(viewer, application) || isEmployeeOfDepartment(viewer, application);
}
