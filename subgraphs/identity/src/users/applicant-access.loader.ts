import { hasRole, Role } from '@eco/kit';
import type { IdentityContext } from '../context';
import { requestMeta } from '../security/request-meta';
import { viewerOwns } from './owner-view';

/** The request's batched question to applications: whom does this employee serve? */
function servedApplicationsLoader(ctx: IdentityContext) {
  return ctx.loaders.get<string, string[]>('identity.servedApplications', async (userIds) => {
    try {
      return await ctx.services.applicantAccess.applicationsServed(userIds, ctx.viewer, ctx.requestId);
    } catch (error) {
      // The rule then refuses (fail closed); the log tells why an employee was refused.
      ctx.logger.warn({ err: error }, 'applications could not tell which people this employee serves');
      throw error;
    }
  });
}

/**
 * The applications in the viewer's department that `user` filed: [] unless the viewer is an
 * employee looking at someone else (the owner and administrators have rules of their own, and
 * need no call to applications).
 */
export async function applicationsServingViewer(ctx: IdentityContext, user: { id: string }): Promise<string[]> {
  if (!hasRole(ctx.viewer, Role.EMPLOYEE) || !ctx.viewer.departmentId || viewerOwns(ctx.viewer, user)) return [];
  return (await servedApplicationsLoader(ctx).load(user.id)) ?? [];
}

/** Journals, once per request to identity and person, that an employee was shown an applicant's name or contact. */
function contactReadRecorder(ctx: IdentityContext) {
  return ctx.loaders.get<string, true>('identity.applicantContactRead', async (userIds) => {
    const reads = await Promise.all(userIds.map(async (userId) => ({ userId, applicationIds: (await servedApplicationsLoader(ctx).load(userId)) ?? [] })));
    await ctx.services.applicantAccess.recordContactRead(ctx.viewer, reads, requestMeta(ctx));
    return userIds.map(() => true as const);
  });
}

/**
 * Called by every name and contact field before it answers: when what opened it to the viewer is
 * that the person applied to the viewer's department, the look is journalled first — a journal
 * that cannot be written means the field is not shown.
 */
export async function recordApplicantRead(ctx: IdentityContext, user: { id: string }): Promise<void> {
  if ((await applicationsServingViewer(ctx, user)).length === 0) return;
  await contactReadRecorder(ctx).load(user.id);
}
