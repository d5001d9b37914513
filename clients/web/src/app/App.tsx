import { Navigate, Route, Routes } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { CitizenHome } from '../pages/home/CitizenHome';
import { SignIn } from '../pages/sign-in/SignIn';
import { useSession } from '../session/session';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { citizenAccountRoutes } from './routes/citizen-account';
import { citizenServicesRoutes } from './routes/citizen-services';
import { workspaceRoutes } from './routes/workspace';

/** Every page of the portal. A journey's pages live in pages/<journey>/; the menu is in Layout. */
export function App() {
  const { t } = useI18n();
  const { resuming } = useSession();
  if (resuming) return <p role="status">{t('common.loading')}</p>;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/signin" element={<SignIn />} />
        <Route path="/" element={<HomeByRole />} />
        {citizenServicesRoutes}
        {citizenAccountRoutes}
        {workspaceRoutes}
        <Route path="*" element={<h1>{t('common.notFound')}</h1>} />
      </Route>
    </Routes>
  );
}

/** "/" is each person's own start: a citizen's home, an employee's queue, an administrator's journal. */
function HomeByRole() {
  const { user } = useSession();
  if (user && !user.roles.includes('CITIZEN')) return <Navigate to={user.roles.includes('EMPLOYEE') ? '/workspace' : '/admin/audit'} replace />;
  return (
    <RequireRole roles={['CITIZEN']}>
      <CitizenHome />
    </RequireRole>
  );
}
