import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient, SavedFilter as SavedFilterRecord } from '../generated/prisma/client';
import type { DeadlineBucket } from '../deadlines/deadline-bucket';
import { assertQueueFilter, type QueueFilterValues } from '../queue/queue.service';
import type { QueueOrder } from '../queue/queue-order';
import type { ApplicationStatus, Priority } from '../shared/enums';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome } from '../shared/problems';

export const MAX_FILTER_NAME_LENGTH = 100;
export const MAX_SAVED_FILTERS = 50;

/** A saved filter as resolvers see it: the stored JSON read back into typed values. */
export interface SavedFilterRow {
  id: string;
  ownerId: string;
  name: string;
  filter: QueueFilterValues;
  orderBy: QueueOrder | null;
  createdAt: Date;
}

interface StoredFilter {
  filter: QueueFilterValues;
  orderBy: QueueOrder | null;
}

/** Only the known keys, with nulls for the missing ones: what goes in is exactly what comes out. */
function normalized(filter: QueueFilterValues): QueueFilterValues {
  return {
    status: filter.status?.length ? [...filter.status] : null,
    deadlineBucket: filter.deadlineBucket ?? null,
    serviceId: filter.serviceId ?? null,
    priority: filter.priority ?? null,
    assigneeId: filter.assigneeId ?? null,
    unassigned: filter.unassigned ?? null,
  };
}

function toRow(record: SavedFilterRecord): SavedFilterRow {
  const stored = record.filter as unknown as StoredFilter;
  const filter = stored.filter ?? {};
  return {
    id: record.id,
    ownerId: record.ownerId,
    name: record.name,
    filter: normalized({
      status: filter.status as ApplicationStatus[] | null,
      deadlineBucket: filter.deadlineBucket as DeadlineBucket | null,
      serviceId: filter.serviceId,
      priority: filter.priority as Priority | null,
      assigneeId: filter.assigneeId,
      unassigned: filter.unassigned,
    }),
    orderBy: stored.orderBy ?? null,
    createdAt: record.createdAt,
  };
}

/** Each employee's named queue filters. Only the owner ever reads or deletes one. */
export class SavedFiltersService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Saves under `name`; a filter of the owner's with the same name is replaced. */
  async save(ownerId: string, name: string, filter: QueueFilterValues, orderBy: QueueOrder | null): Promise<Outcome<SavedFilterRow>> {
    const trimmed = name.trim();
    if (!trimmed) return failure([problem('name', 'REQUIRED')]);
    if (trimmed.length > MAX_FILTER_NAME_LENGTH) return failure([problem('name', 'TOO_LONG', { limit: MAX_FILTER_NAME_LENGTH })]);
    assertQueueFilter(filter);
    const stored = { filter: normalized(filter), orderBy } as unknown as Prisma.InputJsonObject;
    const existing = await this.prisma.savedFilter.findUnique({ where: { ownerId_name: { ownerId, name: trimmed } } });
    if (existing) {
      return success(toRow(await this.prisma.savedFilter.update({ where: { id: existing.id }, data: { filter: stored } })));
    }
    if ((await this.prisma.savedFilter.count({ where: { ownerId } })) >= MAX_SAVED_FILTERS) {
      return failure([problem(null, 'FILTER_LIMIT_REACHED', { limit: MAX_SAVED_FILTERS })]);
    }
    const created = await this.prisma.savedFilter.upsert({
      where: { ownerId_name: { ownerId, name: trimmed } },
      create: { id: randomUUID(), ownerId, name: trimmed, filter: stored },
      update: { filter: stored },
    });
    return success(toRow(created));
  }

  async list(ownerId: string): Promise<SavedFilterRow[]> {
    const records = await this.prisma.savedFilter.findMany({ where: { ownerId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    return records.map(toRow);
  }

  /** The owner's filter, or null (someone else's filter is as absent as a missing one). */
  async byId(ownerId: string, id: string): Promise<SavedFilterRow | null> {
    if (!isUuid(id)) return null;
    const record = await this.prisma.savedFilter.findFirst({ where: { id, ownerId } });
    return record ? toRow(record) : null;
  }

  async delete(ownerId: string, id: string): Promise<Outcome<string>> {
    if (!isUuid(id)) return failure([problem('id', 'SAVED_FILTER_NOT_FOUND')]);
    const { count } = await this.prisma.savedFilter.deleteMany({ where: { id, ownerId } });
    return count === 1 ? success(id) : failure([problem('id', 'SAVED_FILTER_NOT_FOUND')]);
  }
}
