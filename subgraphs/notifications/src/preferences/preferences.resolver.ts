import { LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { userErrorsFor } from '../messages';
import { viewerId } from '../shared/viewer-id';
import { SetNotificationPreferenceInput } from './preference.input';
import { SetNotificationPreferencePayload } from './preference.payload';
import { PreferenceType } from './preference.type';
import type { PreferenceRecord } from './preferences.service';

type PreferenceView = PreferenceRecord & { inApp: true };
const view = (record: PreferenceRecord): PreferenceView => ({ ...record, inApp: true });

@Resolver(() => PreferenceType)
export class PreferencesResolver {
  @Query(() => [PreferenceType], { description: 'Channels per kind of event for the signed-in user (defaults until changed).' })
  async notificationPreferences(@Ctx() ctx: NotificationsContext): Promise<PreferenceView[]> {
    return (await ctx.services.preferences.list(viewerId(ctx))).map(view);
  }

  @Mutation(() => SetNotificationPreferencePayload, { description: 'Turns email and/or SMS on or off for one kind of event.' })
  async setNotificationPreference(
    @Arg('input') input: SetNotificationPreferenceInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<{ preference: PreferenceView | null; userErrors: SetNotificationPreferencePayload['userErrors'] }> {
    const outcome = await ctx.services.preferences.set(viewerId(ctx), input);
    return outcome.ok
      ? { preference: view(outcome.value), userErrors: [] }
      : { preference: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => String, { description: 'Name of the kind of event, e.g. «Изменение статуса заявления».' })
  label(
    @Root() preference: PreferenceRecord,
    @Arg('locale', () => LocaleArg, { nullable: true, description: 'Default: the request language.' }) locale: LocaleArg | null,
    @Ctx() ctx: NotificationsContext,
  ): string {
    return preference.label[resolveLocale(locale, ctx.locale)];
  }
}
