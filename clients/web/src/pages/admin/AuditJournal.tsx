import { WorkspaceAuditJournalDocument, WorkspaceVerifyAuditChainDocument, type WorkspaceAuditJournalQuery, type WorkspaceVerifyAuditChainQuery } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/TextField';
import { Notice, Pager, Problems, useCursorPages, useFormat, useWorkspaceT } from '../workspace/ui';
import { EMPTY_AUDIT_FILTER, toAuditFilter, type AuditFilterState } from './audit-filter';

type Entry = NonNullable<WorkspaceAuditJournalQuery['auditJournal']>['edges'][number]['node'];
type Verification = NonNullable<WorkspaceVerifyAuditChainQuery['verifyAuditChain']>;

/** The security audit journal (ADMIN): filters, newest first, cursor pages, and a chain check. */
export function AuditJournal() {
  const t = useWorkspaceT();
  const format = useFormat();
  const request = useRequest();
  const [draft, setDraft] = useState<AuditFilterState>(EMPTY_AUDIT_FILTER);
  const [applied, setApplied] = useState<AuditFilterState>(EMPTY_AUDIT_FILTER);
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(WorkspaceAuditJournalDocument, { first: 20, after: pages.after ?? undefined, filter: toAuditFilter(applied) });
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyProblem, setVerifyProblem] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  // While another page or filter loads, the old rows would sit under the new caption: none are shown.
  const connection = loading ? null : data?.auditJournal;

  const field = (key: keyof AuditFilterState, label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} value={draft[key]} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} {...extra} />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    setApplied(draft);
  };
  async function verify() {
    setVerifying(true);
    setVerifyProblem(null);
    setVerification(null);
    try {
      setVerification((await request(WorkspaceVerifyAuditChainDocument, {})).verifyAuditChain);
    } catch (problem) {
      setVerifyProblem(problem);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <section className="ws-panel" aria-labelledby="ws-verify-heading">
        <h2 id="ws-verify-heading" className="ws-visually-hidden">
          {t('audit.verify')}
        </h2>
        <button type="button" className="primary" disabled={verifying} onClick={verify}>
          {t('audit.verify')}
        </button>
        {verifying && <p role="status">{t('common.loading')}</p>}
        <Problems problem={verifyProblem} />
        {verification?.ok && <Notice text={t('audit.verifyOk', { count: verification.checkedEntries, head: verification.headSeq })} />}
        {verification && !verification.ok && (
          <p className="error" role="alert">
            <strong>⚠ </strong>
            {t('audit.verifyBroken', { seq: verification.firstBrokenSeq ?? '?', reason: verification.reason ? t(`break.${verification.reason}`) : '?', count: verification.checkedEntries })}
          </p>
        )}
        {verification && <p className="ws-mono">{t('audit.head', { hash: verification.headHash })}</p>}
      </section>

      <form className="ws-panel" onSubmit={submit} aria-labelledby="ws-audit-filters">
        <h2 id="ws-audit-filters">{t('audit.filters')}</h2>
        <div className="ws-filters">
          {field('actorId', t('audit.actorId'), { autoComplete: 'off', spellCheck: false })}
          {field('subjectType', t('audit.subjectType'), { hint: t('audit.subjectTypeHint'), spellCheck: false })}
          {field('subjectId', t('audit.subjectId'), { spellCheck: false })}
          {field('action', t('audit.action'), { hint: t('audit.actionHint'), spellCheck: false })}
          {field('requestId', t('audit.requestId'), { spellCheck: false })}
          {field('from', t('audit.from'), { type: 'datetime-local' })}
          {field('to', t('audit.to'), { type: 'datetime-local' })}
        </div>
        <div className="ws-actions-bar">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(EMPTY_AUDIT_FILTER);
              setApplied(EMPTY_AUDIT_FILTER);
              pages.reset();
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>

      <Problems problem={error} />
      {loading && <p role="status">{t('common.loading')}</p>}
      {connection && (
        <>
          <DataTable<Entry>
            caption={t('audit.caption', { count: connection.totalCount, page: pages.page })}
            rows={connection.edges.map((e) => e.node)}
            rowKey={(node) => node.id}
            empty={t('audit.empty')}
            columns={[
              { key: 'seq', header: t('audit.seq'), cell: (node) => node.seq },
              { key: 'when', header: t('audit.when'), cell: (node) => format.dateTime(node.occurredAt) },
              {
                key: 'action',
                header: t('audit.action'),
                cell: (node) => (
                  <>
                    {node.action}
                    <br />
                    <span className="hint">
                      {t('audit.source')}: {node.source}
                    </span>
                  </>
                ),
              },
              {
                key: 'actor',
                header: t('audit.actor'),
                cell: (node) => (
                  <>
                    {node.actorType}
                    {node.actorId && <div className="ws-mono">{node.actorId}</div>}
                  </>
                ),
              },
              {
                key: 'subject',
                header: t('audit.subject'),
                cell: (node) => (
                  <>
                    {node.subjectType}
                    <div className="ws-mono">{node.subjectId}</div>
                  </>
                ),
              },
              { key: 'request', header: t('audit.requestId'), className: 'ws-mono', cell: (node) => node.requestId ?? '—' },
              { key: 'details', header: t('audit.details'), className: 'ws-mono', cell: (node) => (Object.keys(node.details).length ? JSON.stringify(node.details) : '—') },
            ]}
          />
          <Pager page={pages.page} hasNext={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
        </>
      )}
    </>
  );
}
