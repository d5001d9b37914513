import { allow, applicationStatusChanged, forbidden, hasRole, isAuthenticated, isCitizen, liveEventOf, openUnlessApiClientWithout, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import type { ApplicationsContext } from './context';
import { isApplicantOrDepartmentEmployee } from './shared/access';

/**
 * Who may do what with applications. Fallback is deny (kit): a field without a rule is closed.
 *
 * Refusals follow the README's API conventions: reading an application (or status event) that
 * exists but is not the viewer's gives FORBIDDEN, one that does not exist is null. A mutation
 * naming an application is decided here by role only (employee actions: a department employee;
 * the applicant's actions: a citizen); whether that application is theirs is the workflow
 * service's APPLICATION_NOT_FOUND userError, the same as for a missing one.
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

/** The status event's application is the viewer's own, or their department's; no such event is null. */
const canSeeStatusEvent = rule('canSeeStatusEvent', { cache: 'no_cache' })((_parent, args: { event: string }, ctx: ApplicationsContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  const live = liveEventOf(applicationStatusChanged, ctx, args.event);
  if (!live) return true;
  return isApplicantOrDepartmentEmployee(ctx.viewer, live.payload) ? true : forbidden('This event is about someone else’s application');
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
    // Who may call; the workflow service answers another department's application APPLICATION_NOT_FOUND.
    registerApplication: isDepartmentEmployee,
    startProcessing: isDepartmentEmployee,
    requestInformation: isDepartmentEmployee,
    completeApplication: isDepartmentEmployee,
    rejectApplication: isDepartmentEmployee,
    assignApplication: isDepartmentEmployee,
    setApplicationPriority: isDepartmentEmployee,
    // ...and another person's application APPLICATION_NOT_FOUND.
    withdrawApplication: isCitizen,
    provideInformation: isCitizen,
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
  // An employee's view of a person: identity asks it, with the employee's token, before it shows
  // them the person's name and contact; the department is always the employee's own.
  User: { id: allow, applications: isSelf, departmentApplications: isDepartmentEmployee },
  Service: { id: isPublicStatistics, stats: isPublicStatisticsQuery },
  ApplicationStats: isPublicStatistics,
  Department: allow,
  // The key only (Application.attachments); the documents subgraph decides who reads a document.
  Document: allow,
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
