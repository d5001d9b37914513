import type { LocalizedText } from '@eco/kit';
import type { EventRegistry } from '../events/event-registry';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { failure, problem, success, type Outcome } from '../problems';

export interface ChannelChoice {
  email: boolean;
  sms: boolean;
}

/** A user's channels for one kind of event; in-app is always on. */
export interface PreferenceRecord extends ChannelChoice {
  eventType: string;
  label: LocalizedText;
  /** False while the user has not chosen and the defaults apply. */
  customized: boolean;
}

export interface SetPreferenceInput {
  eventType: string;
  /** Omitted: unchanged. */
  email?: boolean | null;
  sms?: boolean | null;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Per-user, per-event-type email/SMS choices; defaults come from the event's handler. */
export class PreferencesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly registry: EventRegistry,
  ) {}

  /** Every kind of event notifications knows, with the user's choice or the default. */
  async list(userId: string): Promise<PreferenceRecord[]> {
    const rows = await this.prisma.notificationPreference.findMany({ where: { userId } });
    const byType = new Map(rows.map((row) => [row.eventType, row]));
    return this.registry.handlers().map((handler) => {
      const row = byType.get(handler.contract.name);
      return {
        eventType: handler.contract.name,
        label: handler.label,
        email: row?.email ?? handler.defaultChannels.email,
        sms: row?.sms ?? handler.defaultChannels.sms,
        customized: Boolean(row),
      };
    });
  }

  async set(userId: string, input: SetPreferenceInput): Promise<Outcome<PreferenceRecord>> {
    const handler = this.registry.handlerFor(input.eventType);
    if (!handler) return failure([problem('eventType', 'UNKNOWN_EVENT_TYPE')]);
    const current = await this.channelsFor(this.prisma, userId, input.eventType);
    const email = input.email ?? current.email;
    const sms = input.sms ?? current.sms;
    await this.prisma.notificationPreference.upsert({
      where: { userId_eventType: { userId, eventType: input.eventType } },
      create: { userId, eventType: input.eventType, email, sms },
      update: { email, sms },
    });
    return success({ eventType: handler.contract.name, label: handler.label, email, sms, customized: true });
  }

  /** The channels to use for one user and event type (inside the event's transaction too). */
  async channelsFor(db: Db, userId: string, eventType: string): Promise<ChannelChoice> {
    const row = await db.notificationPreference.findUnique({ where: { userId_eventType: { userId, eventType } } });
    if (row) return { email: row.email, sms: row.sms };
    return this.registry.handlerFor(eventType)?.defaultChannels ?? { email: false, sms: false };
  }
}
