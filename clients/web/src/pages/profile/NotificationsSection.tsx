import { AccountSetNotificationPreferenceDocument, type AccountNotificationContactsFragment, type AccountProfileQuery } from '@eco/sdk';
import { useEffect, useRef, useState } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages } from '../../i18n/i18n';
import { userErrorsProblem } from '../applications/common';
import { ContactsForm } from './ContactsForm';
import { profileMessages } from './messages';

type Preference = NonNullable<AccountProfileQuery['notificationPreferences']>[number];

/**
 * Notification channels (the email and phone they go to) and, per kind of event, whether email
 * and SMS are sent; a channel without an address cannot be ticked.
 */
export function NotificationsSection({ contacts: initialContacts, preferences: initialPreferences, announce }: { contacts: AccountNotificationContactsFragment | null; preferences: readonly Preference[]; announce: (text: string) => void }) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const [contacts, setContacts] = useState(initialContacts);
  const [editing, setEditing] = useState(false);
  // A closed form gives the focus back to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const [preferences, setPreferences] = useState<Preference[]>([...initialPreferences]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function setPreference(pref: Preference, channel: 'email' | 'sms', on: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      const { setNotificationPreference } = await request(AccountSetNotificationPreferenceDocument, { input: { eventType: pref.eventType, [channel]: on } });
      const refused = userErrorsProblem(setNotificationPreference?.userErrors);
      const next = setNotificationPreference?.preference;
      if (refused) setProblem(refused);
      else if (next) {
        setPreferences((all) => all.map((p) => (p.eventType === next.eventType ? next : p)));
        announce(t('saved', { event: next.label }));
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card account-panel" aria-labelledby="profile-notifications">
      <h2 id="profile-notifications">{t('notifications')}</h2>
      <h3>{t('contacts')}</h3>
      {editing ? (
        <ContactsForm
          contacts={contacts}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setContacts(saved);
            setEditing(false);
            announce(t('contactsSaved'));
          }}
        />
      ) : (
        <>
          <ul>
            <li>{t('contactEmail', { value: contacts?.email ?? t('contactNone') })}</li>
            <li>{t('contactPhone', { value: contacts?.phone ?? t('contactNone') })}</li>
            <li>{t('contactLanguage', { value: contacts?.locale === 'EN' ? 'English' : 'Русский' })}</li>
          </ul>
          <p>
            <button ref={editButton} type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('contactsEdit')}
            </button>
          </p>
        </>
      )}
      <h3 id="profile-preferences">{t('preferences')}</h3>
      <ErrorMessage error={problem} />
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
            {preferences.map((pref) => (
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
