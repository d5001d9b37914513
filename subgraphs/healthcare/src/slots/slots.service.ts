import { keysetOrder, type PageWindow } from '@eco/kit';
import type { Prisma, PrismaClient, Slot } from '../generated/prisma/client';
import { DAY_MS } from '../shared/clock';
import { isUuid } from '../shared/ids';
import type { Page } from '../shared/page';
import { failure, problem, success, type Outcome } from '../shared/problems';

export type SlotRow = Slot;

/** The longest period one free-slot search may span. */
export const MAX_SLOT_RANGE_DAYS = 31;

/** Earliest first. */
export const SLOTS_ORDER = keysetOrder<SlotRow>('free-slots', [['startsAt', 'asc'], ['id', 'asc']]);

/** Reading slots; booking changes them only through AppointmentsService. */
export class SlotsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(SlotRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.slot.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * A doctor's free slots in [from, to), earliest first. `from` defaults to now and is never
   * before it: a slot that has begun cannot be booked, so it is not offered.
   */
  async free(doctorId: string, range: { from?: Date | null; to?: Date | null }, window: PageWindow): Promise<Outcome<Page<SlotRow>>> {
    const now = this.now();
    const from = range.from && range.from > now ? range.from : now;
    const to = range.to ?? new Date(from.getTime() + 14 * DAY_MS);
    if (to <= from || to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * DAY_MS) {
      return failure([problem('to', 'INVALID_DATE_RANGE', { days: MAX_SLOT_RANGE_DAYS })]);
    }
    if (!isUuid(doctorId)) return success({ nodes: [], totalCount: 0 });
    const where: Prisma.SlotWhereInput = { doctorId, status: 'FREE', startsAt: { gt: from, lt: to } };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.slot.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.slot.count({ where }),
    ]);
    return success({ nodes, totalCount });
  }
}
