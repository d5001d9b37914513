import { AccountSetSnilsDocument, type AccountIdentityDocumentsFragment } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import type { DocumentFormProps } from './document-form';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['snils'] as const;

/** SNILS: the API checks its control number and that no other account holds it. */
export function SnilsForm({ onSaved, onCancel }: DocumentFormProps) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const { errors, problem, busy, save } = useSave(FIELDS);
  const [snils, setSnils] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    let documents: AccountIdentityDocumentsFragment | null = null;
    const saved = await save(async () => {
      const { setSnils: payload } = await request(AccountSetSnilsDocument, { input: { snils } });
      documents = payload?.user?.documents ?? null;
      return payload;
    });
    if (saved && documents) onSaved(documents, t('savedDocument', { document: t('snils') }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField autoFocus label={t('snils')} hint={t('snilsHint')} value={snils} onChange={(e) => setSnils(e.target.value)} error={errors.snils} inputMode="numeric" autoComplete="off" required />
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
