import type { ApplicationsContext } from '../context';
import type { ApplicationRow, StatusChangeRow } from './applications.service';

/** The request's Application-by-id loader: queries, rules, field resolvers and `__resolveReference` share it. */
export function applicationLoader(ctx: ApplicationsContext) {
  return ctx.loaders.get<string, ApplicationRow>('Application.byId', (ids) => ctx.services.applications.byIds(ids));
}

/** Status history per application, batched over a whole page of applications. */
export function historyLoader(ctx: ApplicationsContext) {
  return ctx.loaders.get<string, StatusChangeRow[]>('Application.history', (ids) => ctx.services.applications.historyOf(ids));
}

/** Per person, their applications in the viewer's department; only for an employee (the rule of the field says so). */
export function departmentApplicationsLoader(ctx: ApplicationsContext) {
  return ctx.loaders.get<string, ApplicationRow[]>('User.departmentApplications', (applicantIds) =>
    ctx.services.applications.filedInDepartment(ctx.viewer.departmentId as string, applicantIds),
  );
}

/** After a mutation, later reads in the same request must see the new row. */
export function primeApplication(ctx: ApplicationsContext, row: ApplicationRow): ApplicationRow {
  applicationLoader(ctx).clear(row.id).prime(row.id, row);
  historyLoader(ctx).clear(row.id);
  return row;
}
