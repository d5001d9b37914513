import { AccountSetDriverLicenceDocument, type AccountIdentityDocumentsFragment } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import type { DocumentFormProps } from './document-form';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['number', 'issueDate', 'expiryDate', 'categories'] as const;

/** The categories as printed on a Russian licence (the API's list, DriverLicenceInput.categories). */
export const LICENCE_CATEGORIES = ['A', 'A1', 'B', 'B1', 'BE', 'C', 'C1', 'CE', 'C1E', 'D', 'D1', 'DE', 'D1E', 'M', 'Tm', 'Tb'] as const;

/** The driver's licence: number, dates and the categories ticked. */
export function DriverLicenceForm({ onSaved, onCancel }: DocumentFormProps) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const errorId = useId();
  const { errors, problem, busy, save } = useSave(FIELDS, 'driverLicence');
  const [number, setNumber] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [expiryDate, setExpiryDate] = useState('');
  const [categories, setCategories] = useState<string[]>([]);

  const toggle = (category: string, on: boolean) => setCategories((all) => (on ? LICENCE_CATEGORIES.filter((c) => c === category || all.includes(c)) : all.filter((c) => c !== category)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    let documents: AccountIdentityDocumentsFragment | null = null;
    const saved = await save(async () => {
      const { setDriverLicence: payload } = await request(AccountSetDriverLicenceDocument, { input: { driverLicence: { number, issueDate, expiryDate, categories } } });
      documents = payload?.user?.documents ?? null;
      return payload;
    });
    if (saved && documents) onSaved(documents, t('savedDocument', { document: t('driverLicence') }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField autoFocus label={t('licence.number')} hint={t('licence.numberHint')} value={number} onChange={(e) => setNumber(e.target.value)} error={errors.number} inputMode="numeric" autoComplete="off" required />
      <div className="account-row">
        <TextField label={t('licence.issueDate')} type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} error={errors.issueDate} required />
        <TextField label={t('licence.expiryDate')} type="date" value={expiryDate} onChange={(e) => setExpiryDate(e.target.value)} error={errors.expiryDate} required />
      </div>
      <fieldset className="profile-choices" aria-describedby={errors.categories ? errorId : undefined}>
        <legend>{t('licence.categories')}</legend>
        {LICENCE_CATEGORIES.map((category) => (
          <label key={category}>
            <input type="checkbox" checked={categories.includes(category)} onChange={(e) => toggle(category, e.target.checked)} /> {category}
          </label>
        ))}
        {errors.categories && (
          <span id={errorId} className="error" role="alert">
            {errors.categories}
          </span>
        )}
      </fieldset>
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
