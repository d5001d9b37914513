import { keysetOrder, notificationCreated, type FeedEvent, type Outbox, type PageWindow } from '@eco/kit';
import type { DeliveriesService } from '../channels/deliveries.service';
import type { NotificationDraft } from '../events/event-handler';
import type { Notification as NotificationRecord, Prisma, PrismaClient } from '../generated/prisma/client';
import { failure, problem, success, type NotificationsProblem, type Outcome } from '../problems';
import { isUuid } from '../shared/uuid';

export type { NotificationRecord };

export const MAX_MARK_READ_IDS = 100;

export interface NotificationPage {
  nodes: NotificationRecord[];
  totalCount: number;
}

export interface MarkReadResult {
  updatedCount: number;
  unreadCount: number;
}

type Tx = Prisma.TransactionClient;

/** Newest first. */
export const NOTIFICATIONS_ORDER = keysetOrder('notifications', [['createdAt', 'desc'], ['id', 'desc']]);

/** In-app notifications: made from events, listed and marked read by their owner. */
export class NotificationsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly deliveries: DeliveriesService,
    private readonly outbox: Outbox,
    private readonly now: () => Date,
  ) {}

  /**
   * Stores the event's notifications inside the caller's transaction; with each one its
   * `notification.created` event and its email/SMS deliveries. The unique
   * (sourceEventId, userId) makes a redelivered event insert nothing; returns how many are new.
   */
  async createFromEvent(tx: Tx, event: FeedEvent, drafts: readonly NotificationDraft[]): Promise<number> {
    if (drafts.length === 0) return 0;
    const createdAt = this.now();
    const created = await tx.notification.createManyAndReturn({
      data: drafts.map((draft) => ({
        userId: draft.userId,
        sourceEventId: event.id,
        eventType: event.type,
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        titleRu: draft.title.ru,
        titleEn: draft.title.en,
        bodyRu: draft.body.ru,
        bodyEn: draft.body.en,
        createdAt,
      })),
      skipDuplicates: true,
    });
    if (created.length === 0) return 0;
    for (const notification of created) {
      await this.outbox.append(tx, notificationCreated, {
        subject: { type: 'Notification', id: notification.id },
        audience: { userIds: [notification.userId] },
        payload: { notificationId: notification.id, userId: notification.userId },
        at: createdAt,
      });
    }
    await this.deliveries.planFor(tx, created);
    return created.length;
  }

  async byIds(ids: readonly string[]): Promise<NotificationRecord[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.prisma.notification.findMany({ where: { id: { in: valid } } });
  }

  /** A user's notifications, newest first. */
  async page(userId: string, options: { unreadOnly: boolean }, window: PageWindow): Promise<NotificationPage> {
    const where: Prisma.NotificationWhereInput = { userId, ...(options.unreadOnly ? { readAt: null } : {}) };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.notification.findMany({
        where: { AND: [where, window.order.after(window.after)] },
        orderBy: window.order.orderBy,
        take: window.take,
      }),
      this.prisma.notification.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** Unread counts of several users in one query (for the request's loader). */
  async unreadCounts(userIds: readonly string[]): Promise<number[]> {
    const valid = userIds.filter(isUuid);
    const groups = valid.length
      ? await this.prisma.notification.groupBy({ by: ['userId'], where: { userId: { in: valid }, readAt: null }, _count: { _all: true } })
      : [];
    const byUser = new Map(groups.map((group) => [group.userId, group._count._all]));
    return userIds.map((userId) => byUser.get(userId) ?? 0);
  }

  /**
   * Marks the given notifications (or all of them) read. Every id must be one of the user's
   * own notifications, or nothing changes: another person's id reads as not found.
   */
  async markRead(userId: string, input: { ids?: readonly string[] | null; all?: boolean | null }): Promise<Outcome<MarkReadResult>> {
    const ids = input.ids ?? null;
    const all = input.all === true;
    if (all && ids && ids.length > 0) return failure([problem(null, 'MARK_READ_TARGET_AMBIGUOUS')]);
    if (!all && (!ids || ids.length === 0)) return failure([problem(null, 'MARK_READ_TARGET_REQUIRED')]);
    if (ids && ids.length > MAX_MARK_READ_IDS) return failure([problem('ids', 'TOO_MANY_IDS')]);

    if (ids && !all) {
      const owned = new Set(
        (await this.prisma.notification.findMany({ where: { id: { in: ids.filter(isUuid) }, userId }, select: { id: true } })).map((n) => n.id),
      );
      const missing: NotificationsProblem[] = ids.flatMap((id, index) => (owned.has(id) ? [] : [problem(`ids.${index}`, 'NOTIFICATION_NOT_FOUND')]));
      if (missing.length > 0) return failure(missing);
    }
    const where: Prisma.NotificationWhereInput = { userId, readAt: null, ...(all ? {} : { id: { in: [...(ids ?? [])] } }) };
    const { count } = await this.prisma.notification.updateMany({ where, data: { readAt: this.now() } });
    const unreadCount = await this.prisma.notification.count({ where: { userId, readAt: null } });
    return success({ updatedCount: count, unreadCount });
  }
}
