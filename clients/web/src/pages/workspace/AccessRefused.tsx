import { Link } from 'react-router-dom';
import { useAreaMessages, type AreaMessages } from '../../i18n/i18n';
import { useSession } from '../../session/session';

// Its own few texts: this page is in the main bundle (routes use it), the workspace's are not.
const messages: AreaMessages<'title' | 'text' | 'home' | 'audit'> = {
  ru: { title: 'Нет доступа', text: 'Этот раздел — для сотрудников ведомств и администраторов. Ваша учётная запись не даёт к нему доступа.', home: 'На главную', audit: 'Журнал аудита' },
  en: { title: 'Access denied', text: 'This section is for department employees and administrators. Your account does not give access to it.', home: 'Go to the home page', audit: 'Audit journal' },
};

/** What a signed-in person without the page's role sees, instead of being sent away unexplained. */
export function AccessRefused() {
  const t = useAreaMessages(messages);
  const { user } = useSession();
  // An administrator lands here from the home page's redirect: their own section is the journal.
  const admin = user?.roles.includes('ADMIN');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="error" role="alert">
        {t('text')}
      </p>
      <p>
        {admin ? <Link to="/admin/audit">{t('audit')}</Link> : <Link to="/">{t('home')}</Link>}
      </p>
    </>
  );
}
