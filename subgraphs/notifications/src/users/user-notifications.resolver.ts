import { pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { NotificationsPageArgs } from '../notifications/notifications.args';
import { unreadCountLoader } from '../notifications/notification.loader';
import { NotificationConnection } from '../notifications/notification.type';
import { NOTIFICATIONS_ORDER, type NotificationRecord } from '../notifications/notifications.service';
import { UserRef } from './user.type';

/** User.notifications and User.unreadNotificationCount: readable by the user themself only (see permissions). */
@Resolver(() => UserRef)
export class UserNotificationsResolver {
  @FieldResolver(() => NotificationConnection, { description: "The user's notifications, newest first." })
  async notifications(
    @Root() user: UserRef,
    @Args(() => NotificationsPageArgs) args: NotificationsPageArgs,
    @Ctx() ctx: NotificationsContext,
  ): Promise<Connection<NotificationRecord>> {
    const window = pageWindow(args, NOTIFICATIONS_ORDER);
    const page = await ctx.services.notifications.page(user.id, { unreadOnly: args.unreadOnly === true }, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @FieldResolver(() => Int, { description: 'How many notifications the user has not read yet (the bell badge).' })
  async unreadNotificationCount(@Root() user: UserRef, @Ctx() ctx: NotificationsContext): Promise<number> {
    return (await unreadCountLoader(ctx).load(user.id)) ?? 0;
  }
}

