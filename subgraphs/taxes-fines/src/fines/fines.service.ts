import { keysetOrder, type PageWindow } from '@eco/kit';
import type { Fine, Prisma, PrismaClient } from '../generated/prisma/client';
import { moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome } from '../shared/problems';
import type { FineStatusValue } from './fine-terms';
import { normalizeDriverLicence, normalizePlate, normalizeRegistrationCertificate } from './vehicle-ids';

export type FineRow = Fine;

export interface FineSearchCriteria {
  driverLicence?: string | null;
  registrationCertificate?: string | null;
  plate?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** Newest decision first. */
export const FINES_ORDER = keysetOrder<FineRow>('fines', [['decisionDate', 'desc'], ['id', 'asc']]);

/** Reading fines. Every list is the owner's own: the owner id is part of every query. */
export class FinesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  /** Batch for DataLoaders, in the order of `ids`; null for unknown ids. */
  async byIds(ids: readonly string[]): Promise<(FineRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.fine.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The statuses as SQL: OVERDUE is not stored, so UNPAID and OVERDUE split the stored UNPAID
   * rows by the payment due date against today's Moscow date.
   */
  statusWhere(statuses: readonly FineStatusValue[] | null | undefined): Prisma.FineWhereInput {
    if (!statuses?.length) return {};
    const today = moscowDay(this.now());
    const or: Prisma.FineWhereInput[] = statuses.map((status) => {
      if (status === 'UNPAID') return { state: 'UNPAID', paymentDueDate: { gte: today } };
      if (status === 'OVERDUE') return { state: 'UNPAID', paymentDueDate: { lt: today } };
      return { state: status };
    });
    return { OR: or };
  }

  /** The owner's fines, newest decision first. */
  async listForOwner(ownerId: string, statuses: readonly FineStatusValue[] | null | undefined, window: PageWindow): Promise<Page<FineRow>> {
    return this.page({ ownerId, ...this.statusWhere(statuses) }, window);
  }

  /**
   * "Проверка штрафов" by one document: the driver licence, the СТС or the plate. Only the
   * viewer's own fines are ever returned, whoever's document number is typed in.
   */
  async search(ownerId: string, criteria: FineSearchCriteria, window: PageWindow): Promise<Outcome<Page<FineRow>>> {
    const given = (['driverLicence', 'registrationCertificate', 'plate'] as const).filter((key) => (criteria[key] ?? '').trim() !== '');
    if (given.length !== 1) return failure([problem(null, 'EXACTLY_ONE_CRITERION')]);
    const key = given[0];
    const raw = criteria[key] as string;
    if (raw.length > 50) return failure([problem(key, 'TOO_LONG', { limit: 50 })]);
    const where: Prisma.FineWhereInput =
      key === 'driverLicence'
        ? { driverLicence: normalizeDriverLicence(raw) }
        : key === 'plate'
          ? { vehiclePlate: normalizePlate(raw) }
          : { registrationCertificate: normalizeRegistrationCertificate(raw) };
    return success(await this.page({ ownerId, ...where }, window));
  }

  private async page(where: Prisma.FineWhereInput, window: PageWindow): Promise<Page<FineRow>> {
    const [nodes, totalCount] = await Promise.all([
      this.prisma.fine.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.fine.count({ where }),
    ]);
    return { nodes, totalCount };
  }
}
