import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { userErrorsFor } from '../messages';
import { viewerId } from '../shared/viewer-id';
import { MarkNotificationsReadInput } from './mark-read.input';
import { MarkNotificationsReadPayload } from './mark-read.payload';

@Resolver()
export class NotificationMutationsResolver {
  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks the signed-in user's notifications read." })
  async markNotificationsRead(
    @Arg('input') input: MarkNotificationsReadInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<MarkNotificationsReadPayload> {
    const outcome = await ctx.services.notifications.markRead(viewerId(ctx), input);
    if (!outcome.ok) {
      const unread = (await ctx.services.notifications.unreadCounts([viewerId(ctx)]))[0];
      return { updatedCount: 0, unreadNotificationCount: unread, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    }
    return { updatedCount: outcome.value.updatedCount, unreadNotificationCount: outcome.value.unreadCount, userErrors: [] };
  }
}
