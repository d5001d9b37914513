import { AccountMyDocumentsDocument, createEcoClient, uploadDocument } from '@eco/sdk';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { fileSize, uploadProblem } from '../applications/common';
import { documentsMessages } from './messages';
import '../applications/account.css';
import { dateTime } from '../../i18n/format';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,.pdf,.jpg,.jpeg,.png,.heic';
const PAGE = 20;

/** The citizen's uploads (myDocuments), newest first; upload a file (purpose OTHER) and download. */
export function DocumentsPage() {
  const t = useAreaMessages(documentsMessages);
  const { t: common, locale } = useI18n();
  const { accessToken, refresh } = useSession();
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading, reload } = useQuery(AccountMyDocumentsDocument, { first });
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const fileError = submitted && !file ? t('fileRequired') : null;
  const page = data?.myDocuments;

  async function upload(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    setDone('');
    if (!file) return;
    setBusy(true);
    const client = (token: string | null) => createEcoClient({ url: new URL('/graphql', location.origin).href, token: token ?? undefined, locale });
    const options = { fileName: file.name, contentType: file.type || 'application/octet-stream', purpose: 'OTHER' as const };
    try {
      try {
        await uploadDocument(client(accessToken), file, options);
      } catch (e) {
        if (!(e instanceof Error) || !/UNAUTHENTICATED/.test(e.message)) throw e;
        await uploadDocument(client(await refresh()), file, options);
      }
      setDone(t('uploaded', { name: file.name }));
      setFile(null);
      setSubmitted(false);
      if (input.current) input.current.value = '';
      reload();
    } catch (e) {
      setProblem(uploadProblem(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <section className="card account-panel" aria-labelledby="documents-upload">
        <h2 id="documents-upload">{t('upload')}</h2>
        <form onSubmit={upload} noValidate>
          <div className="field">
            <label htmlFor={fileId}>{t('file')}</label>
            <span id={`${fileId}-hint`} className="hint">
              {t('fileHint')}
            </span>
            <input
              ref={input}
              id={fileId}
              type="file"
              accept={ACCEPT}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : ''].filter(Boolean).join(' ')}
            />
            {fileError && (
              <span id={`${fileId}-error`} className="error" role="alert">
                {fileError}
              </span>
            )}
          </div>
          <ErrorMessage error={problem} />
          <p role="status" className="success">
            {done}
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('uploading') : t('submit')}
          </button>
        </form>
      </section>

      <section className="account-panel" aria-labelledby="documents-list">
        <h2 id="documents-list">{t('list')}</h2>
        {loading && !data && <p role="status">{common('common.loading')}</p>}
        <ErrorMessage error={error} />
        {page && <p>{t('count', { count: page.totalCount })}</p>}
        {page && page.edges.length === 0 && <p>{t('empty')}</p>}
        {page && page.edges.length > 0 && (
          <ul className="account-list">
            {page.edges.map(({ node }) => (
              <li key={node.id}>
                <div>
                  <strong>{node.fileName}</strong> <span className="hint">{fileSize(node.size, locale)}</span>
                </div>
                <div className="hint">
                  {t(`purpose.${node.purpose}`)} · {t('added')}: {dateTime(node.createdAt, locale)}
                </div>
                <div>
                  {t('state')}: <span className={node.status === 'QUARANTINED' ? 'error' : undefined}>{t(`status.${node.status}`)}</span>
                  {node.quarantineReason && <span className="error"> — {node.quarantineReason}</span>}
                </div>
                {node.downloadUrl && (
                  <a href={node.downloadUrl} download={node.fileName}>
                    {t('downloadName', { name: node.fileName })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
        {page?.pageInfo.hasNextPage && (
          <div className="account-actions">
            <button type="button" className="secondary" onClick={() => setFirst((n) => Math.min(100, n + PAGE))} disabled={loading || first >= 100}>
              {t('more')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
