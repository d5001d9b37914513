import type { ApplicationPriority, ApplicationStatus, DeadlineBucket, QueueFilter, QueueOrder, WorkspaceQueueOptionsQuery, WorkspaceQueueQueryVariables } from '@eco/sdk';

export const STATUSES: ApplicationStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];
/** Statuses an employee can still act on (assign, change priority). */
export const OPEN_STATUSES: ApplicationStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED'];
export const BUCKETS: DeadlineBucket[] = ['OVERDUE', 'TODAY', 'THIS_WEEK', 'LATER'];
export const PRIORITIES: ApplicationPriority[] = ['HIGH', 'NORMAL'];
export const ORDERS: QueueOrder[] = ['DEADLINE_ASC', 'SUBMITTED_DESC', 'PRIORITY'];
/** The API's default order when none is given (and no saved filter sets one). */
export const DEFAULT_ORDER: QueueOrder = 'DEADLINE_ASC';
export const QUEUE_PAGE_SIZE = 20;

/** Who the applications are assigned to: the form's one choice for assigneeId/unassigned. */
export type Assignment = 'any' | 'me' | 'unassigned' | 'assigned' | { employeeId: string };

/** What the queue form holds; '' means "any". */
export interface QueueFilterState {
  status: ApplicationStatus[];
  deadlineBucket: DeadlineBucket | '';
  serviceId: string;
  priority: ApplicationPriority | '';
  assignment: Assignment;
  orderBy: QueueOrder;
}

export const EMPTY_QUEUE_FILTER: QueueFilterState = { status: [], deadlineBucket: '', serviceId: '', priority: '', assignment: 'any', orderBy: DEFAULT_ORDER };

/** The API's QueueFilter for the form (only the given conditions; `myId` stands for "me"). */
export function toQueueFilter(state: QueueFilterState, myId: string | null): QueueFilter {
  const filter: QueueFilter = {};
  if (state.status.length) filter.status = [...state.status];
  if (state.deadlineBucket) filter.deadlineBucket = state.deadlineBucket;
  if (state.serviceId) filter.serviceId = state.serviceId;
  if (state.priority) filter.priority = state.priority;
  const { assignment } = state;
  if (assignment === 'me' && myId) filter.assigneeId = myId;
  else if (assignment === 'unassigned') filter.unassigned = true;
  else if (assignment === 'assigned') filter.unassigned = false;
  else if (typeof assignment === 'object') filter.assigneeId = assignment.employeeId;
  return filter;
}

/** departmentQueue's variables for the form and a page (the endCursor of the previous one). */
export function toQueueVariables(state: QueueFilterState, myId: string | null, after: string | null, first = QUEUE_PAGE_SIZE): WorkspaceQueueQueryVariables {
  return { first, after: after ?? undefined, filter: toQueueFilter(state, myId), orderBy: state.orderBy };
}

type SavedFilter = NonNullable<WorkspaceQueueOptionsQuery['mySavedFilters']>[number];

/** The form state a saved filter stands for. */
export function fromSavedFilter(saved: Pick<SavedFilter, 'filter' | 'orderBy'>, myId: string | null): QueueFilterState {
  const { filter } = saved;
  let assignment: Assignment = 'any';
  if (filter.assigneeId) assignment = filter.assigneeId === myId ? 'me' : { employeeId: filter.assigneeId };
  else if (filter.unassigned === true) assignment = 'unassigned';
  else if (filter.unassigned === false) assignment = 'assigned';
  return {
    status: filter.status ? STATUSES.filter((s) => filter.status!.includes(s)) : [],
    deadlineBucket: filter.deadlineBucket ?? '',
    serviceId: filter.serviceId ?? '',
    priority: filter.priority ?? '',
    assignment,
    orderBy: saved.orderBy ?? DEFAULT_ORDER,
  };
}

/** The form state as URL query parameters (so a reload or "back" keeps the queue as it was). */
export function toSearchParams(state: QueueFilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of state.status) params.append('status', status);
  if (state.deadlineBucket) params.set('deadline', state.deadlineBucket);
  if (state.serviceId) params.set('service', state.serviceId);
  if (state.priority) params.set('priority', state.priority);
  if (state.assignment !== 'any') params.set('assignee', typeof state.assignment === 'object' ? state.assignment.employeeId : state.assignment);
  if (state.orderBy !== DEFAULT_ORDER) params.set('order', state.orderBy);
  return params;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => (value && (values as readonly string[]).includes(value) ? (value as T) : '');

/** The form state from URL query parameters; unknown values are ignored. */
export function fromSearchParams(params: URLSearchParams): QueueFilterState {
  const assignee = params.get('assignee');
  return {
    status: STATUSES.filter((s) => params.getAll('status').includes(s)),
    deadlineBucket: oneOf(BUCKETS, params.get('deadline')),
    serviceId: params.get('service') ?? '',
    priority: oneOf(PRIORITIES, params.get('priority')),
    assignment: !assignee ? 'any' : assignee === 'me' || assignee === 'unassigned' || assignee === 'assigned' ? assignee : { employeeId: assignee },
    orderBy: oneOf(ORDERS, params.get('order')) || DEFAULT_ORDER,
  };
}
