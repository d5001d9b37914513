import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/ru';
import { useSession, type Role } from '../session/session';

/** The menu each role sees (the API decides what each may do; this only avoids dead ends). */
const MENU: { to: string; label: keyof Messages; roles: Role[] }[] = [
  { to: '/', label: 'nav.home', roles: ['CITIZEN'] },
  { to: '/catalog', label: 'nav.catalog', roles: ['CITIZEN'] },
  { to: '/applications', label: 'nav.applications', roles: ['CITIZEN'] },
  { to: '/payments', label: 'nav.payments', roles: ['CITIZEN'] },
  { to: '/doctors', label: 'nav.doctors', roles: ['CITIZEN'] },
  { to: '/education', label: 'nav.education', roles: ['CITIZEN'] },
  { to: '/documents', label: 'nav.documents', roles: ['CITIZEN'] },
  { to: '/profile', label: 'nav.profile', roles: ['CITIZEN', 'EMPLOYEE', 'ADMIN'] },
  { to: '/workspace', label: 'nav.queue', roles: ['EMPLOYEE'] },
  { to: '/workspace/appeals', label: 'nav.appeals', roles: ['EMPLOYEE'] },
  { to: '/workspace/education', label: 'nav.offers', roles: ['EMPLOYEE'] },
  { to: '/workspace/stats', label: 'nav.stats', roles: ['EMPLOYEE'] },
  { to: '/admin/audit', label: 'nav.audit', roles: ['ADMIN'] },
];

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const items = user ? MENU.filter((item) => item.roles.some((role) => user.roles.includes(role))) : [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <NavLink to="/" className="brand">
          {t('app.title')}
        </NavLink>
        {items.length > 0 && (
          <nav aria-label={t('app.title')}>
            <ul className="menu">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-actions">
          <button type="button" className="link-button" lang={locale === 'ru' ? 'en' : 'ru'} onClick={() => setLocale(locale === 'ru' ? 'en' : 'ru')}>
            {t('nav.language')}
          </button>
          {user ? (
            <button
              type="button"
              className="link-button"
              onClick={async () => {
                await signOut();
                navigate('/signin');
              }}
            >
              {t('nav.signOut')}
            </button>
          ) : (
            <NavLink to="/signin">{t('nav.signIn')}</NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
