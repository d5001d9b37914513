import { keysetOrder, type PageWindow } from '@eco/kit';
import type { Prisma, PrismaClient, TaxAccrual } from '../generated/prisma/client';
import type { Page } from '../fines/fines.service';
import { moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';
import type { TaxStatusValue } from './tax-terms';

export type TaxRow = TaxAccrual;

/** Newest period first. */
export const TAXES_ORDER = keysetOrder<TaxRow>('taxes', [['period', 'desc'], ['type', 'asc'], ['id', 'asc']]);

/** Reading tax accruals; lists are always the owner's own. */
export class TaxesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(TaxRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.taxAccrual.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Newest period first; OVERDUE (computed) splits the stored UNPAID rows by due date. */
  async listForOwner(ownerId: string, statuses: readonly TaxStatusValue[] | null | undefined, window: PageWindow): Promise<Page<TaxRow>> {
    const today = moscowDay(this.now());
    const statusWhere: Prisma.TaxAccrualWhereInput = statuses?.length
      ? {
          OR: statuses.map((status): Prisma.TaxAccrualWhereInput => {
            if (status === 'UNPAID') return { state: 'UNPAID', dueDate: { gte: today } };
            if (status === 'OVERDUE') return { state: 'UNPAID', dueDate: { lt: today } };
            return { state: 'PAID' };
          }),
        }
      : {};
    const where: Prisma.TaxAccrualWhereInput = { ownerId, ...statusWhere };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.taxAccrual.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.taxAccrual.count({ where }),
    ]);
    return { nodes, totalCount };
  }
}
