import { keysetOrder, type PageWindow } from '@eco/kit';
import type { Clinic, Prisma, PrismaClient, Specialty } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import type { Page } from '../shared/page';
import type { WorkingHours } from '../slots/schedule';

export type ClinicRow = Omit<Clinic, 'hours'> & { hours: WorkingHours[] };
export type SpecialtyRow = Specialty;

export interface ClinicSearch {
  regionCode?: string | null;
  district?: string | null;
  specialtyId?: string | null;
}

const asClinicRow = (clinic: Clinic): ClinicRow => ({ ...clinic, hours: clinic.hours as unknown as WorkingHours[] });

/** By name. */
export const CLINICS_ORDER = keysetOrder<ClinicRow>('clinics', [['name', 'asc'], ['id', 'asc']]);

/** The public catalogue of clinics and specialties. */
export class ClinicsService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly string[]): Promise<(ClinicRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.clinic.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, asClinicRow(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Clinics of a region / district that have a doctor of the specialty; by name. */
  async search(criteria: ClinicSearch, window: PageWindow): Promise<Page<ClinicRow>> {
    const where: Prisma.ClinicWhereInput = {};
    if (criteria.regionCode) where.regionCode = criteria.regionCode.trim();
    // People type "сао" or "Химки": a case-insensitive substring of the district.
    if (criteria.district?.trim()) where.district = { contains: criteria.district.trim(), mode: 'insensitive' };
    if (criteria.specialtyId) {
      // An unknown or malformed id matches nothing rather than reaching a uuid column.
      if (!isUuid(criteria.specialtyId)) return { nodes: [], totalCount: 0 };
      where.doctors = { some: { specialtyId: criteria.specialtyId } };
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.clinic.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.clinic.count({ where }),
    ]);
    return { nodes: rows.map(asClinicRow), totalCount };
  }

  specialties(): Promise<SpecialtyRow[]> {
    return this.prisma.specialty.findMany({ orderBy: { nameRu: 'asc' } });
  }

  async specialtiesByIds(ids: readonly string[]): Promise<(SpecialtyRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.specialty.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Batch: the specialties each clinic has doctors of. */
  async specialtiesOfClinics(clinicIds: readonly string[]): Promise<SpecialtyRow[][]> {
    const valid = clinicIds.filter(isUuid);
    const doctors = valid.length
      ? await this.prisma.doctor.findMany({ where: { clinicId: { in: valid } }, select: { clinicId: true, specialty: true }, distinct: ['clinicId', 'specialtyId'] })
      : [];
    return clinicIds.map((id) =>
      doctors
        .filter((doctor) => doctor.clinicId === id)
        .map((doctor) => doctor.specialty)
        .sort((a, b) => a.nameRu.localeCompare(b.nameRu, 'ru')),
    );
  }
}
