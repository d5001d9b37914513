import { allow, forbidden, hasRole, isAuthenticated, isCitizen, notFound, openUnlessApiClientWithout, Role, rule, unauthenticated, type IRule, type IRules } from '@eco/kit';
import { applicationLoader } from './applications/application.loader';
import type { ApplicationsContext } from './context';
import { statusEventLoader } from './events/status-event.resolver';
import { isApplicant, isApplicantOrDepartmentEmployee, isEmployeeOfDepartment } from './shared/access';

/**
 * Who may do what with applications. Fallback is deny (kit): a field without a rule is closed.
 *
 * Refusals are consistent: an application (or status event) that exists but is not the
 * viewer's gives FORBIDDEN; NOT_FOUND only means there is no such id at all. Application ids
 * are random UUIDs, so FORBIDDEN tells an outsider nothing they could enumerate.
 *
 * Every rule is `no_cache` (shield's contextual cache would answer for the first list item
 * for all of them); the application lookups go through the request's DataLoader instead.
 */

type ApplicationLike = { applicantId: string; departmentId: string };
const signedIn = (ctx: ApplicationsContext) => ctx.viewer.userId !== null;

/** The application is the viewer's own (parent-level: Application fields, `_entities` too). */
const isApplicantOrDepartmentEmployeeRule = rule('isApplicantOrDepartmentEmployee', { cache: 'no_cache' })(
  (application: ApplicationLike, _args, ctx: ApplicationsContext) => {
    if (!signedIn(ctx)) return unauthenticated();
    return isApplicantOrDepartmentEmployee(ctx.viewer, application)
      ? true
      : forbidden("Only the applicant or an employee of the application's department can see it");
  },
);

/** An employee bound to a department (the queue is always their own department's). */
const isDepartmentEmployee = rule('isDepartmentEmployee', { cache: 'no_cache' })((_parent, _args, ctx: ApplicationsContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return hasRole(ctx.viewer, Role.EMPLOYEE) && ctx.viewer.departmentId ? true : forbidden('Only a department employee can do this');
});

/** Loads the application a mutation's `input.applicationId` names and applies `check` to it. */
function applicationInputRule(name: string, check: (ctx: ApplicationsContext, application: ApplicationLike) => boolean, message: string): IRule {
  return rule(name, { cache: 'no_cache' })(async (_parent, args: { input?: { applicationId?: string } }, ctx: ApplicationsContext) => {
    if (!signedIn(ctx)) return unauthenticated();
    const id = args.input?.applicationId ?? '';
    const application = await applicationLoader(ctx).load(id);
    if (!application) return notFound('Application', id);
    return check(ctx, application) ? true : forbidden(message);
  });
}

/** Employees act only on their own department's applications. */
const isEmployeeOfApplicationDepartment = applicationInputRule(
  'isEmployeeOfDepartment',
  (ctx, application) => isEmployeeOfDepartment(ctx.viewer, application),
  "Only an employee of the application's department can do this",
);

/** Withdrawing and answering are the applicant's alone. */
const isApplicantOfApplication = applicationInputRule(
  'isApplicant',
  (ctx, application) => isApplicant(ctx.viewer, application),
  'Only the applicant can do this',
);

/** The status event's application is the viewer's own, or their department's. */
const canSeeStatusEvent = rule('canSeeStatusEvent', { cache: 'no_cache' })(async (_parent, args: { eventId: string }, ctx: ApplicationsContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  const event = await statusEventLoader(ctx).load(args.eventId);
  if (!event) return notFound('ApplicationStatusEvent', args.eventId);
  return isApplicantOrDepartmentEmployee(ctx.viewer, event.payload) ? true : forbidden('This event is about someone else’s application');
});

/** "Мои заявления" of a user reference: only the user themself. */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: ApplicationsContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return ctx.viewer.userId === user.id ? true : forbidden("Only the user themself can list their applications");
});

const isOwnerOfSavedFilter = rule('isOwnerOfSavedFilter', { cache: 'no_cache' })((filter: { ownerId: string }, _args, ctx: ApplicationsContext) =>
  ctx.viewer.userId !== null && ctx.viewer.userId === filter.ownerId ? true : forbidden(),
);

/** Statistics and open data are aggregates without personal data: public. */
const isPublicStatistics = allow;
/** ...except that a third-party API client needs the `stats:read` scope. */
const isPublicStatisticsQuery = openUnlessApiClientWithout('stats:read');

export const permissions: IRules = {
  Query: {
    application: isAuthenticated,
    applicationDraft: isCitizen,
    departmentQueue: isDepartmentEmployee,
    mySavedFilters: isDepartmentEmployee,
    departmentStats: isPublicStatisticsQuery,
    applicationStatusChangedEvent: canSeeStatusEvent,
  },
  Mutation: {
    submitApplication: isCitizen,
    registerApplication: isEmployeeOfApplicationDepartment,
    startProcessing: isEmployeeOfApplicationDepartment,
    requestInformation: isEmployeeOfApplicationDepartment,
    completeApplication: isEmployeeOfApplicationDepartment,
    rejectApplication: isEmployeeOfApplicationDepartment,
    assignApplication: isEmployeeOfApplicationDepartment,
    setApplicationPriority: isEmployeeOfApplicationDepartment,
    withdrawApplication: isApplicantOfApplication,
    provideInformation: isApplicantOfApplication,
    saveQueueFilter: isDepartmentEmployee,
    deleteSavedFilter: isDepartmentEmployee,
  },
  // Declared for the gateway, which serves it; the status events it delivers pass canSeeStatusEvent.
  Subscription: { applicationStatusChanged: isAuthenticated },
  // Every field, also when the application comes through `_entities`.
  Application: { '*': isApplicantOrDepartmentEmployeeRule },
  // Reachable only through guarded fields above.
  ApplicationResult: allow,
  StatusChange: allow,
  ApplicationConnection: allow,
  ApplicationEdge: allow,
  ApplicationStatusEvent: allow,
  User: { id: allow, applications: isSelf },
  Service: { id: isPublicStatistics, stats: isPublicStatisticsQuery },
  ApplicationStats: isPublicStatistics,
  Department: allow,
  SavedFilter: isOwnerOfSavedFilter,
  QueueFilterValues: allow,
  SubmitApplicationPayload: allow,
  RegisterApplicationPayload: allow,
  StartProcessingPayload: allow,
  RequestInformationPayload: allow,
  ProvideInformationPayload: allow,
  CompleteApplicationPayload: allow,
  RejectApplicationPayload: allow,
  WithdrawApplicationPayload: allow,
  AssignApplicationPayload: allow,
  SetApplicationPriorityPayload: allow,
  SaveQueueFilterPayload: allow,
  DeleteSavedFilterPayload: allow,
};
