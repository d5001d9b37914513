import {
  WorkspaceApplicationChangedDocument,
  WorkspaceApplicationDocument,
  WorkspaceAssignToMeDocument,
  WorkspaceCompleteApplicationDocument,
  WorkspaceRegisterApplicationDocument,
  WorkspaceRejectApplicationDocument,
  WorkspaceRequestInformationDocument,
  WorkspaceStartProcessingDocument,
  type WorkspaceApplicationDetailsFragment,
} from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { useSession } from '../../session/session';
import { bucketLabel } from './deadline';
import { FormDataView } from './FormDataView';
import { FileLink, Notice, Problems, useAction, useFormat, useWorkspaceT } from './ui';

type Details = WorkspaceApplicationDetailsFragment;
type Payload = { application: Details | null; userErrors: { field?: string | null; code: string; message: string }[] };

const OPEN = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED'];

/** One application for the department: summary, form, files, history, and the actions its status allows. */
export function WorkspaceApplication() {
  const { id = '' } = useParams();
  const t = useWorkspaceT();
  const format = useFormat();
  const { user } = useSession();
  const { data, error, loading, reload } = useQuery(WorkspaceApplicationDocument, { id });
  const action = useAction();
  const [live, setLive] = useState<string | null>(null);
  useSubscription(WorkspaceApplicationChangedDocument, { applicationId: id }, () => {
    reload();
    setLive(t('app.liveUpdated'));
  });

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  const application = data?.application;
  if (!application)
    return (
      <>
        <p>
          <Link to="/workspace">{t('app.back')}</Link>
        </p>
        <h1>{t('app.notFound')}</h1>
        <Problems problem={error} />
      </>
    );

  const act = async (run: () => Promise<Payload | null>) => {
    setLive(null);
    const payload = await run();
    if (payload) reload();
  };
  const done = (p: Payload) => t('app.done', { status: p.application ? t(`status.${p.application.status}`) : '' });
  const input = { applicationId: application.id };
  const bucket = bucketLabel(application.deadlineBucket);
  const schema = application.service.formSchema as Parameters<typeof FormDataView>[0]['schema'];

  return (
    <>
      <p>
        <Link to="/workspace">{t('app.back')}</Link>
      </p>
      <h1>{t('app.title', { number: application.number })}</h1>
      <Problems problem={action.problem ?? error} />
      <Notice text={action.notice ?? live} />

      <div className="ws-grid">
        <section className="ws-panel" aria-labelledby="ws-app-summary">
          <h2 id="ws-app-summary">{t('app.summary')}</h2>
          <dl className="ws-dl">
            <dt>{t('app.service')}</dt>
            <dd>{application.serviceTitle}</dd>
            <dt>{t('app.status')}</dt>
            <dd>
              <strong>{t(`status.${application.status}`)}</strong>
            </dd>
            <dt>{t('app.deadline')}</dt>
            <dd>
              {format.dateTime(application.deadline)}{' '}
              <span className={bucket.className}>
                {bucket.marker && <span aria-hidden="true">{bucket.marker} </span>}
                {t(bucket.key)}
              </span>
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
        <Actions application={application} myId={user?.id ?? null} busy={action.busy} act={act} run={action.run} done={done} input={input} clear={() => (action.setNotice(null), action.setProblem(null), setLive(null))} />
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
        <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-history-caption">
          <table>
            <caption id="ws-history-caption">{t('app.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('app.when')}</th>
                <th scope="col">{t('app.change')}</th>
                <th scope="col">{t('app.who')}</th>
                <th scope="col">{t('app.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {application.history.map((change, i) => (
                <tr key={i}>
                  <th scope="row">{format.dateTime(change.at)}</th>
                  <td>{change.from ? `${t(`status.${change.from}`)} → ${t(`status.${change.to}`)}` : t(`status.${change.to}`)}</td>
                  <td>
                    {t(`role.${change.actorRole}`)}
                    {change.actor && `: ${change.actor.lastName} ${change.actor.firstName}`}
                  </td>
                  <td>{change.comment ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

type Run = ReturnType<typeof useAction>['run'];

/** The workflow actions the application's status allows (the API checks them again). */
function Actions({ application, myId, busy, act, run, done, input, clear }: { application: Details; myId: string | null; busy: boolean; clear(): void; act(run: () => Promise<Payload | null>): Promise<void>; run: Run; done(p: Payload): string; input: { applicationId: string } }) {
  const t = useWorkspaceT();
  const { status } = application;
  const canAssign = OPEN.includes(status) && application.assignee?.id !== myId;
  const buttons = (
    <div className="ws-actions-bar">
      {canAssign && (
        <button type="button" className="secondary" disabled={busy} onClick={() => act(() => run(WorkspaceAssignToMeDocument, { input }, (r) => r.assignApplication, () => t('app.assigned')))}>
          {t('app.assignMe')}
        </button>
      )}
      {status === 'SUBMITTED' && (
        <button type="button" className="primary" disabled={busy} onClick={() => act(() => run(WorkspaceRegisterApplicationDocument, { input }, (r) => r.registerApplication, done))}>
          {t('app.register')}
        </button>
      )}
      {status === 'REGISTERED' && (
        <button type="button" className="primary" disabled={busy} onClick={() => act(() => run(WorkspaceStartProcessingDocument, { input }, (r) => r.startProcessing, done))}>
          {t('app.start')}
        </button>
      )}
    </div>
  );
  if (status !== 'IN_PROGRESS') return canAssign || status === 'SUBMITTED' || status === 'REGISTERED' ? buttons : <p>{t('app.noActions')}</p>;
  return (
    <>
      {buttons}
      <CommentAction
        label={t('app.requestComment')}
        submit={t('app.requestInfo')}
        busy={busy}
        onInvalid={clear}
        onSubmit={(comment) => act(() => run(WorkspaceRequestInformationDocument, { input: { ...input, comment } }, (r) => r.requestInformation, done))}
      />
      <CommentAction
        label={t('app.decisionLabel')}
        extraLabel={t('app.documentRefLabel')}
        submit={t('app.complete')}
        primary
        busy={busy}
        onInvalid={clear}
        onSubmit={(decision, documentRef) => act(() => run(WorkspaceCompleteApplicationDocument, { input: { ...input, decision, documentRef: documentRef || undefined } }, (r) => r.completeApplication, done))}
      />
      <CommentAction label={t('app.reasonLabel')} submit={t('app.reject')} busy={busy} onInvalid={clear} onSubmit={(reason) => act(() => run(WorkspaceRejectApplicationDocument, { input: { ...input, reason } }, (r) => r.rejectApplication, done))} />
    </>
  );
}

/** A small form: a required text (and an optional second field), one submit button. */
function CommentAction({ label, extraLabel, submit, primary, busy, onSubmit, onInvalid }: { label: string; extraLabel?: string; submit: string; primary?: boolean; busy: boolean; onSubmit(text: string, extra: string): Promise<void>; onInvalid(): void }) {
  const t = useWorkspaceT();
  const id = useId();
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [missing, setMissing] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      onInvalid();
      return;
    }
    setMissing(false);
    await onSubmit(text.trim(), extra.trim());
  };
  return (
    <form className="ws-action-form" onSubmit={send} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} required aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined} />
        {missing && (
          <span id={`${id}-error`} className="error" role="alert">
            {t('app.required')}
          </span>
        )}
      </div>
      {extraLabel && (
        <div className="field">
          <label htmlFor={`${id}-extra`}>{extraLabel}</label>
          <input id={`${id}-extra`} value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={200} />
        </div>
      )}
      <button type="submit" className={primary ? 'primary' : 'secondary'} disabled={busy}>
        {submit}
      </button>
    </form>
  );
}
