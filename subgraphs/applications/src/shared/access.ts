import { hasRole, Role, type Viewer } from '@eco/kit';

/**
 * Who may see and act on an application, as pure checks shared by the permission rules and
 * the services (the rules decide first; the services check again, so no path skips them).
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
