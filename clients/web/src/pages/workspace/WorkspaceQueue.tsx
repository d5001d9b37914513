import {
  WorkspaceApplicationChangedDocument,
  WorkspaceAssignApplicationDocument,
  WorkspaceDeleteSavedFilterDocument,
  WorkspaceQueueDocument,
  WorkspaceQueueOptionsDocument,
  WorkspaceSaveQueueFilterDocument,
  type ApplicationStatus,
} from '@eco/sdk';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { TextField } from '../../components/TextField';
import { useSession } from '../../session/session';
import { bucketLabel } from './deadline';
import { BUCKETS, ORDERS, PRIORITIES, STATUSES, fromSavedFilter, fromSearchParams, toQueueFilter, toQueueVariables, toSearchParams, type Assignment, type QueueFilterState } from './queue-filter';
import { Notice, Pager, Problems, useAction, useCursorPages, useFormat, useWorkspaceT } from './ui';

const assignmentValue = (a: Assignment) => (typeof a === 'object' ? `employee:${a.employeeId}` : a);
const assignmentFrom = (value: string): Assignment => (value.startsWith('employee:') ? { employeeId: value.slice('employee:'.length) } : (value as Assignment));

/** The department queue: filters, order, saved filter sets, deadline buckets, "take", cursor pages. */
export function WorkspaceQueue() {
  const t = useWorkspaceT();
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

  // Someone changed an application of the department: the queue shows it.
  useSubscription(WorkspaceApplicationChangedDocument, {}, () => queue.reload());

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
  const connection = queue.data?.departmentQueue;

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
    if (done) queue.reload();
  }
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
                  {t(`status.${status}`)}
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
      {queue.loading && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <>
          <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-queue-caption">
            <table>
              <caption id="ws-queue-caption">{t('queue.caption', { count: connection.totalCount, page: pages.page })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.number')}</th>
                  <th scope="col">{t('queue.deadline')}</th>
                  <th scope="col">{t('queue.status')}</th>
                  <th scope="col">{t('queue.service')}</th>
                  <th scope="col">{t('queue.applicant')}</th>
                  <th scope="col">{t('queue.priority')}</th>
                  <th scope="col">{t('queue.assignment')}</th>
                  <th scope="col">{t('queue.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => {
                  const bucket = bucketLabel(node.deadlineBucket);
                  const mine = node.assignee?.id === myId;
                  return (
                    <tr key={node.id} className={bucket.urgent ? 'ws-urgent' : undefined}>
                      <th scope="row">
                        <Link to={`/workspace/applications/${node.id}`}>{node.number}</Link>
                        <br />
                        <span className="hint">{format.dateTime(node.submittedAt)}</span>
                      </th>
                      <td>
                        <span className={bucket.className}>
                          {bucket.marker && <span aria-hidden="true">{bucket.marker} </span>}
                          {t(bucket.key)}
                        </span>
                        <br />
                        {format.dateTime(node.deadline)}
                      </td>
                      <td>{t(`status.${node.status}`)}</td>
                      <td>{node.serviceTitle}</td>
                      <td>{node.applicantName ?? '—'}</td>
                      <td>{node.priority === 'HIGH' ? <strong>{t('priority.HIGH')}</strong> : t('priority.NORMAL')}</td>
                      <td>{mine ? t('queue.mine') : node.assignee ? `${node.assignee.lastName} ${node.assignee.firstName}` : '—'}</td>
                      <td>
                        {!mine && (
                          <button type="button" className="secondary" disabled={action.busy} aria-label={t('queue.assignMeLabel', { number: node.number })} onClick={() => take(node.id, node.number)}>
                            {t('queue.assignMe')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {connection.edges.length === 0 && <p>{t('queue.empty')}</p>}
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}
