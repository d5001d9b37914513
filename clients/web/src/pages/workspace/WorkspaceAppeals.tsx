import { WorkspaceAppealsDocument, WorkspaceReviewAppealDocument, WorkspaceStartAppealReviewDocument, type AppealDecision, type AppealStatus, type WorkspaceAppealDetailsFragment } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '../../api/api';
import { FileLink, Notice, Pager, Problems, useAction, useCursorPages, useFormat, useWorkspaceT } from './ui';

const STATUSES: AppealStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'UPHELD', 'DISMISSED'];
const DECISIONS: AppealDecision[] = ['UPHELD', 'DISMISSED'];

/** GIBDD's appeal queue (oldest first): take an appeal for review, read its evidence, decide. */
export function WorkspaceAppeals() {
  const t = useWorkspaceT();
  const statusId = useId();
  const [status, setStatus] = useState<AppealStatus | ''>('');
  const pages = useCursorPages();
  const { data, error, loading, reload } = useQuery(WorkspaceAppealsDocument, { first: 20, after: pages.after ?? undefined, status: status ? [status] : undefined });
  const action = useAction();
  const connection = data?.appealQueue;

  return (
    <>
      <h1>{t('appeals.title')}</h1>
      <div className="field narrow">
        <label htmlFor={statusId}>{t('appeals.status')}</label>
        <select
          id={statusId}
          value={status}
          onChange={(e) => {
            pages.reset();
            setStatus(e.target.value as AppealStatus | '');
          }}
        >
          <option value="">{t('appeals.open')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`appealStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Problems problem={action.problem ?? error} />
      <Notice text={action.notice} />
      {loading && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <section aria-labelledby="ws-appeals-caption">
          <h2 id="ws-appeals-caption">{t('appeals.caption', { count: connection.totalCount })}</h2>
          {connection.edges.length === 0 ? (
            <p>{t('appeals.empty')}</p>
          ) : (
            <ul className="ws-card-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <AppealCard appeal={node} action={action} onChanged={reload} />
                </li>
              ))}
            </ul>
          )}
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </section>
      )}
    </>
  );
}

function AppealCard({ appeal, action, onChanged }: { appeal: WorkspaceAppealDetailsFragment; action: ReturnType<typeof useAction>; onChanged(): void }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const id = useId();
  const [decision, setDecision] = useState<AppealDecision | ''>('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const done = (result: { status: AppealStatus } | null) => t('appeals.done', { status: result ? t(`appealStatus.${result.status}`) : '' });

  async function take() {
    if (await action.run(WorkspaceStartAppealReviewDocument, { input: { appealId: appeal.id } }, (r) => r.startAppealReview, (p) => done(p.appeal))) onChanged();
  }
  async function decide(event: FormEvent) {
    event.preventDefault();
    if (!decision) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await action.run(WorkspaceReviewAppealDocument, { input: { appealId: appeal.id, decision, comment: comment.trim() || undefined } }, (r) => r.reviewAppeal, (p) => done(p.appeal))) onChanged();
  }

  return (
    <article className="ws-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('appeals.heading', { uin: appeal.fineUin })}</h3>
      <dl className="ws-dl">
        <dt>{t('app.status')}</dt>
        <dd>
          <strong>{t(`appealStatus.${appeal.status}`)}</strong>
        </dd>
        <dt>{t('appeals.offence')}</dt>
        <dd>{appeal.offence}</dd>
        <dt>{t('appeals.submittedAt')}</dt>
        <dd>{format.dateTime(appeal.submittedAt)}</dd>
        {appeal.reviewStartedAt && (
          <>
            <dt>{t('appeals.reviewStartedAt')}</dt>
            <dd>{format.dateTime(appeal.reviewStartedAt)}</dd>
          </>
        )}
        {appeal.decidedAt && (
          <>
            <dt>{t('appeals.decidedAt')}</dt>
            <dd>{format.dateTime(appeal.decidedAt)}</dd>
          </>
        )}
        <dt>{t('appeals.text')}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{appeal.text}</dd>
        <dt>{t('appeals.evidence')}</dt>
        <dd>
          {appeal.evidence.filter(Boolean).length ? (
            <ul>
              {appeal.evidence.map((doc, i) =>
                doc ? <li key={doc.id}>{doc.downloadUrl ? <FileLink href={doc.downloadUrl} name={doc.fileName} /> : t('app.notReady', { name: doc.fileName, status: doc.status })}</li> : <li key={i}>—</li>,
              )}
            </ul>
          ) : (
            t('appeals.noEvidence')
          )}
        </dd>
        {appeal.attachmentRefs.length > 0 && (
          <>
            <dt>{t('appeals.refs')}</dt>
            <dd>{appeal.attachmentRefs.join(', ')}</dd>
          </>
        )}
        {appeal.comment && (
          <>
            <dt>{t('appeals.comment')}</dt>
            <dd>{appeal.comment}</dd>
          </>
        )}
      </dl>
      {appeal.status === 'SUBMITTED' && (
        <div className="ws-actions-bar">
          <button type="button" className="primary" disabled={action.busy} onClick={take}>
            {t('appeals.take')}
          </button>
        </div>
      )}
      {appeal.status === 'UNDER_REVIEW' && (
        <form className="ws-action-form" onSubmit={decide} noValidate>
          <fieldset aria-describedby={missing ? `${id}-missing` : undefined}>
            <legend>{t('appeals.decisionLabel')}</legend>
            <div className="ws-radio">
              {DECISIONS.map((d) => (
                <div key={d}>
                  <label>
                    <input type="radio" name={`${id}-decision`} value={d} checked={decision === d} onChange={() => setDecision(d)} />
                    {t(`appeals.${d}`)}
                  </label>
                </div>
              ))}
            </div>
            {missing && (
              <span id={`${id}-missing`} className="error" role="alert">
                {t('app.required')}
              </span>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t('appeals.commentLabel')}</label>
            <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          </div>
          <button type="submit" className="primary" disabled={action.busy}>
            {t('appeals.submit')}
          </button>
        </form>
      )}
    </article>
  );
}
