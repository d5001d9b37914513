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
  type WorkspaceGroupQueueQuery,
} from '@eco/sdk';
import { useId, useState } from 'react';
import { useQuery } from '../../api/api';
import { DataTable } from '../../components/data-table';
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
type QueueEntry = NonNullable<WorkspaceGroupQueueQuery['kindergartenGroupQueue']>['edges'][number]['node'];
type Enrollment = NonNullable<WorkspaceEnrollmentQueueQuery['schoolEnrollmentQueue']>['edges'][number]['node'];

function GroupQueue({ kindergartenId, group, onChanged }: { kindergartenId: string; group: Group; onChanged(): void }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const groupId = group.id;
  const pages = useCursorPages();
  const queue = useQuery(WorkspaceGroupQueueDocument, { groupId, first: 20, after: pages.after ?? undefined });
  const action = useAction();
  const connection = queue.data?.kindergartenGroupQueue;

  const positionOf = (node: QueueEntry, i: number) => node.queuePositions.find((p) => p.group.id === groupId)?.position ?? (pages.page - 1) * 20 + i + 1;
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
          <DataTable<QueueEntry>
            caption={t('edu.queueCaption', { name: group.name, count: connection.totalCount })}
            rows={connection.edges.map((e) => e.node)}
            rowKey={(node) => node.id}
            empty={t('edu.queueEmpty')}
            columns={[
              { key: 'position', header: t('edu.position'), cell: (node, i) => positionOf(node, i) },
              { key: 'benefit', header: t('edu.benefit'), cell: (node) => t(`benefit.${node.benefitCategory}`) },
              { key: 'birth', header: t('edu.birthDate'), cell: (node) => format.date(node.childBirthDate) },
              { key: 'start', header: t('edu.startDate'), cell: (node) => format.date(node.desiredStartDate) },
              { key: 'submitted', header: t('queue.submitted'), cell: (node) => format.dateTime(node.submittedAt) },
              {
                key: 'documents',
                header: t('edu.documents'),
                cell: (node) =>
                  node.benefitDocuments.filter(Boolean).length
                    ? node.benefitDocuments.map((d, j) => (d?.downloadUrl ? <div key={d.id}><FileLink href={d.downloadUrl} name={d.fileName} /></div> : <div key={j}>{d?.fileName ?? '—'}</div>))
                    : '—',
              },
              {
                key: 'actions',
                header: t('queue.actions'),
                cell: (node, i) => {
                  const position = positionOf(node, i);
                  if (node.status === 'OFFERED') return t('edu.offeredUntil', { date: format.dateTime(node.offerExpiresAt) });
                  return node.status === 'QUEUED' && position === 1 ? (
                    <button type="button" className="primary" disabled={action.busy} aria-label={t('edu.offerLabel', { position })} onClick={() => offer(node.id)}>
                      {t('edu.offer')}
                    </button>
                  ) : null;
                },
              },
            ]}
          />
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
  const format = useFormat();
  async function decide(enrollmentId: string, decision: SchoolEnrollmentDecision, comment: string) {
    const done = await action.run(WorkspaceDecideEnrollmentDocument, { input: { enrollmentId, decision, comment: comment || undefined } }, (r) => r.decideSchoolEnrollment, (p) => t('edu.decided', { status: p.enrollment ? t(`enrollment.${p.enrollment.status}`) : '' }));
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
          <DataTable<Enrollment>
            caption={t('edu.enrollCaption', { count: connection.totalCount })}
            rows={connection.edges.map((e) => e.node)}
            rowKey={(node) => node.id}
            empty={t('edu.enrollEmpty')}
            columns={[
              { key: 'submitted', header: t('queue.submitted'), cell: (node) => format.dateTime(node.submittedAt) },
              { key: 'basis', header: t('edu.basis'), cell: (node) => t(`basis.${node.basis}`) },
              { key: 'right', header: t('edu.right'), cell: (node) => (node.priorityRight ? t(`right.${node.priorityRight}`) : '—') },
              { key: 'birth', header: t('edu.birthDate'), cell: (node) => format.date(node.childBirthDate) },
              { key: 'address', header: t('edu.address'), cell: (node) => node.registeredAddress ?? '—' },
              { key: 'decision', header: t('edu.decision'), cell: (node) => <EnrollmentDecision enrollment={node} busy={action.busy} onDecide={(decision, comment) => decide(node.id, decision, comment)} /> },
            ]}
          />
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}


function EnrollmentDecision({ enrollment, busy, onDecide }: { enrollment: Enrollment; busy: boolean; onDecide(decision: SchoolEnrollmentDecision, comment: string): Promise<void> }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const id = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  if (enrollment.status !== 'SUBMITTED')
    return (
      <>
        {t(`enrollment.${enrollment.status}`)}
        {enrollment.decidedAt && `, ${format.dateTime(enrollment.decidedAt)}`}
        {enrollment.comment && <div>{enrollment.comment}</div>}
      </>
    );
  return (
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
        <button type="button" className="primary" disabled={busy} aria-label={t('edu.enrollLabel', { date: format.dateTime(enrollment.submittedAt) })} onClick={() => onDecide('ENROLLED', comment.trim())}>
          {t('edu.enroll')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('edu.refuseLabel', { date: format.dateTime(enrollment.submittedAt) })}
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
  );
}
