import { describe, expect, it } from 'vitest';
import { EMPTY_QUEUE_FILTER, fromSavedFilter, fromSearchParams, toQueueFilter, toQueueVariables, toSearchParams, type QueueFilterState } from '../src/pages/workspace/queue-filter';

const ME = 'employee-1';

describe('queue filter ↔ departmentQueue variables', () => {
  it('sends no conditions for an empty form, with the default order', () => {
    expect(toQueueVariables(EMPTY_QUEUE_FILTER, ME, null)).toEqual({ first: 20, after: undefined, filter: {}, orderBy: 'DEADLINE_ASC' });
  });

  it('sends every given condition and the page cursor', () => {
    const state: QueueFilterState = { status: ['SUBMITTED', 'IN_PROGRESS'], deadlineBucket: 'OVERDUE', serviceId: 's1', priority: 'HIGH', assignment: 'me', orderBy: 'PRIORITY' };
    expect(toQueueVariables(state, ME, 'cursor-2', 50)).toEqual({
      first: 50,
      after: 'cursor-2',
      filter: { status: ['SUBMITTED', 'IN_PROGRESS'], deadlineBucket: 'OVERDUE', serviceId: 's1', priority: 'HIGH', assigneeId: ME },
      orderBy: 'PRIORITY',
    });
  });

  it('maps the assignment choice onto assigneeId / unassigned', () => {
    const base = EMPTY_QUEUE_FILTER;
    expect(toQueueFilter({ ...base, assignment: 'unassigned' }, ME)).toEqual({ unassigned: true });
    expect(toQueueFilter({ ...base, assignment: 'assigned' }, ME)).toEqual({ unassigned: false });
    expect(toQueueFilter({ ...base, assignment: { employeeId: 'e2' } }, ME)).toEqual({ assigneeId: 'e2' });
    expect(toQueueFilter({ ...base, assignment: 'me' }, null)).toEqual({});
  });

  it('turns a saved filter into the form, "me" when it names the viewer', () => {
    expect(fromSavedFilter({ filter: { status: ['REGISTERED', 'SUBMITTED'], deadlineBucket: 'TODAY', serviceId: null, priority: null, assigneeId: ME, unassigned: null }, orderBy: null }, ME)).toEqual({
      status: ['SUBMITTED', 'REGISTERED'],
      deadlineBucket: 'TODAY',
      serviceId: '',
      priority: '',
      assignment: 'me',
      orderBy: 'DEADLINE_ASC',
    });
    expect(fromSavedFilter({ filter: { status: null, deadlineBucket: null, serviceId: 's', priority: 'NORMAL', assigneeId: null, unassigned: true }, orderBy: 'SUBMITTED_DESC' }, ME).assignment).toBe('unassigned');
    expect(fromSavedFilter({ filter: { status: null, deadlineBucket: null, serviceId: null, priority: null, assigneeId: 'e9', unassigned: null }, orderBy: null }, ME).assignment).toEqual({ employeeId: 'e9' });
  });

  it('round-trips through the URL', () => {
    const states: QueueFilterState[] = [
      EMPTY_QUEUE_FILTER,
      { status: ['INFO_REQUESTED'], deadlineBucket: 'THIS_WEEK', serviceId: 'svc', priority: 'NORMAL', assignment: 'assigned', orderBy: 'SUBMITTED_DESC' },
      { ...EMPTY_QUEUE_FILTER, assignment: { employeeId: 'e7' } },
    ];
    for (const state of states) expect(fromSearchParams(toSearchParams(state))).toEqual(state);
    expect(toSearchParams(EMPTY_QUEUE_FILTER).toString()).toBe('');
  });

  it('ignores unknown values in the URL', () => {
    expect(fromSearchParams(new URLSearchParams('status=BOGUS&status=COMPLETED&deadline=NEVER&priority=URGENT&order=RANDOM'))).toEqual({ ...EMPTY_QUEUE_FILTER, status: ['COMPLETED'] });
  });
});
