import { allow, forbidden, hasRole, isAuthenticated, isCitizen, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import { GIBDD_DEPARTMENT } from './appeals/appeals.service';
import type { TaxesFinesContext } from './context';
import { appealLoader } from './loaders';

/**
 * Who may do what with fines, appeals and taxes. Fallback is deny (kit): a field without a rule
 * is closed. A fine or tax accrual is its owner's alone — also through `_entities`, which is how
 * payments reads them with the citizen's forwarded token, so nobody can put someone else's fine
 * on their invoice. Every rule is `no_cache` (shield's contextual cache would answer for the
 * first list item for all of them).
 */

const signedIn = (ctx: TaxesFinesContext) => ctx.viewer.userId !== null;
const isGibdd = (ctx: TaxesFinesContext) => hasRole(ctx.viewer, Role.EMPLOYEE) && ctx.viewer.departmentId === GIBDD_DEPARTMENT;

/** Parent-level: the fine or tax accrual belongs to the viewer. */
const isOwner = rule('isOwner', { cache: 'no_cache' })((record: { ownerId: string }, _args, ctx: TaxesFinesContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return record.ownerId === ctx.viewer.userId ? true : forbidden('Only its owner can see this');
});

/** The appellant, or GIBDD (which reviews appeals). */
const isAppellantOrGibdd = rule('isAppellantOrGibdd', { cache: 'no_cache' })((appeal: { appellantId: string }, _args, ctx: TaxesFinesContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return appeal.appellantId === ctx.viewer.userId || isGibdd(ctx) ? true : forbidden('Only the appellant or GIBDD can see this appeal');
});

/** An employee of GIBDD (the department that reviews appeals of traffic fines). */
const isGibddEmployee = rule('isGibddEmployee', { cache: 'no_cache' })((_parent, _args, ctx: TaxesFinesContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return isGibdd(ctx) ? true : forbidden('Only a GIBDD employee can do this');
});

/** `appeal(id)`: an existing appeal that is not the viewer's is FORBIDDEN; no such id is null (README, API conventions). */
const canSeeAppealById = rule('canSeeAppealById', { cache: 'no_cache' })(async (_parent, args: { id: string }, ctx: TaxesFinesContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  const appeal = await appealLoader(ctx).load(args.id);
  if (!appeal) return true;
  return appeal.appellantId === ctx.viewer.userId || isGibdd(ctx) ? true : forbidden('Only the appellant or GIBDD can see this appeal');
});

/** `User.fines` / `User.taxes`: only the user themself. */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: TaxesFinesContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return ctx.viewer.userId === user.id ? true : forbidden('Only the user themself can list their fines and taxes');
});

export const permissions: IRules = {
  Query: {
    // The Fine / TaxAccrual rules below decide per record.
    fine: isAuthenticated,
    taxAccrual: isAuthenticated,
    searchFines: isCitizen,
    appeal: canSeeAppealById,
    appealQueue: isGibddEmployee,
  },
  Mutation: {
    // The service checks the fine is the viewer's own (another's is "not found").
    appealFine: isCitizen,
    startAppealReview: isGibddEmployee,
    reviewAppeal: isGibddEmployee,
  },
  Fine: { '*': isOwner },
  TaxAccrual: { '*': isOwner },
  Appeal: { '*': isAppellantOrGibdd },
  User: { id: allow, fines: isSelf, taxes: isSelf },
  // Reachable only through the guarded fields above.
  FineConnection: allow,
  FineEdge: allow,
  TaxAccrualConnection: allow,
  TaxAccrualEdge: allow,
  AppealConnection: allow,
  AppealEdge: allow,
  AppealFinePayload: allow,
  // A key only (Appeal.evidence); the documents subgraph decides who reads each document.
  Document: allow,
  StartAppealReviewPayload: allow,
  ReviewAppealPayload: allow,
};
