import { AccountRevokeOtherSessionsDocument, AccountRevokeSessionDocument, type AccountProfileQuery } from '@eco/sdk';
import { useState } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { userErrorsProblem } from '../applications/common';
import { profileMessages } from './messages';
import { dateTime } from '../../i18n/format';

type Session = NonNullable<AccountProfileQuery['mySessions']>[number];

/** Where the account is signed in; any other session (a lost phone, a shared computer) can be ended. */
export function SessionsSection({ sessions: initial, announce }: { sessions: readonly Session[]; announce: (text: string) => void }) {
  const t = useAreaMessages(profileMessages);
  const { locale } = useI18n();
  const request = useRequest();
  const [sessions, setSessions] = useState<Session[]>([...initial]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function run(action: () => Promise<{ ended: readonly string[]; refused: Error | null }>, success: (count: number) => string) {
    setBusy(true);
    setProblem(null);
    try {
      const { ended, refused } = await action();
      if (refused) setProblem(refused);
      else {
        setSessions((all) => all.filter((s) => !ended.includes(s.id)));
        announce(success(ended.length));
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const revoke = (sessionId: string) =>
    run(
      async () => {
        const { revokeSession } = await request(AccountRevokeSessionDocument, { input: { sessionId } });
        return { ended: revokeSession?.revokedSessionId ? [revokeSession.revokedSessionId] : [], refused: userErrorsProblem(revokeSession?.userErrors) };
      },
      () => t('revoked'),
    );

  const revokeOthers = () =>
    run(
      async () => {
        const { revokeOtherSessions } = await request(AccountRevokeOtherSessionsDocument);
        return { ended: revokeOtherSessions?.revokedSessionIds ?? [], refused: userErrorsProblem(revokeOtherSessions?.userErrors) };
      },
      (count) => t('revokedOthers', { count }),
    );

  return (
    <section className="card account-panel" aria-labelledby="profile-sessions">
      <h2 id="profile-sessions">{t('sessions')}</h2>
      <ErrorMessage error={problem} />
      <ul className="account-list">
        {sessions.map((session) => {
          const device = session.deviceLabel ?? t('unknownDevice');
          return (
            <li key={session.id}>
              <div>
                <strong>{device}</strong> {session.current && <span className="status">{t('current')}</span>}
              </div>
              <div className="hint">
                {t('since', { date: dateTime(session.createdAt, locale) })}
                {session.lastUsedAt && ` · ${t('lastUsed', { date: dateTime(session.lastUsedAt, locale) })}`}
                {session.ipMasked && ` · ${t('address', { ip: session.ipMasked })}`}
              </div>
              {!session.current && (
                <button type="button" className="secondary" aria-label={t('revokeFor', { device, date: dateTime(session.createdAt, locale) })} disabled={busy} onClick={() => revoke(session.id)}>
                  {t('revoke')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {sessions.some((s) => !s.current) ? (
        <div className="account-actions">
          <button type="button" className="secondary" disabled={busy} onClick={revokeOthers}>
            {t('revokeOthers')}
          </button>
        </div>
      ) : (
        <p>{t('noSessions')}</p>
      )}
    </section>
  );
}
