import { AccountProfileDocument, AccountRevokeOtherSessionsDocument, AccountRevokeSessionDocument, AccountSetNotificationPreferenceDocument, type AccountProfileQuery } from '@eco/sdk';
import { useState } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { date, dateTime, userErrorsProblem } from '../applications/common';
import { profileMessages } from './messages';
import '../applications/account.css';

type Preference = NonNullable<AccountProfileQuery['notificationPreferences']>[number];

/** Personal data, identity documents (as the API shows them), children, notifications, sessions. */
export function ProfilePage() {
  const t = useAreaMessages(profileMessages);
  const { t: common, locale } = useI18n();
  const request = useRequest();
  const { data, error, loading, reload } = useQuery(AccountProfileDocument);
  const [preferences, setPreferences] = useState<Record<string, Preference>>({});
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  const me = data?.me;
  if (!me) return <ErrorMessage error={error ?? new Error(common('common.notFound'))} />;
  const docs = me.documents;
  const contacts = data?.notificationContacts;
  const sessions = data?.mySessions ?? [];

  /** Runs a mutation: its refusal (an Error) is announced as a problem, its success text as a status. */
  async function run(action: () => Promise<Error | string>) {
    setBusy(true);
    setProblem(null);
    setAnnouncement('');
    try {
      const outcome = await action();
      if (outcome instanceof Error) setProblem(outcome);
      else setAnnouncement(outcome);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const setPreference = (pref: Preference, channel: 'email' | 'sms', on: boolean) =>
    run(async () => {
      const { setNotificationPreference } = await request(AccountSetNotificationPreferenceDocument, { input: { eventType: pref.eventType, [channel]: on } });
      const next = setNotificationPreference?.preference;
      if (next) setPreferences((all) => ({ ...all, [next.eventType]: next }));
      return userErrorsProblem(setNotificationPreference?.userErrors) ?? t('saved', { event: pref.label });
    });

  const revoke = (sessionId: string) =>
    run(async () => {
      const { revokeSession } = await request(AccountRevokeSessionDocument, { input: { sessionId } });
      reload();
      return userErrorsProblem(revokeSession?.userErrors) ?? t('revoked');
    });

  const revokeOthers = () =>
    run(async () => {
      const { revokeOtherSessions } = await request(AccountRevokeOtherSessionsDocument);
      reload();
      return userErrorsProblem(revokeOtherSessions?.userErrors) ?? t('revokedOthers', { count: revokeOtherSessions?.revokedSessionIds.length ?? 0 });
    });

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <p role="status" aria-live="polite" className="success">
        {announcement}
      </p>
      <ErrorMessage error={problem ?? error} />

      <section className="card account-panel" aria-labelledby="profile-personal">
        <h2 id="profile-personal">{t('personal')}</h2>
        <dl className="account-meta">
          <dt>{t('fullName')}</dt>
          <dd>{[me.lastName, me.firstName, me.middleName].filter(Boolean).join(' ')}</dd>
          <dt>{t('birthDate')}</dt>
          <dd>{date(me.birthDate, locale)}</dd>
          <dt>{t('email')}</dt>
          <dd>
            {me.email} ({me.emailConfirmed ? t('emailConfirmed') : t('emailNotConfirmed')})
          </dd>
          <dt>{t('phone')}</dt>
          <dd>{me.phone}</dd>
          <dt>{t('mfa')}</dt>
          <dd>{me.mfaMethods.length ? me.mfaMethods.map((method) => t(`mfa.${method}`)).join(', ') : t('mfaOff')}</dd>
        </dl>
      </section>

      <section className="card account-panel" aria-labelledby="profile-documents">
        <h2 id="profile-documents">{t('documents')}</h2>
        {!docs || (!docs.snils && !docs.inn && !docs.passport && !docs.driverLicence) ? (
          <p>{t('noDocuments')}</p>
        ) : (
          <>
            {docs.masked && <p className="hint">{t('masked')}</p>}
            <dl className="account-meta">
              {docs.snils && (
                <>
                  <dt>{t('snils')}</dt>
                  <dd>{docs.snils}</dd>
                </>
              )}
              {docs.inn && (
                <>
                  <dt>{t('inn')}</dt>
                  <dd>{docs.inn}</dd>
                </>
              )}
              {docs.passport && (
                <>
                  <dt>{t('passport')}</dt>
                  <dd>{t('passportValue', { series: docs.passport.series, number: docs.passport.number, date: date(docs.passport.issueDate, locale), issuedBy: docs.passport.issuedBy, code: docs.passport.issuerCode })}</dd>
                </>
              )}
              {docs.driverLicence && (
                <>
                  <dt>{t('driverLicence')}</dt>
                  <dd>{t('licenceValue', { number: docs.driverLicence.number, categories: docs.driverLicence.categories.join(', '), expiry: date(docs.driverLicence.expiryDate, locale) })}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </section>

      <section className="card account-panel" aria-labelledby="profile-children">
        <h2 id="profile-children">{t('children')}</h2>
        {me.children.length === 0 ? (
          <p>{t('noChildren')}</p>
        ) : (
          <ul>
            {me.children.map((child) => (
              <li key={child.id}>
                <strong>{[child.lastName, child.firstName, child.middleName].filter(Boolean).join(' ')}</strong>, {date(child.birthDate, locale)}, {t(`sex.${child.sex}`)};{' '}
                {t('birthCertificate', { series: child.birthCertificate.series, number: child.birthCertificate.number })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card account-panel" aria-labelledby="profile-notifications">
        <h2 id="profile-notifications">{t('notifications')}</h2>
        <h3>{t('contacts')}</h3>
        <ul>
          <li>{t('contactEmail', { value: contacts?.email ?? t('contactNone') })}</li>
          <li>{t('contactPhone', { value: contacts?.phone ?? t('contactNone') })}</li>
        </ul>
        <h3 id="profile-preferences">{t('preferences')}</h3>
        <div className="account-table-wrap">
          <table aria-labelledby="profile-preferences">
            <thead>
              <tr>
                <th scope="col">{t('prefEvent')}</th>
                <th scope="col">{t('prefInApp')}</th>
                <th scope="col">{t('prefEmail')}</th>
                <th scope="col">{t('prefSms')}</th>
              </tr>
            </thead>
            <tbody>
              {(data?.notificationPreferences ?? []).map((original) => {
                const pref = preferences[original.eventType] ?? original;
                return (
                  <tr key={pref.eventType}>
                    <th scope="row">{pref.label}</th>
                    <td>{t('prefAlways')}</td>
                    <td>
                      <input type="checkbox" aria-label={t('prefEmailFor', { event: pref.label })} checked={pref.email} disabled={busy || !contacts?.email} onChange={(e) => setPreference(pref, 'email', e.target.checked)} />
                    </td>
                    <td>
                      <input type="checkbox" aria-label={t('prefSmsFor', { event: pref.label })} checked={pref.sms} disabled={busy || !contacts?.phone} onChange={(e) => setPreference(pref, 'sms', e.target.checked)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card account-panel" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions">{t('sessions')}</h2>
        <ul className="account-list">
          {sessions.map((session) => {
            const device = session.deviceLabel ?? t('unknownDevice');
            return (
              <li key={session.id}>
                <div>
                  <strong>{device}</strong> {session.current && <span className="status">{t('current')}</span>}
                </div>
                <div className="hint">
                  {t('since', { date: dateTime(session.createdAt, locale) })}
                  {session.lastUsedAt && ` · ${t('lastUsed', { date: dateTime(session.lastUsedAt, locale) })}`}
                  {session.ipMasked && ` · ${t('address', { ip: session.ipMasked })}`}
                </div>
                {!session.current && (
                  <button type="button" className="secondary" aria-label={t('revokeFor', { device })} disabled={busy} onClick={() => revoke(session.id)}>
                    {t('revoke')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        {sessions.some((s) => !s.current) ? (
          <div className="account-actions">
            <button type="button" className="secondary" disabled={busy} onClick={revokeOthers}>
              {t('revokeOthers')}
            </button>
          </div>
        ) : (
          <p>{t('noSessions')}</p>
        )}
      </section>
    </div>
  );
}
