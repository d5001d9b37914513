import { orderByKeys, type Locale } from '@eco/kit';
import type { Department as DepartmentRow, PrismaClient } from '../generated/prisma/client';

export type { DepartmentRow };

/** Departments of the catalog. Knows nothing of GraphQL. */
export class DepartmentsService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Every department, alphabetically by name in `locale`. */
  async listDepartments(locale: Locale): Promise<DepartmentRow[]> {
    return this.prisma.department.findMany({
      orderBy: locale === 'en' ? [{ nameEn: 'asc' }, { id: 'asc' }] : [{ nameRu: 'asc' }, { id: 'asc' }],
    });
  }

  /** Batch lookup for DataLoaders, by id (= code); null for unknown ids. */
  async departmentsByIds(ids: readonly string[]): Promise<(DepartmentRow | null)[]> {
    const rows = await this.prisma.department.findMany({ where: { id: { in: [...ids] } } });
    return orderByKeys(ids, rows, (row) => row.id);
  }
}
