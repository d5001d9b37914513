import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { currentSessionId, requestMeta } from '../security/request-meta';
import { RevokeSessionInput } from './session.input';
import { RevokeOtherSessionsPayload, RevokeSessionPayload } from './session.payload';
import { UserSession } from './session.type';

/**
 * "My sessions". Revoking ends the refresh token at once; an access token already issued for
 * that session stays valid until it expires (at most ACCESS_TOKEN_TTL_SECONDS).
 */
@Resolver(() => UserSession)
export class SessionsResolver {
  @Query(() => [UserSession], { description: "The viewer's active sessions, newest first." })
  async mySessions(@Ctx() ctx: IdentityContext): Promise<UserSession[]> {
    const current = currentSessionId(ctx.viewer);
    const sessions = await ctx.services.sessions.listActive(ctx.viewer.userId as string);
    return sessions.map((session) => ({ ...session, current: session.id === current }));
  }

  @Mutation(() => RevokeSessionPayload, { description: "Ends one of the viewer's sessions; anyone else's is SESSION_NOT_FOUND." })
  async revokeSession(@Arg('input') input: RevokeSessionInput, @Ctx() ctx: IdentityContext): Promise<RevokeSessionPayload> {
    const outcome = await ctx.services.sessions.revokeById(ctx.viewer.userId as string, input.sessionId, requestMeta(ctx));
    return outcome.ok
      ? { revokedSessionId: outcome.value, userErrors: [] }
      : { revokedSessionId: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => RevokeOtherSessionsPayload, { description: 'Ends every session of the viewer except the current one.' })
  async revokeOtherSessions(@Ctx() ctx: IdentityContext): Promise<RevokeOtherSessionsPayload> {
    const ids = await ctx.services.sessions.revokeOthers(ctx.viewer.userId as string, currentSessionId(ctx.viewer), requestMeta(ctx));
    return { revokedSessionIds: ids, userErrors: [] };
  }
}
