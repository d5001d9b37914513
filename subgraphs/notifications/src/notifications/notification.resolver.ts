import { LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DeliveryRecord } from '../channels/deliveries.service';
import { DeliveryType } from '../channels/delivery.type';
import type { NotificationsContext } from '../context';
import { deliveriesLoader } from './notification.loader';
import { NotificationType } from './notification.type';
import type { NotificationRecord } from './notifications.service';

const localeArg = () => Arg('locale', () => LocaleArg, { nullable: true, description: 'Default: the request language.' });

/** Localized and related fields of Notification. */
@Resolver(() => NotificationType)
export class NotificationResolver {
  @FieldResolver(() => String, { description: 'Short headline, e.g. «Заявление 2026-000123: принято в работу».' })
  title(@Root() notification: NotificationRecord, @localeArg() locale: LocaleArg | null, @Ctx() ctx: NotificationsContext): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? notification.titleEn : notification.titleRu;
  }

  @FieldResolver(() => String, { description: 'What happened and what to do next.' })
  body(@Root() notification: NotificationRecord, @localeArg() locale: LocaleArg | null, @Ctx() ctx: NotificationsContext): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? notification.bodyEn : notification.bodyRu;
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: NotificationRecord): boolean {
    return notification.readAt !== null;
  }

  @FieldResolver(() => [DeliveryType], { description: 'Email and SMS copies and their delivery status (in-app is the notification itself).' })
  async deliveries(@Root() notification: NotificationRecord, @Ctx() ctx: NotificationsContext): Promise<DeliveryRecord[]> {
    return (await deliveriesLoader(ctx).load(notification.id)) ?? [];
  }
}
