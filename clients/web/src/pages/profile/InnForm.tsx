import { AccountSetInnDocument, type AccountIdentityDocumentsFragment } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import type { DocumentFormProps } from './document-form';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['inn'] as const;

/** A person's 12-digit INN: the API checks both control digits. */
export function InnForm({ onSaved, onCancel }: DocumentFormProps) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const { errors, problem, busy, save } = useSave(FIELDS);
  const [inn, setInn] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    let documents: AccountIdentityDocumentsFragment | null = null;
    const saved = await save(async () => {
      const { setInn: payload } = await request(AccountSetInnDocument, { input: { inn } });
      documents = payload?.user?.documents ?? null;
      return payload;
    });
    if (saved && documents) onSaved(documents, t('savedDocument', { document: t('inn') }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField autoFocus label={t('inn')} hint={t('innHint')} value={inn} onChange={(e) => setInn(e.target.value)} error={errors.inn} inputMode="numeric" autoComplete="off" required />
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
