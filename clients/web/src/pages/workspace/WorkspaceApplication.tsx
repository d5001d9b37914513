import {
  WorkspaceApplicationChangedDocument,
  WorkspaceApplicationDocument,
  WorkspaceAssignToMeDocument,
  WorkspaceRegisterApplicationDocument,
  WorkspaceSetApplicationPriorityDocument,
  WorkspaceStartProcessingDocument,
  type WorkspaceApplicationDetailsFragment,
} from '@eco/sdk';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { DataTable } from '../../components/data-table';
import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useSession } from '../../session/session';
import { ApplicationDecisions, type Act } from './ApplicationDecisions';
import { BucketBadge } from './BucketBadge';
import { FormDataView } from './FormDataView';
import { newerApplication } from './newer-application';
import { OPEN_STATUSES } from './queue-filter';
import { FileLink, Notice, Problems, useAction, useFormat, useWorkspaceT } from './ui';

type Details = WorkspaceApplicationDetailsFragment;
type History = Details['history'][number];

/** One application for the department: summary, form, files, history, and the actions its status allows. */
export function WorkspaceApplication() {
  const { id = '' } = useParams();
  const t = useWorkspaceT();
  const statusLabel = useApplicationStatusLabel('employee');
  const format = useFormat();
  const { user } = useSession();
  const { data, error, loading, reload } = useQuery(WorkspaceApplicationDocument, { id });
  const action = useAction();
  const [live, setLive] = useState<string | null>(null);
  // What the last action returned: shown at once, until a load brings something as new or newer.
  const [returned, setReturned] = useState<Details | null>(null);
  useEffect(() => setReturned(null), [id]);
  useSubscription(WorkspaceApplicationChangedDocument, { applicationId: id }, () => {
    reload();
    setLive(t('app.liveUpdated'));
  });

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  const loaded = data?.application;
  if (!loaded)
    return (
      <>
        <p>
          <Link to="/workspace">{t('app.back')}</Link>
        </p>
        <h1>{t('app.notFound')}</h1>
        <Problems problem={error} />
      </>
    );
  const application = newerApplication<Details>(loaded, returned);

  const act: Act = async (run) => {
    setLive(null);
    const payload = await run();
    if (payload?.application) setReturned(payload.application);
    if (payload) reload();
    return payload !== null;
  };
  const done = (p: { application: Details | null }) => t('app.done', { status: p.application ? statusLabel(p.application.status) : '' });
  const input = { applicationId: application.id };
  const schema = loaded.service.formSchema as Parameters<typeof FormDataView>[0]['schema'];
  const open = OPEN_STATUSES.includes(application.status);
  const otherPriority = application.priority === 'HIGH' ? 'NORMAL' : 'HIGH';

  return (
    <>
      <p>
        <Link to="/workspace">{t('app.back')}</Link>
      </p>
      <h1>{t('app.title', { number: application.number })}</h1>
      <Notice text={live} />

      <div className="ws-grid">
        <section className="ws-panel" aria-labelledby="ws-app-summary">
          <h2 id="ws-app-summary">{t('app.summary')}</h2>
          <dl className="ws-dl">
            <dt>{t('app.service')}</dt>
            <dd>{application.serviceTitle}</dd>
            <dt>{t('app.status')}</dt>
            <dd>
              <strong data-testid="application-status">{statusLabel(application.status)}</strong>
            </dd>
            <dt>{t('app.deadline')}</dt>
            <dd>
              {format.dateTime(application.deadline)} <BucketBadge bucket={application.deadlineBucket} />
            </dd>
            <dt>{t('app.priority')}</dt>
            <dd>{t(`priority.${application.priority}`)}</dd>
            <dt>{t('app.fee')}</dt>
            <dd>
              {t(`fee.${application.stateFeeStatus}`)}
              {application.stateFeeKopecks > 0 && ` — ${format.number(application.stateFeeKopecks / 100, 2)} ₽`}
            </dd>
            <dt>{t('app.assignee')}</dt>
            <dd>{application.assignee ? `${application.assignee.lastName} ${application.assignee.firstName}` : t('app.unassigned')}</dd>
            <dt>{t('app.submittedAt')}</dt>
            <dd>{format.dateTime(application.submittedAt)}</dd>
            <dt>{t('app.registeredAt')}</dt>
            <dd>{format.dateTime(application.registeredAt)}</dd>
            {application.completedAt && (
              <>
                <dt>{t('app.completedAt')}</dt>
                <dd>{format.dateTime(application.completedAt)}</dd>
              </>
            )}
          </dl>
        </section>

        <section className="ws-panel" aria-labelledby="ws-app-applicant">
          <h2 id="ws-app-applicant">{t('app.applicant')}</h2>
          <dl className="ws-dl">
            <dt>{t('app.name')}</dt>
            <dd>{application.applicantName ?? '—'}</dd>
            <dt>{t('app.email')}</dt>
            <dd>
              <a href={`mailto:${application.applicant.email}`}>{application.applicant.email}</a>
            </dd>
            <dt>{t('app.phone')}</dt>
            <dd>
              <a href={`tel:${application.applicant.phone}`}>{application.applicant.phone}</a>
            </dd>
          </dl>
        </section>
      </div>

      <section className="ws-panel" aria-labelledby="ws-app-actions">
        <h2 id="ws-app-actions">{t('app.actions')}</h2>
        {/* Next to the buttons, where the eye and the focus are when an action is refused. */}
        <Problems problem={action.problem ?? error} />
        <Notice text={action.notice} />
        {open && (
          <div className="ws-actions-bar">
            {application.assignee?.id !== user?.id && (
              <button type="button" className="secondary" disabled={action.busy} onClick={() => act(() => action.run(WorkspaceAssignToMeDocument, { input }, (r) => r.assignApplication, () => t('app.assigned')))}>
                {t('app.assignMe')}
              </button>
            )}
            {application.status === 'SUBMITTED' && (
              <button type="button" className="primary" disabled={action.busy} onClick={() => act(() => action.run(WorkspaceRegisterApplicationDocument, { input }, (r) => r.registerApplication, done))}>
                {t('app.register')}
              </button>
            )}
            {application.status === 'REGISTERED' && (
              <button type="button" className="primary" disabled={action.busy} onClick={() => act(() => action.run(WorkspaceStartProcessingDocument, { input }, (r) => r.startProcessing, done))}>
                {t('app.start')}
              </button>
            )}
            <button
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => act(() => action.run(WorkspaceSetApplicationPriorityDocument, { input: { ...input, priority: otherPriority } }, (r) => r.setApplicationPriority, (p) => t('app.priorityDone', { priority: t(`priority.${p.application?.priority ?? otherPriority}`) })))}
            >
              {t(`queue.makePriority.${otherPriority}`)}
            </button>
          </div>
        )}
        {application.status === 'IN_PROGRESS' ? <ApplicationDecisions key={application.id} applicationId={application.id} action={action} act={act} done={done} /> : !open && <p>{t('app.noActions')}</p>}
        {application.status === 'INFO_REQUESTED' && <p>{t('app.waitingForApplicant')}</p>}
      </section>

      {application.result && (
        <section className="ws-panel" aria-labelledby="ws-app-result">
          <h2 id="ws-app-result">{t('app.result')}</h2>
          <dl className="ws-dl">
            {application.result.decision && (
              <>
                <dt>{t('app.decision')}</dt>
                <dd>{application.result.decision}</dd>
              </>
            )}
            {application.result.documentRef && (
              <>
                <dt>{t('app.documentRef')}</dt>
                <dd>{application.result.documentRef}</dd>
              </>
            )}
            {application.result.rejectionReason && (
              <>
                <dt>{t('app.rejectionReason')}</dt>
                <dd>{application.result.rejectionReason}</dd>
              </>
            )}
          </dl>
          {application.resultDocument?.downloadUrl && (
            <p>
              <FileLink href={application.resultDocument.downloadUrl} name={t('app.resultDocument', { title: application.resultDocument.title, number: application.resultDocument.number })} />
            </p>
          )}
        </section>
      )}

      <section className="ws-panel" aria-labelledby="ws-app-form">
        <h2 id="ws-app-form">{t('app.form')}</h2>
        <FormDataView value={application.formData} schema={schema} />
      </section>

      <section className="ws-panel" aria-labelledby="ws-app-files">
        <h2 id="ws-app-files">{t('app.attachments')}</h2>
        {application.attachments.length ? (
          <ul>
            {application.attachments.map((doc, i) =>
              doc ? (
                <li key={doc.id}>
                  {doc.downloadUrl ? <FileLink href={doc.downloadUrl} name={doc.fileName} /> : t('app.notReady', { name: doc.fileName, status: doc.status })}{' '}
                  <span className="hint">
                    ({doc.contentType ?? '?'}, {format.number(doc.size / 1024, 1)} KB)
                  </span>
                </li>
              ) : (
                <li key={i}>—</li>
              ),
            )}
          </ul>
        ) : (
          <p>{t('app.noAttachments')}</p>
        )}
      </section>

      <section className="ws-panel" aria-labelledby="ws-app-history">
        <h2 id="ws-app-history">{t('app.history')}</h2>
        <DataTable<History>
          caption={t('app.historyCaption')}
          rows={application.history}
          rowKey={(_, i) => String(i)}
          columns={[
            { key: 'when', header: t('app.when'), cell: (change) => format.dateTime(change.at) },
            { key: 'change', header: t('app.change'), cell: (change) => (change.from ? `${statusLabel(change.from)} → ${statusLabel(change.to)}` : statusLabel(change.to)) },
            { key: 'who', header: t('app.who'), cell: (change) => `${t(`role.${change.actorRole}`)}${change.actor ? `: ${change.actor.lastName} ${change.actor.firstName}` : ''}` },
            { key: 'comment', header: t('app.comment'), cell: (change) => change.comment ?? '—' },
          ]}
        />
      </section>
    </>
  );
}
