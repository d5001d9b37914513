import { badUserInput, keysetOrder, type KeysetOrder, type PageWindow } from '@eco/kit';
import type { ApplicationPage, ApplicationRow } from '../applications/applications.service';
import { deadlineRange, type DeadlineBucket } from '../deadlines/deadline-bucket';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { OPEN_STATUSES, type ApplicationStatus, type Priority } from '../shared/enums';
import { isUuid } from '../shared/ids';
import { QueueOrder } from './queue-order';

/** A queue filter as values (the GraphQL input and a saved filter both become this). */
export interface QueueFilterValues {
  /** Default: the open statuses (SUBMITTED, REGISTERED, IN_PROGRESS, INFO_REQUESTED). */
  status?: ApplicationStatus[] | null;
  deadlineBucket?: DeadlineBucket | null;
  serviceId?: string | null;
  priority?: Priority | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
}

/** The queue's orders; every one ends with the id, so it is total and its cursors are keysets. */
export const QUEUE_ORDERS: Record<QueueOrder, KeysetOrder<ApplicationRow>> = {
  [QueueOrder.DEADLINE_ASC]: keysetOrder('queue-deadline', [['deadline', 'asc'], ['submittedAt', 'asc'], ['id', 'asc']]),
  [QueueOrder.SUBMITTED_DESC]: keysetOrder('queue-submitted', [['submittedAt', 'desc'], ['id', 'asc']]),
  [QueueOrder.PRIORITY]: keysetOrder('queue-priority', [['priority', 'desc'], ['deadline', 'asc'], ['id', 'asc']]),
};

/** Checks a filter's ids (they are UUID columns) and contradictions; throws BAD_USER_INPUT. */
export function assertQueueFilter(filter: QueueFilterValues, path = 'filter'): void {
  if (filter.serviceId != null && !isUuid(filter.serviceId)) throw badUserInput('serviceId must be a service id', `${path}.serviceId`);
  if (filter.assigneeId != null && !isUuid(filter.assigneeId)) throw badUserInput('assigneeId must be a user id', `${path}.assigneeId`);
  if (filter.unassigned && filter.assigneeId != null) {
    throw badUserInput('Give either assigneeId or unassigned: true, not both', `${path}.unassigned`);
  }
}

/** A department's work queue. Every filter and order is backed by an index on (department_id, …). */
export class QueueService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  /** A page of the queue in the window's order (one of QUEUE_ORDERS). */
  async list(departmentId: string, filter: QueueFilterValues, window: PageWindow): Promise<ApplicationPage> {
    assertQueueFilter(filter);
    const where = this.where(departmentId, filter);
    const [nodes, totalCount] = await Promise.all([
      this.prisma.application.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.application.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  private where(departmentId: string, filter: QueueFilterValues): Prisma.ApplicationWhereInput {
    const where: Prisma.ApplicationWhereInput = {
      departmentId,
      status: { in: filter.status?.length ? filter.status : [...OPEN_STATUSES] },
    };
    if (filter.deadlineBucket) where.deadline = deadlineRange(filter.deadlineBucket, this.now());
    if (filter.serviceId != null) where.serviceId = filter.serviceId;
    if (filter.priority) where.priority = filter.priority;
    if (filter.assigneeId != null) where.assigneeId = filter.assigneeId;
    else if (filter.unassigned === true) where.assigneeId = null;
    else if (filter.unassigned === false) where.assigneeId = { not: null };
    return where;
  }
}
