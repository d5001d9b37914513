import { AccountProvideInformationDocument, createEcoClient, uploadDocument } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { uploadProblem, userErrorsProblem } from './common';
import { fileFieldPatch, formFileFields } from './form-files';
import { applicationsMessages } from './messages';

const ANY_UPLOAD = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'];

/**
 * Answering a request for information: a comment and, optionally, a new file for one of the
 * form's file fields (uploaded first, then named in the form as a merge patch).
 */
export function ProvideInformationForm({ applicationId, request: asked, formSchema, formData, onDone }: { applicationId: string; request: string | null; formSchema: unknown; formData: unknown; onDone(): void }) {
  const t = useAreaMessages(applicationsMessages);
  const { locale } = useI18n();
  const request = useRequest();
  const { accessToken, refresh } = useSession();
  const fields = formFileFields(formSchema);
  const [comment, setComment] = useState('');
  const [fieldName, setFieldName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const field = fields.find((f) => f.name === fieldName) ?? null;
  const commentError = submitted && !comment.trim() ? t('info.commentRequired') : null;
  const fileError = submitted && field && !file ? t('info.fileRequired') : null;

  async function upload(chosen: File): Promise<string> {
    const client = (token: string | null) => createEcoClient({ url: new URL('/graphql', location.origin).href, token: token ?? undefined, locale });
    const options = { fileName: chosen.name, contentType: chosen.type || 'application/octet-stream', purpose: 'APPLICATION_ATTACHMENT' as const };
    try {
      return await uploadDocument(client(accessToken), chosen, options);
    } catch (error) {
      if (!(error instanceof Error) || !/UNAUTHENTICATED/.test(error.message)) throw error;
      return uploadDocument(client(await refresh()), chosen, options);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!comment.trim() || (field && !file)) return;
    setBusy(true);
    try {
      let formDataPatch: Record<string, unknown> | undefined;
      if (field && file) {
        const fileId = await upload(file);
        formDataPatch = fileFieldPatch(field, formData, { fileId, fileName: file.name, mimeType: file.type });
      }
      const { provideInformation } = await request(AccountProvideInformationDocument, { input: { applicationId, comment: comment.trim(), ...(formDataPatch ? { formDataPatch } : {}) } });
      const refused = userErrorsProblem(provideInformation?.userErrors);
      if (refused) setProblem(refused);
      else onDone();
    } catch (error) {
      setProblem(uploadProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card account-panel" aria-labelledby="info-title">
      <h2 id="info-title">{t('info.title')}</h2>
      {asked && <p className="account-comment">{t('info.request', { comment: asked })}</p>}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="info-comment">{t('info.comment')}</label>
          <textarea id="info-comment" value={comment} onChange={(e) => setComment(e.target.value)} required aria-invalid={commentError ? true : undefined} aria-describedby={commentError ? 'info-comment-error' : undefined} maxLength={10000} />
          {commentError && (
            <span id="info-comment-error" className="error" role="alert">
              {commentError}
            </span>
          )}
        </div>
        {fields.length > 0 && (
          <div className="field">
            <label htmlFor="info-field">{t('info.field')}</label>
            <select id="info-field" value={fieldName} onChange={(e) => setFieldName(e.target.value)}>
              <option value="">{t('info.noField')}</option>
              {fields.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {field && (
          <div className="field">
            <label htmlFor="info-file">{t('info.file')}</label>
            <input
              id="info-file"
              type="file"
              accept={(field.accept.length ? field.accept : ANY_UPLOAD).join(',')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'info-file-error' : undefined}
            />
            {fileError && (
              <span id="info-file-error" className="error" role="alert">
                {fileError}
              </span>
            )}
          </div>
        )}
        <ErrorMessage error={problem} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('info.sending') : t('info.submit')}
        </button>
      </form>
    </section>
  );
}
