import { AccountApplicationDocument, AccountApplicationStatusChangedDocument } from '@eco/sdk';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { CardPaymentForm, ReceiptButton } from '../payments/CardPaymentForm';
import { useSession } from '../../session/session';
import { fileSize } from './common';
import { applicationsMessages } from './messages';
import { ProvideInformationForm } from './ProvideInformationForm';
import { StatusTimeline } from './StatusTimeline';
import { mergeTimeline, openInformationRequest, type TimelineEntry } from './timeline';
import { WithdrawForm } from './WithdrawForm';
import './account.css';
import { date, dateTime, rubles } from '../../i18n/format';

/**
 * One application: what and where, its live status timeline, comments, attachments, the state
 * fee, the answer to a request for information, withdrawing, and the signed result.
 */
export function ApplicationPage() {
  const { id = '' } = useParams();
  // Keyed by id: another application starts with a fresh page (no stale data or live events).
  return <ApplicationView key={id} id={id} />;
}

function ApplicationView({ id }: { id: string }) {
  const t = useAreaMessages(applicationsMessages);
  const statusLabel = useApplicationStatusLabel();
  const { t: common, locale } = useI18n();
  const { data, error, loading, reload } = useQuery(AccountApplicationDocument, { id });
  const { accessToken, refresh } = useSession();
  const [live, setLive] = useState<TimelineEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [paying, setPaying] = useState(false);
  // Payments tells applications about the capture a moment later: until then, trust the payment.
  const [feeJustPaid, setFeeJustPaid] = useState(false);

  const onEvent = useCallback(
    (event: { applicationStatusChanged: { eventId: string; from?: TimelineEntry['from']; to: TimelineEntry['to']; at: string; comment?: string | null } | null }) => {
      const change = event.applicationStatusChanged;
      if (!change) return;
      setLive((entries) => [...entries, { eventId: change.eventId, from: change.from ?? null, to: change.to, at: change.at, comment: change.comment ?? null }]);
      setAnnouncement(t('app.liveUpdate', { status: statusLabel(change.to) }));
      reload();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale],
  );
  useSubscription(AccountApplicationStatusChangedDocument, id ? { applicationId: id } : null, onEvent);

  const application = data?.application;
  const timeline = useMemo(() => mergeTimeline((application?.history ?? []).map((h) => ({ ...h, comment: h.comment ?? null })), live), [application?.history, live]);

  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  if (error) {
    return (
      <div className="account-page">
        <h1>{t('app.notFound')}</h1>
        <ErrorMessage error={error} />
        <Link to="/applications">{t('app.back')}</Link>
      </div>
    );
  }
  if (!application) {
    return (
      <div className="account-page">
        <h1>{t('app.notFound')}</h1>
        <Link to="/applications">{t('app.back')}</Link>
      </div>
    );
  }

  const status = application.status;
  const infoRequest = status === 'INFO_REQUESTED' ? openInformationRequest(timeline) : null;
  const invoice = application.invoice;
  const doc = application.resultDocument;
  const captured = invoice?.payments.find((payment) => payment.status === 'CAPTURED');
  const done = (message: string) => {
    setAnnouncement(message);
    reload();
  };

  return (
    <div className="account-page">
      <p>
        <Link to="/applications">← {t('app.back')}</Link>
      </p>
      <h1>{t('app.title', { number: application.number })}</h1>
      <p role="status" className="account-sr-only" aria-live="polite">
        {announcement}
      </p>
      <dl className="account-meta">
        <dt>{t('app.service')}</dt>
        <dd>{application.serviceTitle}</dd>
        <dt>{t('app.department')}</dt>
        <dd>{application.department.shortName}</dd>
        <dt>{t('app.status')}</dt>
        <dd>
          <span className="status">{statusLabel(status)}</span>
        </dd>
        <dt>{t('app.submitted')}</dt>
        <dd>{dateTime(application.submittedAt, locale)}</dd>
        {!application.completedAt && status !== 'WITHDRAWN' && (
          <>
            <dt>{t('app.deadline')}</dt>
            <dd>{date(application.deadline, locale)}</dd>
          </>
        )}
      </dl>

      {status === 'INFO_REQUESTED' && (
        <ProvideInformationForm applicationId={application.id} request={infoRequest?.comment ?? null} formSchema={application.service.formSchema} formData={application.formData} onDone={() => done(t('info.sent'))} />
      )}

      {(application.result || doc) && (
        <section className="card account-panel" aria-labelledby="result-title">
          <h2 id="result-title">{t('app.result')}</h2>
          {application.result?.decision && (
            <p>
              <strong>{t('app.decision')}:</strong> {application.result.decision}
            </p>
          )}
          {application.result?.rejectionReason && (
            <p>
              <strong>{t('app.rejection')}:</strong> {application.result.rejectionReason}
            </p>
          )}
          {application.result?.documentRef && (
            <p>
              <strong>{t('app.documentRef')}:</strong> {application.result.documentRef}
            </p>
          )}
          {doc && (
            <>
              <h3>{t('app.resultDocument', { number: doc.number })}</h3>
              <p>
                {doc.title}. {t('app.resultIssued', { date: dateTime(doc.issuedAt, locale) })}
              </p>
              {doc.revokedAt && <p className="error">{t('app.resultRevoked', { date: date(doc.revokedAt, locale), reason: doc.revocationReason ?? '' })}</p>}
              <div className="account-actions">
                {doc.downloadUrl && (
                  <a href={doc.downloadUrl} download>
                    {t('app.downloadResult')}
                  </a>
                )}
                <Link to={`/verify?id=${encodeURIComponent(doc.id)}`}>{t('app.verify')}</Link>
              </div>
            </>
          )}
        </section>
      )}

      {application.stateFeeStatus !== 'NOT_REQUIRED' && (
        <section className="card account-panel" aria-labelledby="fee-title">
          <h2 id="fee-title">{t('app.fee')}</h2>
          <p>{t('app.feeAmount', { amount: rubles(invoice?.amountKopecks ?? application.stateFeeKopecks, locale) })}</p>
          {application.stateFeeStatus === 'PAID' && (
            <p className="success">
              <span aria-hidden="true">✓ </span>
              {t('app.feePaid', { date: application.stateFeePaidAt ? dateTime(application.stateFeePaidAt, locale) : '' })}
            </p>
          )}
          {application.stateFeeStatus === 'PAID' && captured && <ReceiptButton paymentId={captured.id} accessToken={accessToken} refresh={refresh} />}
          {application.stateFeeStatus === 'CANCELLED' && <p>{t('app.feeCancelled')}</p>}
          {application.stateFeeStatus === 'UNPAID' && (
            <>
              {!feeJustPaid && (
                <p>
                  {t('app.feeUnpaid')}
                  {invoice?.dueDate ? `. ${t('app.feeDue', { date: date(invoice.dueDate, locale) })}` : ''}
                </p>
              )}
              {invoice && invoice.status === 'UNPAID' && !paying && (
                <button type="button" className="primary" onClick={() => setPaying(true)}>
                  {t('app.pay')}
                </button>
              )}
              {invoice && paying && (
                <CardPaymentForm
                  invoiceId={invoice.id}
                  amountKopecks={invoice.amountKopecks}
                  headingLevel={3}
                  onPaid={() => {
                    setFeeJustPaid(true);
                    setTimeout(reload, 2000);
                  }}
                />
              )}
            </>
          )}
        </section>
      )}

      <section className="account-panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('app.timeline')}</h2>
        {status !== 'COMPLETED' && status !== 'REJECTED' && status !== 'WITHDRAWN' && <p className="hint">{t('app.live')}</p>}
        <StatusTimeline entries={timeline} />
      </section>

      <section className="account-panel" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t('app.attachments')}</h2>
        {application.attachments.length === 0 ? (
          <p>{t('app.noAttachments')}</p>
        ) : (
          <ul>
            {application.attachments.map((file, index) =>
              file ? (
                <li key={file.id}>
                  {file.downloadUrl ? (
                    <a href={file.downloadUrl} download={file.fileName}>
                      {t('app.download', { name: file.fileName })}
                    </a>
                  ) : (
                    <span>
                      {file.fileName} ({t('app.notReady')})
                    </span>
                  )}{' '}
                  <span className="hint">{fileSize(file.size, locale)}</span>
                </li>
              ) : (
                <li key={index}>—</li>
              ),
            )}
          </ul>
        )}
      </section>

      {(status === 'SUBMITTED' || status === 'REGISTERED') && <WithdrawForm applicationId={application.id} onDone={() => done(t('app.withdrawn'))} />}
    </div>
  );
}
