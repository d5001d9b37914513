import { AccountProfileDocument } from '@eco/sdk';
import { useState } from 'react';
import { useQuery } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import { ChildrenSection } from './ChildrenSection';
import { DocumentsSection } from './DocumentsSection';
import { profileMessages } from './messages';
import { NotificationsSection } from './NotificationsSection';
import { SecuritySection } from './SecuritySection';
import { SessionsSection } from './SessionsSection';
import '../applications/account.css';
import './profile.css';
import { date } from '../../i18n/format';

/**
 * The person's profile: personal data, identity documents, children, notifications, two-factor
 * protection and sessions. Each section saves through its own mutation and says so in one
 * status line, so a screen reader hears every success once.
 */
export function ProfilePage() {
  const t = useAreaMessages(profileMessages);
  const { t: common, locale } = useI18n();
  const { data, error, loading } = useQuery(AccountProfileDocument);
  const [announcement, setAnnouncement] = useState('');

  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  const me = data?.me;
  if (!me) return <ErrorMessage error={error ?? new Error(common('common.notFound'))} />;

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <p role="status" aria-live="polite" className="success">
        {announcement}
      </p>

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

      <DocumentsSection documents={me.documents} announce={setAnnouncement} />
      <ChildrenSection children={me.children} announce={setAnnouncement} />
      <NotificationsSection contacts={data?.notificationContacts ?? null} preferences={data?.notificationPreferences ?? []} announce={setAnnouncement} />
      <SecuritySection />
      <SessionsSection sessions={data?.mySessions ?? []} announce={setAnnouncement} />
    </div>
  );
}
