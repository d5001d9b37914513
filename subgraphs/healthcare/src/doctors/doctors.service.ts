import { keysetOrder, type PageWindow } from '@eco/kit';
import type { Doctor, Prisma, PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import type { Page } from '../shared/page';

export type DoctorRow = Doctor;

/** By name. */
export const DOCTORS_ORDER = keysetOrder<DoctorRow>('doctors', [['lastName', 'asc'], ['firstName', 'asc'], ['id', 'asc']]);

/** The public list of doctors. */
export class DoctorsService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly string[]): Promise<(DoctorRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.doctor.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Doctors by specialty and/or clinic, by surname. */
  async search(criteria: { specialtyId?: string | null; clinicId?: string | null }, window: PageWindow): Promise<Page<DoctorRow>> {
    const ids = [criteria.specialtyId, criteria.clinicId].filter((id): id is string => Boolean(id));
    if (ids.some((id) => !isUuid(id))) return { nodes: [], totalCount: 0 };
    const where: Prisma.DoctorWhereInput = {};
    if (criteria.specialtyId) where.specialtyId = criteria.specialtyId;
    if (criteria.clinicId) where.clinicId = criteria.clinicId;
    const [nodes, totalCount] = await Promise.all([
      this.prisma.doctor.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.doctor.count({ where }),
    ]);
    return { nodes, totalCount };
  }
}
