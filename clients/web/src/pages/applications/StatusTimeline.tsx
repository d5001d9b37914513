import { useApplicationStatusLabel } from '../../i18n/application-status';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import { applicationsMessages } from './messages';
import type { TimelineEntry } from './timeline';
import { dateTime } from '../../i18n/format';

/** The application's steps, oldest first; entries that arrived live are marked for a brief highlight. */
export function StatusTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useAreaMessages(applicationsMessages);
  const statusLabel = useApplicationStatusLabel();
  const { locale } = useI18n();
  return (
    <ol className="account-timeline">
      {entries.map((entry, index) => (
        <li key={entry.eventId ?? `${entry.to}-${entry.at}-${index}`} className={entry.eventId ? 'account-live-entry' : undefined}>
          <strong>{statusLabel(entry.to)}</strong>{' '}
          <time dateTime={entry.at} className="hint">
            {dateTime(entry.at, locale)}
          </time>
          {entry.actorRole && entry.actorRole in { APPLICANT: 1, EMPLOYEE: 1, SYSTEM: 1 } && <div className="hint">{t('app.by', { actor: t(`actor.${entry.actorRole as 'APPLICANT' | 'EMPLOYEE' | 'SYSTEM'}`) })}</div>}
          {entry.comment && (
            <blockquote className="account-comment">
              <span className="account-sr-only">{t('app.comment')}: </span>
              {entry.comment}
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
