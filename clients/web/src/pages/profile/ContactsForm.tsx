import { AccountSetNotificationContactsDocument, type AccountNotificationContactsFragment, type Locale } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['email', 'phone', 'locale'] as const;

/** Where email and SMS notifications go, and in which language; an emptied field stops that channel. */
export function ContactsForm({ contacts, onSaved, onCancel }: { contacts: AccountNotificationContactsFragment | null; onSaved: (contacts: AccountNotificationContactsFragment) => void; onCancel: () => void }) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const localeId = useId();
  const { errors, problem, busy, save } = useSave(FIELDS);
  const [email, setEmail] = useState(contacts?.email ?? '');
  const [phone, setPhone] = useState(contacts?.phone ?? '');
  const [locale, setLocale] = useState<Locale>(contacts?.locale ?? 'RU');

  async function submit(event: FormEvent) {
    event.preventDefault();
    let saved: AccountNotificationContactsFragment | null = null;
    const ok = await save(async () => {
      const { setNotificationContacts } = await request(AccountSetNotificationContactsDocument, { input: { email: email.trim() || null, phone: phone.trim() || null, locale } });
      saved = setNotificationContacts?.contacts ?? null;
      return setNotificationContacts;
    });
    if (ok && saved) onSaved(saved);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('contactsEdit')}>
      <TextField autoFocus label={t('contactEmailLabel')} hint={t('contactEmptyHint')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} autoComplete="email" />
      <TextField label={t('contactPhoneLabel')} hint={t('contactEmptyHint')} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={errors.phone} autoComplete="tel" />
      <div className="field">
        <label htmlFor={localeId}>{t('contactLocale')}</label>
        <select id={localeId} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          <option value="RU">Русский</option>
          <option value="EN">English</option>
        </select>
        {errors.locale && (
          <span className="error" role="alert">
            {errors.locale}
          </span>
        )}
      </div>
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
