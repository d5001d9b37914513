import {
  WorkspaceApplicationChangedDocument,
  WorkspaceAssignApplicationDocument,
  WorkspaceDeleteSavedFilterDocument,
  WorkspaceQueueDocument,
  WorkspaceQueueOptionsDocument,
  WorkspaceSaveQueueFilterDocument,
  WorkspaceSetQueuePriorityDocument,
  type ApplicationPriority,
  type ApplicationStatus,
  type QueueOrder,
  type WorkspaceQueueQuery,
} from '@eco/sdk';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useSubscription } from '../../api/live';
import { TextField } from '../../components/TextField';
import { useSession } from '../../session/session';
import { DataTable, type Column, type ColumnSort } from '../../components/data-table';
import { BucketBadge } from './BucketBadge';
import { bucketLabel } from './deadline';
import { BUCKETS, OPEN_STATUSES, ORDERS, PRIORITIES, STATUSES, fromSavedFilter, fromSearchParams, toQueueFilter, toQueueVariables, toSearchParams, type Assignment, type QueueFilterState } from './queue-filter';
import { Notice, Pager, Problems, useAction, useCursorPages, useFormat, useWorkspaceT } from './ui';

type QueueRow = NonNullable<WorkspaceQueueQuery['departmentQueue']>['edges'][number]['node'];

const assignmentValue = (a: Assignment) => (typeof a === 'object' ? `employee:${a.employeeId}` : a);
const assignmentFrom = (value: string): Assignment => (value.startsWith('employee:') ? { employeeId: value.slice('employee:'.length) } : (value as Assignment));

/** The department queue: filters, order, saved filter sets, deadline buckets, "take", cursor pages. */
export function WorkspaceQueue() {
  const t = useWorkspaceT();
  const statusLabel = useApplicationStatusLabel('employee');
  const format = useFormat();
  const { user } = useSession();
  const myId = user?.id ?? null;
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => fromSearchParams(params), [params]);
  const savedFilterId = params.get('saved') ?? '';
  const [draft, setDraft] = useState<QueueFilterState>(applied);
  useEffect(() => setDraft(applied), [applied]);
  const pages = useCursorPages();
  const options = useQuery(WorkspaceQueueOptionsDocument);
  const variables = { ...toQueueVariables(applied, myId, pages.after), savedFilterId: savedFilterId || undefined };
  const queue = useQuery(WorkspaceQueueDocument, variables);
  const action = useAction();
  const saving = useAction();
  const [filterName, setFilterName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const ids = { status: useId(), bucket: useId(), service: useId(), priority: useId(), assignment: useId(), order: useId(), saved: useId() };

  // A refresh of the same page keeps its rows in view while it loads; other filters or pages do not
  // (their old rows would sit under the new caption).
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    queue.reload();
  };
  useEffect(() => {
    if (!queue.loading) setRefreshing(false);
  }, [queue.loading]);

  // Someone changed an application of the department: the queue shows it.
  useSubscription(WorkspaceApplicationChangedDocument, {}, refresh);

  const apply = (state: QueueFilterState, saved = '') => {
    const next = toSearchParams(state);
    if (saved) next.set('saved', saved);
    pages.reset();
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const services = options.data?.me?.department?.services.edges.map((e) => e.node) ?? [];
  const savedFilters = options.data?.mySavedFilters ?? [];
  const connection = queue.loading && !refreshing ? null : queue.data?.departmentQueue;

  async function saveFilter() {
    if (!filterName.trim()) {
      setNameError(t('queue.nameRequired'));
      return;
    }
    setNameError(null);
    const name = filterName.trim();
    const saved = await saving.run(WorkspaceSaveQueueFilterDocument, { input: { name, filter: toQueueFilter(draft, myId), orderBy: draft.orderBy } }, (r) => r.saveQueueFilter, () => t('queue.savedDone', { name }));
    if (saved?.savedFilter) {
      setFilterName('');
      options.reload();
      apply(draft, saved.savedFilter.id);
    }
  }
  async function deleteFilter() {
    if (!savedFilterId) return;
    const deleted = await saving.run(WorkspaceDeleteSavedFilterDocument, { input: { id: savedFilterId } }, (r) => r.deleteSavedFilter, () => t('queue.deletedDone'));
    if (deleted) {
      options.reload();
      apply(applied);
    }
  }
  async function take(id: string, number: string) {
    const done = await action.run(WorkspaceAssignApplicationDocument, { input: { applicationId: id } }, (r) => r.assignApplication, () => t('queue.assignedDone', { number }));
    if (done) refresh();
  }
  async function setPriority(id: string, number: string, priority: ApplicationPriority) {
    const done = await action.run(WorkspaceSetQueuePriorityDocument, { input: { applicationId: id, priority } }, (r) => r.setApplicationPriority, () => t('queue.priorityDone', { number, priority: t(`priority.${priority}`) }));
    if (done) refresh();
  }
  // The API orders by these three columns, each in one direction.
  const sortBy = (orderBy: QueueOrder, direction: ColumnSort['direction']): ColumnSort => ({
    active: applied.orderBy === orderBy,
    direction,
    hint: t('queue.sortHint'),
    onSort: () => apply({ ...applied, orderBy }, savedFilterId),
  });
  const columns: Column<QueueRow>[] = [
    {
      key: 'number',
      header: t('queue.numberSubmitted'),
      sort: sortBy('SUBMITTED_DESC', 'descending'),
      cell: (node) => (
        <>
          <Link to={`/workspace/applications/${node.id}`}>{node.number}</Link>
          <br />
          <span className="hint">{format.dateTime(node.submittedAt)}</span>
        </>
      ),
    },
    {
      key: 'deadline',
      header: t('queue.deadline'),
      sort: sortBy('DEADLINE_ASC', 'ascending'),
      cell: (node) => (
        <>
          <BucketBadge bucket={node.deadlineBucket} />
          <br />
          {format.dateTime(node.deadline)}
        </>
      ),
    },
    { key: 'status', header: t('queue.status'), cell: (node) => statusLabel(node.status) },
    { key: 'service', header: t('queue.service'), cell: (node) => node.serviceTitle },
    { key: 'applicant', header: t('queue.applicant'), cell: (node) => node.applicantName ?? '—' },
    {
      key: 'priority',
      header: t('queue.priority'),
      sort: sortBy('PRIORITY', 'descending'),
      cell: (node) => (node.priority === 'HIGH' ? <strong>{t('priority.HIGH')}</strong> : t('priority.NORMAL')),
    },
    { key: 'assignee', header: t('queue.assignment'), cell: (node) => (node.assignee?.id === myId ? t('queue.mine') : node.assignee ? `${node.assignee.lastName} ${node.assignee.firstName}` : '—') },
    {
      key: 'actions',
      header: t('queue.actions'),
      cell: (node) => {
        if (!OPEN_STATUSES.includes(node.status)) return null;
        const other: ApplicationPriority = node.priority === 'HIGH' ? 'NORMAL' : 'HIGH';
        return (
          <div className="ws-cell-actions">
            {node.assignee?.id !== myId && (
              <button type="button" className="secondary" disabled={action.busy} aria-label={t('queue.assignMeLabel', { number: node.number })} onClick={() => take(node.id, node.number)}>
                {t('queue.assignMe')}
              </button>
            )}
            <button type="button" className="secondary" disabled={action.busy} aria-label={t(`queue.makePriorityLabel.${other}`, { number: node.number })} onClick={() => setPriority(node.id, node.number, other)}>
              {t(`queue.makePriority.${other}`)}
            </button>
          </div>
        );
      },
    },
  ];
  const toggleStatus = (status: ApplicationStatus, on: boolean) => setDraft((d) => ({ ...d, status: on ? STATUSES.filter((s) => s === status || d.status.includes(s)) : d.status.filter((s) => s !== status) }));

  return (
    <>
      <h1>{t('queue.title')}</h1>
      {options.data?.me?.department && <p>{t('queue.department', { name: options.data.me.department.name })}</p>}

      <section className="ws-panel" aria-labelledby="ws-saved-heading">
        <h2 id="ws-saved-heading">{t('queue.saved')}</h2>
        <div className="ws-row">
          <div className="field">
            <label htmlFor={ids.saved}>{t('queue.savedSelect')}</label>
            <select
              id={ids.saved}
              value={savedFilterId}
              onChange={(e) => {
                const saved = savedFilters.find((f) => f.id === e.target.value);
                apply(saved ? fromSavedFilter(saved, myId) : applied, saved?.id ?? '');
              }}
            >
              <option value="">{t('queue.savedNone')}</option>
              {savedFilters.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" disabled={!savedFilterId || saving.busy} onClick={deleteFilter}>
            {t('queue.delete')}
          </button>
        </div>
        <div className="ws-row">
          <TextField label={t('queue.saveName')} value={filterName} error={nameError} onChange={(e) => setFilterName(e.target.value)} maxLength={100} />
          <button type="button" className="secondary" disabled={saving.busy} onClick={saveFilter}>
            {t('queue.save')}
          </button>
        </div>
        <Problems problem={saving.problem} />
        <Notice text={saving.notice} />
      </section>

      <form className="ws-panel" onSubmit={submit} aria-labelledby="ws-filter-heading">
        <h2 id="ws-filter-heading">{t('queue.filters')}</h2>
        <div className="ws-filters">
          <fieldset aria-describedby={ids.status}>
            <legend>{t('queue.status')}</legend>
            <p id={ids.status} className="hint">
              {t('queue.statusHint')}
            </p>
            <div className="ws-checks">
              {STATUSES.map((status) => (
                <label key={status}>
                  <input type="checkbox" checked={draft.status.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
                  {statusLabel(status)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={ids.bucket}>{t('queue.deadline')}</label>
            <select id={ids.bucket} value={draft.deadlineBucket} onChange={(e) => setDraft((d) => ({ ...d, deadlineBucket: e.target.value as QueueFilterState['deadlineBucket'] }))}>
              <option value="">{t('queue.any')}</option>
              {BUCKETS.map((b) => (
                <option key={b} value={b}>
                  {t(`bucket.${b}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.service}>{t('queue.service')}</label>
            <select id={ids.service} value={draft.serviceId} onChange={(e) => setDraft((d) => ({ ...d, serviceId: e.target.value }))}>
              <option value="">{t('queue.anyService')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
              {draft.serviceId && !services.some((s) => s.id === draft.serviceId) && <option value={draft.serviceId}>{draft.serviceId}</option>}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.priority}>{t('queue.priority')}</label>
            <select id={ids.priority} value={draft.priority} onChange={(e) => setDraft((d) => ({ ...d, priority: e.target.value as QueueFilterState['priority'] }))}>
              <option value="">{t('queue.any')}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.assignment}>{t('queue.assignment')}</label>
            <select id={ids.assignment} value={assignmentValue(draft.assignment)} onChange={(e) => setDraft((d) => ({ ...d, assignment: assignmentFrom(e.target.value) }))}>
              {(['any', 'me', 'unassigned', 'assigned'] as const).map((a) => (
                <option key={a} value={a}>
                  {t(`queue.assignment.${a}`)}
                </option>
              ))}
              {typeof draft.assignment === 'object' && <option value={assignmentValue(draft.assignment)}>{t('queue.assignment.other', { id: draft.assignment.employeeId })}</option>}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.order}>{t('queue.order')}</label>
            <select id={ids.order} value={draft.orderBy} onChange={(e) => setDraft((d) => ({ ...d, orderBy: e.target.value as QueueFilterState['orderBy'] }))}>
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`queue.order.${o}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="ws-actions-bar">
          <button type="submit" className="primary">
            {t('queue.apply')}
          </button>
          <button type="button" className="secondary" onClick={() => apply(fromSearchParams(new URLSearchParams()))}>
            {t('queue.reset')}
          </button>
        </div>
      </form>

      <Problems problem={queue.error ?? action.problem} />
      <Notice text={action.notice} />
      {queue.loading && !refreshing && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <>
          <DataTable
            caption={t('queue.caption', { count: connection.totalCount, page: pages.page })}
            columns={columns}
            rows={connection.edges.map((e) => e.node)}
            rowKey={(node) => node.id}
            rowClassName={(node) => (bucketLabel(node.deadlineBucket).urgent ? 'ws-urgent' : undefined)}
            empty={t('queue.empty')}
          />
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}
