import { CitizenHomeDocument, CitizenNotificationAddedDocument } from '@eco/sdk';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { missingPath, useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { DueCard } from './DueCard';
import { moment } from './home-format';
import './home.css';
import { homeMessages } from './messages';

/** The citizen's home: applications, unread notifications, what is due, appointments, queues. */
export function CitizenHome() {
  const t = useAreaMessages(homeMessages);
  const statusLabel = useApplicationStatusLabel();
  const { t: common, locale } = useI18n();
  // Partial: one department being down must not hide the cards of the others.
  const { data, error, loading } = useQuery(CitizenHomeDocument, undefined, { partial: true });
  // New notifications arrive live: the unread count grows without a reload, the newest is named.
  const [arrived, setArrived] = useState<{ count: number; latest: string | null }>({ count: 0, latest: null });
  useSubscription(CitizenNotificationAddedDocument, {}, (event) => {
    const notification = event.notificationAdded?.notification;
    if (notification) setArrived((previous) => ({ count: previous.count + 1, latest: notification.title }));
  });
  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  const me = data?.me;
  if (!me) return <ErrorMessage error={error} />;
  /** A card whose department did not answer says so instead of looking empty. */
  const unavailable = (field: string) =>
    missingPath(error, 'me', field) ? (
      <p className="error" role="alert">
        {t('unavailable')}
      </p>
    ) : null;
  const queues = (me.kindergartenApplications?.edges ?? []).map((edge) => edge.node).filter((node) => node.status === 'QUEUED' || node.status === 'OFFERED');
  return (
    <>
      <h1>{t('title', { name: [me.firstName, me.middleName].filter(Boolean).join(' ') })}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="home-applications">
          <h2 id="home-applications">{t('applications')}</h2>
          {unavailable('applications') ?? (me.applications?.edges.length ? (
            <ul className="home-list">
              {me.applications.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/applications/${node.id}`}>№ {node.number}</Link> — {node.service?.title} <span className={`status status-${node.status}`}>{statusLabel(node.status)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noApplications')}</p>
          ))}
          {(me.applications?.totalCount ?? 0) > (me.applications?.edges.length ?? 0) && <Link to="/applications">{t('allApplications')}</Link>}
        </section>
        <section className="card" aria-labelledby="home-notifications">
          <h2 id="home-notifications">{t('notifications')}</h2>
          <p role="status" aria-live="polite">
            {t('unread', { count: (me.unreadNotificationCount ?? 0) + arrived.count })}
            {arrived.latest && <span className="hint"> — {arrived.latest}</span>}
          </p>
        </section>
        <DueCard fines={me.fines?.edges.map((edge) => edge.node) ?? []} taxes={me.taxes?.edges.map((edge) => edge.node) ?? []} now={new Date()} unavailable={unavailable('fines') ?? unavailable('taxes')} />
        <section className="card" aria-labelledby="home-appointments">
          <h2 id="home-appointments">{t('appointments')}</h2>
          {unavailable('appointments') ?? (me.appointments?.edges.length ? (
            <ul className="home-list">
              {me.appointments.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to="/doctors">{moment(node.startsAt, locale)}</Link> — {node.doctor?.fullName}, {node.doctor?.specialty?.name}; {node.clinic?.name}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t('noAppointments')}. <Link to="/doctors">{t('bookDoctor')}</Link>
            </p>
          ))}
        </section>
        <section className="card" aria-labelledby="home-kindergarten">
          <h2 id="home-kindergarten">{t('kindergarten')}</h2>
          {unavailable('kindergartenApplications') ?? (queues.length ? (
            <ul className="home-list">
              {queues.map((node) => (
                <li key={node.id}>
                  <Link to="/education">{node.child?.firstName}</Link>:{' '}
                  {node.status === 'OFFERED'
                    ? t('offered', { number: node.offeredKindergarten?.number ?? '', date: node.offerExpiresAt ? moment(node.offerExpiresAt, locale) : '' })
                    : node.queuePositions.map((place) => t('queuePosition', { number: place.kindergarten.number, position: place.position, total: place.total })).join('; ')}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t('noKindergarten')}. <Link to="/education">{t('toEducation')}</Link>
            </p>
          ))}
        </section>
      </div>
    </>
  );
}
