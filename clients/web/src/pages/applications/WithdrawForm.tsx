import { AccountWithdrawApplicationDocument } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { userErrorsProblem } from './common';
import { applicationsMessages } from './messages';

/** Withdrawing (SUBMITTED or REGISTERED only): a button that opens a short confirmation form. */
export function WithdrawForm({ applicationId, onDone }: { applicationId: string; onDone(): void }) {
  const t = useAreaMessages(applicationsMessages);
  const { t: common } = useI18n();
  const request = useRequest();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const { withdrawApplication } = await request(AccountWithdrawApplicationDocument, { input: { applicationId, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      const refused = userErrorsProblem(withdrawApplication?.userErrors);
      if (refused) setProblem(refused);
      else onDone();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="account-actions">
        <button type="button" className="secondary" aria-expanded="false" onClick={() => setOpen(true)}>
          {t('app.withdraw')}
        </button>
      </div>
    );
  }
  return (
    <section className="card account-panel" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('app.withdrawTitle')}</h2>
      <p className="hint">{t('app.withdrawHint')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="withdraw-comment">{t('app.withdrawComment')}</label>
          <textarea id="withdraw-comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} autoFocus />
        </div>
        <ErrorMessage error={problem} />
        <div className="account-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('app.withdrawConfirm')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {common('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
