import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { EcoGraphQLError, useRequest } from '../../api/api';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { workspaceMessages } from './messages';
import './workspace.css';
import { localeTag } from '../../i18n/format';

/** `t` for the workspace's own texts. */
export function useWorkspaceT() {
  return useAreaMessages(workspaceMessages);
}

export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

/** The messages of a failure: each GraphQL error or userError with its code. */
export function problemLines(problem: unknown): { message: string; code?: string; field?: string | null }[] {
  if (!problem) return [];
  if (Array.isArray(problem)) return (problem as UserErrorLike[]).map((e) => ({ message: e.message, code: e.code, field: e.field }));
  if (problem instanceof EcoGraphQLError) return problem.errors.map((e) => ({ message: e.message, code: e.extensions?.code }));
  return [{ message: problem instanceof Error ? problem.message : String(problem) }];
}

/** What went wrong, announced (role=alert); nothing when all is well. */
export function Problems({ problem }: { problem: unknown }) {
  const t = useWorkspaceT();
  const lines = problemLines(problem);
  if (!lines.length) return null;
  return (
    <div className="error ws-problems" role="alert">
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            {line.message}
            {line.code ? ` (${t('common.errorCode', { code: line.code })})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A polite live region for what an action achieved. */
export function Notice({ text }: { text: string | null }) {
  return (
    <p className="success ws-notice" role="status" aria-live="polite">
      {text ?? ''}
    </p>
  );
}

/**
 * Runs mutations: keeps `busy`, the last problem (a GraphQL error or the payload's userErrors) and
 * a success notice. `run` resolves to the payload when it had no userErrors, else null.
 */
export function useAction() {
  const request = useRequest();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(
    async <R, V, P extends { userErrors: UserErrorLike[] }>(document: TypedDocumentNode<R, V>, variables: V, pick: (result: R) => P | null | undefined, success?: NoInfer<(payload: P) => string>): Promise<P | null> => {
      setBusy(true);
      setProblem(null);
      setNotice(null);
      try {
        const payload = pick(await request(document, variables));
        if (!payload) return null;
        if (payload.userErrors.length) {
          setProblem(payload.userErrors);
          return null;
        }
        if (success) setNotice(success(payload));
        return payload;
      } catch (error) {
        setProblem(error);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [request],
  );
  return { run, busy, problem, notice, setProblem, setNotice };
}

/** Cursor pages: a stack of `after` cursors, so "previous" returns to the page before. */
export function useCursorPages() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  return {
    after: stack[stack.length - 1],
    page: stack.length,
    next: (endCursor: string | null | undefined) => endCursor && setStack((s) => [...s, endCursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([null]),
  };
}

export function Pager({ page, hasNext, onPrevious, onNext }: { page: number; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const t = useWorkspaceT();
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="ws-pager" aria-label={t('common.pagination')}>
      <button type="button" className="secondary" disabled={page <= 1} onClick={onPrevious}>
        {t('common.prev')}
      </button>
      <button type="button" className="secondary" disabled={!hasNext} onClick={onNext}>
        {t('common.next')}
      </button>
    </nav>
  );
}

/** Dates and times in the page's language, Moscow time (the departments' time). */
export function useFormat() {
  const { locale } = useI18n();
  const tag = localeTag(locale);
  return {
    dateTime: (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(tag, { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' }) : '—'),
    date: (iso: string | null | undefined) => (iso ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(tag, { timeZone: 'Europe/Moscow' }) : '—'),
    number: (value: number, digits = 0) => value.toLocaleString(tag, { maximumFractionDigits: digits }),
    tag,
  };
}

/** A link to a file that opens in a new tab, saying so. */
export function FileLink({ href, name }: { href: string; name: string }) {
  const t = useWorkspaceT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name} <span className="ws-visually-hidden">{t('app.opensNewTab')}</span>
    </a>
  );
}
