import { AccountSetPassportDocument, type AccountIdentityDocumentsFragment } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import type { DocumentFormProps } from './document-form';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['series', 'number', 'issueDate', 'issuerCode', 'issuedBy'] as const;
type PassportField = (typeof FIELDS)[number];

/** The Russian passport; the API checks the numbers and the date against the owner's age. */
export function PassportForm({ onSaved, onCancel }: DocumentFormProps) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const { errors, problem, busy, save } = useSave(FIELDS, 'passport');
  const [passport, setPassport] = useState<Record<PassportField, string>>({ series: '', number: '', issueDate: '', issuerCode: '', issuedBy: '' });
  const field = (name: PassportField) => ({ value: passport[name], onChange: (e: { target: { value: string } }) => setPassport({ ...passport, [name]: e.target.value }), error: errors[name] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    let documents: AccountIdentityDocumentsFragment | null = null;
    const saved = await save(async () => {
      const { setPassport: payload } = await request(AccountSetPassportDocument, { input: { passport } });
      documents = payload?.user?.documents ?? null;
      return payload;
    });
    if (saved && documents) onSaved(documents, t('savedDocument', { document: t('passport') }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="account-row">
        <TextField autoFocus label={t('passport.series')} hint={t('passport.seriesHint')} {...field('series')} inputMode="numeric" autoComplete="off" required />
        <TextField label={t('passport.number')} {...field('number')} inputMode="numeric" autoComplete="off" required />
      </div>
      <div className="account-row">
        <TextField label={t('passport.issueDate')} type="date" {...field('issueDate')} required />
        <TextField label={t('passport.issuerCode')} hint={t('passport.issuerCodeHint')} {...field('issuerCode')} autoComplete="off" required />
      </div>
      <TextField label={t('passport.issuedBy')} {...field('issuedBy')} autoComplete="off" required />
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
