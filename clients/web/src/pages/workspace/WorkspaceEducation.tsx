import {
  WorkspaceDecideEnrollmentDocument,
  WorkspaceEnrollmentQueueDocument,
  WorkspaceGroupQueueDocument,
  WorkspaceKindergartensDocument,
  WorkspaceOfferPlaceDocument,
  WorkspaceSchoolsDocument,
  type SchoolEnrollmentDecision,
  type SchoolEnrollmentStatus,
  type WorkspaceEnrollmentQueueQuery,
} from '@eco/sdk';
import { useId, useState } from 'react';
import { useQuery } from '../../api/api';
import { FileLink, Notice, Pager, Problems, useAction, useCursorPages, useFormat, useWorkspaceT } from './ui';

/** MINPROS: kindergarten group queues with place offers; first-grade enrollment decisions. */
export function WorkspaceEducation() {
  const t = useWorkspaceT();
  return (
    <>
      <h1>{t('edu.title')}</h1>
      <KindergartenQueues />
      <SchoolEnrollments />
    </>
  );
}

function KindergartenQueues() {
  const t = useWorkspaceT();
  const format = useFormat();
  const ids = { kindergarten: useId(), group: useId() };
  const kindergartens = useQuery(WorkspaceKindergartensDocument, { first: 100 });
  const [kindergartenId, setKindergartenId] = useState('');
  const [groupId, setGroupId] = useState('');
  const list = kindergartens.data?.kindergartens?.edges.map((e) => e.node) ?? [];
  const kindergarten = list.find((k) => k.id === kindergartenId);
  const group = kindergarten?.groups.find((g) => g.id === groupId);

  return (
    <section className="ws-panel" aria-labelledby="ws-kg-heading">
      <h2 id="ws-kg-heading">{t('edu.kindergartens')}</h2>
      <Problems problem={kindergartens.error} />
      <div className="ws-row">
        <div className="field">
          <label htmlFor={ids.kindergarten}>{t('edu.kindergarten')}</label>
          <select
            id={ids.kindergarten}
            value={kindergartenId}
            onChange={(e) => {
              setKindergartenId(e.target.value);
              setGroupId('');
            }}
          >
            <option value="">{t('edu.choose')}</option>
            {list.map((k) => (
              <option key={k.id} value={k.id}>
                № {k.number} — {k.name} ({k.district})
              </option>
            ))}
          </select>
        </div>
        {kindergarten && (
          <div className="field">
            <label htmlFor={ids.group}>{t('edu.group')}</label>
            <select
              id={ids.group}
              value={groupId}
              onChange={(e) => {
                setGroupId(e.target.value);
              }}
            >
              <option value="">{t('edu.choose')}</option>
              {kindergarten.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {t('edu.groupOption', { name: g.name, free: g.freePlaces, capacity: g.capacity })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {kindergarten && group && <GroupQueue key={group.id} kindergartenId={kindergarten.id} group={group} onChanged={kindergartens.reload} />}
    </section>
  );
}

type Group = { id: string; name: string };

function GroupQueue({ kindergartenId, group, onChanged }: { kindergartenId: string; group: Group; onChanged(): void }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const groupId = group.id;
  const pages = useCursorPages();
  const queue = useQuery(WorkspaceGroupQueueDocument, { groupId, first: 20, after: pages.after ?? undefined });
  const action = useAction();
  const connection = queue.data?.kindergartenGroupQueue;

  async function offer(applicationId: string) {
    const done = await action.run(WorkspaceOfferPlaceDocument, { input: { applicationId, kindergartenId } }, (r) => r.offerKindergartenPlace, (p) => t('edu.offered', { date: format.dateTime(p.application?.offerExpiresAt) }));
    if (done) {
      queue.reload();
      onChanged();
    }
  }

  return (
    <>
      <Problems problem={action.problem ?? (queue.error)} />
      <Notice text={action.notice} />
      {queue.loading && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <>
          <p className="hint">{t('edu.offerOnlyFirst')}</p>
          <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-kg-caption">
            <table>
              <caption id="ws-kg-caption">{t('edu.queueCaption', { name: group.name, count: connection.totalCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edu.position')}</th>
                  <th scope="col">{t('edu.benefit')}</th>
                  <th scope="col">{t('edu.birthDate')}</th>
                  <th scope="col">{t('edu.startDate')}</th>
                  <th scope="col">{t('queue.submitted')}</th>
                  <th scope="col">{t('edu.documents')}</th>
                  <th scope="col">{t('queue.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }, i) => {
                  const position = node.queuePositions.find((p) => p.group.id === groupId)?.position ?? (pages.page - 1) * 20 + i + 1;
                  return (
                    <tr key={node.id}>
                      <th scope="row">{position}</th>
                      <td>{t(`benefit.${node.benefitCategory}`)}</td>
                      <td>{format.date(node.childBirthDate)}</td>
                      <td>{format.date(node.desiredStartDate)}</td>
                      <td>{format.dateTime(node.submittedAt)}</td>
                      <td>
                        {node.benefitDocuments.filter(Boolean).length
                          ? node.benefitDocuments.map((d, j) => (d?.downloadUrl ? <div key={d.id}><FileLink href={d.downloadUrl} name={d.fileName} /></div> : <div key={j}>{d?.fileName ?? '—'}</div>))
                          : '—'}
                      </td>
                      <td>
                        {node.status === 'QUEUED' && position === 1 && (
                          <button type="button" className="primary" disabled={action.busy} aria-label={t('edu.offerLabel', { position })} onClick={() => offer(node.id)}>
                            {t('edu.offer')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {connection.edges.length === 0 && <p>{t('edu.queueEmpty')}</p>}
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}

const ENROLLMENT_STATUSES: SchoolEnrollmentStatus[] = ['SUBMITTED', 'ENROLLED', 'REFUSED'];

function SchoolEnrollments() {
  const t = useWorkspaceT();
  const ids = { school: useId(), status: useId() };
  const schools = useQuery(WorkspaceSchoolsDocument, { first: 100 });
  const [schoolId, setSchoolId] = useState('');
  const [status, setStatus] = useState<SchoolEnrollmentStatus>('SUBMITTED');
  const list = schools.data?.schools?.edges.map((e) => e.node) ?? [];

  return (
    <section className="ws-panel" aria-labelledby="ws-school-heading">
      <h2 id="ws-school-heading">{t('edu.schools')}</h2>
      <Problems problem={schools.error} />
      <div className="ws-row">
        <div className="field">
          <label htmlFor={ids.school}>{t('edu.school')}</label>
          <select
            id={ids.school}
            value={schoolId}
            onChange={(e) => {
              setSchoolId(e.target.value);
            }}
          >
            <option value="">{t('edu.choose')}</option>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {t('edu.schoolOption', { number: s.number, name: s.name, free: s.freePlaces, places: s.firstGradePlaces })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('edu.enrollmentStatus')}</label>
          <select
            id={ids.status}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as SchoolEnrollmentStatus);
            }}
          >
            {ENROLLMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`enrollment.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {schoolId && <EnrollmentQueue key={`${schoolId}-${status}`} schoolId={schoolId} status={status} onChanged={schools.reload} />}
    </section>
  );
}

function EnrollmentQueue({ schoolId, status, onChanged }: { schoolId: string; status: SchoolEnrollmentStatus; onChanged(): void }) {
  const t = useWorkspaceT();
  const pages = useCursorPages();
  const queue = useQuery(WorkspaceEnrollmentQueueDocument, { schoolId, status: [status], first: 20, after: pages.after ?? undefined });
  const action = useAction();
  const connection = queue.data?.schoolEnrollmentQueue;
  return (
    <>
      <Problems problem={action.problem ?? (queue.error)} />
      <Notice text={action.notice} />
      {queue.loading && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <>
          <div className="ws-table-wrap" tabIndex={0} role="region" aria-labelledby="ws-school-caption">
            <table>
              <caption id="ws-school-caption">{t('edu.enrollCaption', { count: connection.totalCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.submitted')}</th>
                  <th scope="col">{t('edu.basis')}</th>
                  <th scope="col">{t('edu.right')}</th>
                  <th scope="col">{t('edu.birthDate')}</th>
                  <th scope="col">{t('edu.address')}</th>
                  <th scope="col">{t('edu.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <EnrollmentRow
                    key={node.id}
                    enrollment={node}
                    busy={action.busy}
                    onDecide={async (decision, comment) => {
                      const done = await action.run(WorkspaceDecideEnrollmentDocument, { input: { enrollmentId: node.id, decision, comment: comment || undefined } }, (r) => r.decideSchoolEnrollment, (p) => t('edu.decided', { status: p.enrollment ? t(`enrollment.${p.enrollment.status}`) : '' }));
                      if (done) {
                        queue.reload();
                        onChanged();
                      }
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {connection.edges.length === 0 && <p>{t('edu.enrollEmpty')}</p>}
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}

type Enrollment = NonNullable<WorkspaceEnrollmentQueueQuery['schoolEnrollmentQueue']>['edges'][number]['node'];

function EnrollmentRow({ enrollment, busy, onDecide }: { enrollment: Enrollment; busy: boolean; onDecide(decision: SchoolEnrollmentDecision, comment: string): Promise<void> }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const id = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <tr>
      <th scope="row">{format.dateTime(enrollment.submittedAt)}</th>
      <td>{t(`basis.${enrollment.basis}`)}</td>
      <td>{enrollment.priorityRight ? t(`right.${enrollment.priorityRight}`) : '—'}</td>
      <td>{format.date(enrollment.childBirthDate)}</td>
      <td>{enrollment.registeredAddress ?? '—'}</td>
      <td>
        {enrollment.status === 'SUBMITTED' ? (
          <div>
            <label htmlFor={`${id}-c`} className="ws-visually-hidden">
              {t('edu.commentFor', { date: format.dateTime(enrollment.submittedAt) })}
            </label>
            <input id={`${id}-c`} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('app.comment')} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-e` : undefined} maxLength={2000} />
            {missing && (
              <span id={`${id}-e`} className="error" role="alert">
                {t('edu.refuseNeedsComment')}
              </span>
            )}
            <div className="ws-actions-bar">
              <button type="button" className="primary" disabled={busy} onClick={() => onDecide('ENROLLED', comment.trim())}>
                {t('edu.enroll')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => {
                  if (!comment.trim()) return setMissing(true);
                  setMissing(false);
                  void onDecide('REFUSED', comment.trim());
                }}
              >
                {t('edu.refuse')}
              </button>
            </div>
          </div>
        ) : (
          <>
            {t(`enrollment.${enrollment.status}`)}
            {enrollment.decidedAt && `, ${format.dateTime(enrollment.decidedAt)}`}
            {enrollment.comment && <div>{enrollment.comment}</div>}
          </>
        )}
      </td>
    </tr>
  );
}
