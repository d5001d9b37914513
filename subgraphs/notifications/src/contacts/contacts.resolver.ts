import { LocaleArg } from '@eco/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { userErrorsFor } from '../messages';
import { viewerId } from '../shared/viewer-id';
import type { RecipientRecord } from './contacts.service';
import { SetNotificationContactsInput } from './contacts.input';
import { SetNotificationContactsPayload } from './contacts.payload';
import { NotificationContacts } from './contacts.type';

function toContacts(recipient: RecipientRecord | null): NotificationContacts {
  return { email: recipient?.email ?? null, phone: recipient?.phone ?? null, locale: (recipient?.locale ?? 'RU') as LocaleArg };
}

@Resolver()
export class ContactsResolver {
  @Query(() => NotificationContacts, { description: "The signed-in user's email and phone for notifications." })
  async notificationContacts(@Ctx() ctx: NotificationsContext): Promise<NotificationContacts> {
    return toContacts(await ctx.services.contacts.get(viewerId(ctx)));
  }

  @Mutation(() => SetNotificationContactsPayload, { description: 'Sets where the signed-in user gets email and SMS notifications.' })
  async setNotificationContacts(
    @Arg('input') input: SetNotificationContactsInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<SetNotificationContactsPayload> {
    const outcome = await ctx.services.contacts.set(viewerId(ctx), input);
    return outcome.ok
      ? { contacts: toContacts(outcome.value), userErrors: [] }
      : { contacts: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
