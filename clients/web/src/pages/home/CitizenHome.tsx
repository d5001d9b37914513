import { CitizenHomeDocument, CitizenNotificationAddedDocument } from '@eco/sdk';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/i18n';

const rubles = (kopecks: number, locale: string) => (kopecks / 100).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency: 'RUB' });

/** The citizen's home: applications, unread notifications, what is due, appointments, queues. */
export function CitizenHome() {
  const { t, locale } = useI18n();
  const { data, error, loading } = useQuery(CitizenHomeDocument);
  // New notifications arrive live: the unread count grows without a reload, the newest is named.
  const [arrived, setArrived] = useState<{ count: number; latest: string | null }>({ count: 0, latest: null });
  useSubscription(CitizenNotificationAddedDocument, {}, (event) => {
    const notification = event.notificationAdded?.notification;
    if (notification) setArrived((previous) => ({ count: previous.count + 1, latest: notification.title }));
  });
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (error) return <ErrorMessage error={error} />;
  const me = data?.me;
  if (!me) return null;
  const due = [
    ...(me.fines?.edges ?? []).map(({ node }) => ({ id: node.id, text: `${node.uin}`, amount: node.amountDue, note: node.discountApplies && node.discountDeadline ? t('home.discountUntil', { date: new Date(node.discountDeadline).toLocaleDateString(locale) }) : null })),
    ...(me.taxes?.edges ?? []).map(({ node }) => ({ id: node.id, text: node.type, amount: node.amountDue, note: new Date(node.dueDate).toLocaleDateString(locale) })),
  ];
  return (
    <>
      <h1>{t('home.title', { name: [me.firstName, me.middleName].filter(Boolean).join(' ') })}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="home-applications">
          <h2 id="home-applications">{t('home.applications')}</h2>
          {me.applications?.edges.length ? (
            <ul>
              {me.applications.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/applications/${node.id}`}>№ {node.number}</Link> — {node.service?.title} <span className={`status status-${node.status}`}>{node.status}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noApplications')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="home-notifications">
          <h2 id="home-notifications">{t('home.notifications')}</h2>
          <p role="status" aria-live="polite">
            {t('home.unread', { count: (me.unreadNotificationCount ?? 0) + arrived.count })}
            {arrived.latest && <span className="hint"> — {arrived.latest}</span>}
          </p>
        </section>
        <section className="card" aria-labelledby="home-due">
          <h2 id="home-due">{t('home.fines')}</h2>
          {due.length ? (
            <ul>
              {due.map((item) => (
                <li key={item.id}>
                  {item.text}: <strong>{rubles(item.amount, locale)}</strong> {item.note && <span className="hint">{item.note}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noFines')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="home-appointments">
          <h2 id="home-appointments">{t('home.appointments')}</h2>
          {me.appointments?.edges.length ? (
            <ul>
              {me.appointments.edges.map(({ node }) => (
                <li key={node.id}>
                  {new Date(node.startsAt).toLocaleString(locale)} — {node.doctor?.fullName}, {node.doctor?.specialty?.name}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.noAppointments')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="home-kindergarten">
          <h2 id="home-kindergarten">{t('home.kindergarten')}</h2>
          <ul>
            {(me.kindergartenApplications?.edges ?? []).map(({ node }) => (
              <li key={node.id}>
                {node.child?.firstName}: {node.queuePositions.map((p) => `№${p.kindergarten?.number} — ${t('home.queuePosition', { position: p.position, total: p.total })}`).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
