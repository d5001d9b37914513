import { allow, forbidden, hasRole, isAuthenticated, isCitizen, kindergartenApplicationStatusChanged, liveEventOf, openUnlessApiClientWithout, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import type { EducationContext } from './context';
import { MINPROS_DEPARTMENT } from './events/status-events';
import { kindergartenApplicationLoader, schoolEnrollmentLoader } from './loaders';

/**
 * Who may do what. Fallback is deny (kit): a field without a rule is closed. Kindergartens and
 * schools are public; an application is its parent's and MINPROS's only — also through
 * `_entities`. Every rule is `no_cache` (shield's contextual cache would answer for the first
 * list item for all of them).
 */

const signedIn = (ctx: EducationContext) => ctx.viewer.userId !== null;
const isMinpros = (ctx: EducationContext) => hasRole(ctx.viewer, Role.EMPLOYEE) && ctx.viewer.departmentId === MINPROS_DEPARTMENT;

/** Parent-level: the application (kindergarten or school) was filed by the viewer, or the viewer is MINPROS. */
const isParentOrMinpros = rule('isParentOrMinpros', { cache: 'no_cache' })((record: { parentId: string }, _args, ctx: EducationContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return record.parentId === ctx.viewer.userId || isMinpros(ctx) ? true : forbidden('Only the parent who filed it or a MINPROS employee can see this');
});

const isMinprosEmployee = rule('isMinprosEmployee', { cache: 'no_cache' })((_parent, _args, ctx: EducationContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return isMinpros(ctx) ? true : forbidden('Only a MINPROS (education) employee can do this');
});

/** `User.kindergartenApplications` / `User.schoolEnrollments`: only the user themself. */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: EducationContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return ctx.viewer.userId === user.id ? true : forbidden("Only the user themself can list their children's applications");
});

/** By-id queries: an existing record that is not the viewer's is FORBIDDEN; no such id is null (README, API conventions). */
const canSeeKindergartenApplicationById = rule('canSeeKindergartenApplicationById', { cache: 'no_cache' })(
  async (_parent, args: { id: string }, ctx: EducationContext) => {
    if (!signedIn(ctx)) return unauthenticated();
    const application = await kindergartenApplicationLoader(ctx).load(args.id);
    if (!application) return true;
    return application.parentId === ctx.viewer.userId || isMinpros(ctx) ? true : forbidden('Only the parent who filed it or a MINPROS employee can see this');
  },
);

const canSeeSchoolEnrollmentById = rule('canSeeSchoolEnrollmentById', { cache: 'no_cache' })(async (_parent, args: { id: string }, ctx: EducationContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  const enrollment = await schoolEnrollmentLoader(ctx).load(args.id);
  if (!enrollment) return true;
  return enrollment.parentId === ctx.viewer.userId || isMinpros(ctx) ? true : forbidden('Only the parent who filed it or a MINPROS employee can see this');
});

const canSeeStatusEvent = rule('canSeeKindergartenStatusEvent', { cache: 'no_cache' })((_parent, args: { event: string }, ctx: EducationContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  const live = liveEventOf(kindergartenApplicationStatusChanged, ctx, args.event);
  if (!live) return true;
  return live.payload.parentId === ctx.viewer.userId || isMinpros(ctx) ? true : forbidden('Not your application');
});

/** Kindergartens and schools: anyone; a third-party API client only with the `catalog:read` scope. */
const isPublicCatalog = openUnlessApiClientWithout('catalog:read');

export const permissions: IRules = {
  Query: {
    kindergartens: isPublicCatalog,
    kindergarten: isPublicCatalog,
    schools: isPublicCatalog,
    school: isPublicCatalog,
    kindergartenApplication: canSeeKindergartenApplicationById,
    schoolEnrollment: canSeeSchoolEnrollmentById,
    kindergartenGroupQueue: isMinprosEmployee,
    schoolEnrollmentQueue: isMinprosEmployee,
    kindergartenApplicationStatusChangedEvent: canSeeStatusEvent,
  },
  Mutation: {
    // The services bind applications to the signed-in parent; identity confirms the child is theirs.
    applyForKindergarten: isCitizen,
    cancelKindergartenApplication: isCitizen,
    acceptKindergartenOffer: isCitizen,
    declineKindergartenOffer: isCitizen,
    applyForSchoolEnrollment: isCitizen,
    offerKindergartenPlace: isMinprosEmployee,
    decideSchoolEnrollment: isMinprosEmployee,
  },
  // Declared for the gateway, which serves it; the events it delivers pass canSeeStatusEvent.
  Subscription: { kindergartenApplicationStatusChanged: isAuthenticated },
  Kindergarten: allow,
  KindergartenGroup: allow,
  School: allow,
  KindergartenApplication: { '*': isParentOrMinpros },
  SchoolEnrollment: { '*': isParentOrMinpros },
  User: { id: allow, kindergartenApplications: isSelf, schoolEnrollments: isSelf },
  // The key only; identity decides who sees the child's fields.
  Child: allow,
  // The key only (KindergartenApplication.benefitDocuments); the documents subgraph decides who reads a document.
  Document: allow,
  // Reachable only through the guarded fields above.
  KindergartenPreference: allow,
  KindergartenQueuePosition: allow,
  KindergartenApplicationStatusEvent: allow,
  KindergartenConnection: allow,
  KindergartenEdge: allow,
  SchoolConnection: allow,
  SchoolEdge: allow,
  KindergartenApplicationConnection: allow,
  KindergartenApplicationEdge: allow,
  SchoolEnrollmentConnection: allow,
  SchoolEnrollmentEdge: allow,
  KindergartenApplicationPayload: allow,
  SchoolEnrollmentPayload: allow,
};
