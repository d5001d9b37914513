import { AccountApplicationsDocument, type ApplicationStatus } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import { applicationsMessages } from './messages';
import './account.css';
import { date } from '../../i18n/format';

export const APPLICATION_STATUSES: ApplicationStatus[] = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];
const PAGE = 20;

/** «Мои заявления»: the citizen's applications, newest first, filtered by status (kept in the URL). */
export function ApplicationsList() {
  const t = useAreaMessages(applicationsMessages);
  const statusLabel = useApplicationStatusLabel();
  const { locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = APPLICATION_STATUSES.find((s) => s === params.get('status')) ?? null;
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading } = useQuery(AccountApplicationsDocument, { first, filter: { ...(status ? { status: [status] } : {}), ...(search ? { search } : {}) } });
  const page = data?.me?.applications;

  const applyFilter = (next: { status?: string | null; q?: string }) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setFirst(PAGE);
    setParams(merged, { replace: true });
  };

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    applyFilter({ q: searchText.trim() });
  };

  return (
    <div className="account-page">
      <h1>{t('list.title')}</h1>
      <form className="account-filters" onSubmit={submitSearch} role="search">
        <div className="field">
          <label htmlFor="applications-status">{t('list.filter')}</label>
          <select id="applications-status" value={status ?? ''} onChange={(e) => applyFilter({ status: e.target.value || null })}>
            <option value="">{t('list.all')}</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('list.search')} type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        <button type="submit" className="secondary">
          {t('list.apply')}
        </button>
      </form>
      <div aria-live="polite" aria-busy={loading}>
        {loading && !data ? <p role="status">{t('list.count', { count: '…' })}</p> : page && <p>{t('list.count', { count: page.totalCount })}</p>}
      </div>
      <ErrorMessage error={error} />
      {page && page.edges.length === 0 && <p>{t('list.empty')}</p>}
      {page && page.edges.length > 0 && (
        <ul className="account-list">
          {page.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/applications/${node.id}`}>
                <strong>№ {node.number}</strong> — {node.serviceTitle}
              </Link>
              <div>
                <span className="status">{statusLabel(node.status)}</span>{' '}
                <span className="hint">
                  {t('list.submitted')}: {date(node.submittedAt, locale)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <div className="account-actions">
          <button type="button" className="secondary" onClick={() => setFirst((n) => Math.min(100, n + PAGE))} disabled={loading || first >= 100}>
            {t('list.more')}
          </button>
        </div>
      )}
    </div>
  );
}
