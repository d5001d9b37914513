import {
  WorkspaceCompleteApplicationDocument,
  WorkspaceRejectApplicationDocument,
  WorkspaceRequestInformationDocument,
  type WorkspaceApplicationDetailsFragment,
} from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { problemLines, useAction, useWorkspaceT } from './ui';

type Details = WorkspaceApplicationDetailsFragment;
type Payload = { application: Details | null; userErrors: { field?: string | null; code: string; message: string }[] };
/** Runs an action's mutation; true when the API took it. */
export type Act = (run: () => Promise<Payload | null>) => Promise<boolean>;

/**
 * What an employee can do with an application in progress: ask the applicant for information,
 * complete it with a decision, or reject it with a reason. The API checks every input (a blank
 * reason is its REQUIRED), so its coded message is what the employee reads.
 */
export function ApplicationDecisions({ applicationId, action, act, done }: { applicationId: string; action: ReturnType<typeof useAction>; act: Act; done(p: Payload): string }) {
  const t = useWorkspaceT();
  const input = { applicationId };
  const errors = problemLines(action.problem);
  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message ?? null;
  return (
    <>
      <TextAction
        label={t('app.requestComment')}
        submit={t('app.requestInfo')}
        busy={action.busy}
        error={fieldError('comment')}
        onSubmit={(comment) => act(() => action.run(WorkspaceRequestInformationDocument, { input: { ...input, comment } }, (r) => r.requestInformation, done))}
      />
      <TextAction
        label={t('app.decisionLabel')}
        extraLabel={t('app.documentRefLabel')}
        submit={t('app.complete')}
        primary
        busy={action.busy}
        error={fieldError('decision')}
        extraError={fieldError('documentRef')}
        onSubmit={(decision, documentRef) => act(() => action.run(WorkspaceCompleteApplicationDocument, { input: { ...input, decision, documentRef: documentRef || undefined } }, (r) => r.completeApplication, done))}
      />
      <TextAction
        label={t('app.reasonLabel')}
        submit={t('app.reject')}
        busy={action.busy}
        error={fieldError('reason')}
        onSubmit={(reason) => act(() => action.run(WorkspaceRejectApplicationDocument, { input: { ...input, reason } }, (r) => r.rejectApplication, done))}
      />
    </>
  );
}

/** A small form: a text (and an optional second field), one submit button; the API's word on each field under it. */
function TextAction({ label, extraLabel, submit, primary, busy, error, extraError, onSubmit }: { label: string; extraLabel?: string; submit: string; primary?: boolean; busy: boolean; error: string | null; extraError?: string | null; onSubmit(text: string, extra: string): Promise<boolean> }) {
  const id = useId();
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(text.trim(), extra.trim())) {
      setText('');
      setExtra('');
    }
  };
  return (
    <form className="ws-action-form" onSubmit={send} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        {error && (
          <span id={`${id}-error`} className="error">
            {error}
          </span>
        )}
      </div>
      {extraLabel && (
        <div className="field">
          <label htmlFor={`${id}-extra`}>{extraLabel}</label>
          <input id={`${id}-extra`} value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={500} aria-invalid={extraError ? true : undefined} aria-describedby={extraError ? `${id}-extra-error` : undefined} />
          {extraError && (
            <span id={`${id}-extra-error`} className="error">
              {extraError}
            </span>
          )}
        </div>
      )}
      <button type="submit" className={primary ? 'primary' : 'secondary'} disabled={busy}>
        {submit}
      </button>
    </form>
  );
}
