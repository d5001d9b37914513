import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';
import { RequireRole } from '../RequireRole';
import { AccessRefused } from '../../pages/workspace/AccessRefused';
import { useSession, type Role } from '../../session/session';

// Each workspace page is its own chunk: citizens never download them.
const WorkspaceQueue = lazyPage(() => import('../../pages/workspace/WorkspaceQueue'), 'WorkspaceQueue');
const WorkspaceApplication = lazyPage(() => import('../../pages/workspace/WorkspaceApplication'), 'WorkspaceApplication');
const WorkspaceAppeals = lazyPage(() => import('../../pages/workspace/WorkspaceAppeals'), 'WorkspaceAppeals');
const WorkspaceEducation = lazyPage(() => import('../../pages/workspace/WorkspaceEducation'), 'WorkspaceEducation');
const WorkspaceStats = lazyPage(() => import('../../pages/workspace/WorkspaceStats'), 'WorkspaceStats');
const AuditJournal = lazyPage(() => import('../../pages/admin/AuditJournal'), 'AuditJournal');

/** Sign-in first; a signed-in person without the role is told so (RequireRole would only redirect). */
function Page({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (user && !user.roles.some((role) => roles.includes(role))) return <AccessRefused />;
  return <RequireRole roles={roles}>{children}</RequireRole>;
}

/** The workspace pages' routes (rendered inside the Layout by App): employees, and the admin's audit journal. */
export const workspaceRoutes = [
  <Route key="workspace" path="/workspace" element={<Page roles={['EMPLOYEE']}><WorkspaceQueue /></Page>} />,
  <Route key="workspace-application" path="/workspace/applications/:id" element={<Page roles={['EMPLOYEE']}><WorkspaceApplication /></Page>} />,
  <Route key="workspace-appeals" path="/workspace/appeals" element={<Page roles={['EMPLOYEE']}><WorkspaceAppeals /></Page>} />,
  <Route key="workspace-education" path="/workspace/education" element={<Page roles={['EMPLOYEE']}><WorkspaceEducation /></Page>} />,
  <Route key="workspace-stats" path="/workspace/stats" element={<Page roles={['EMPLOYEE']}><WorkspaceStats /></Page>} />,
  <Route key="admin-audit" path="/admin/audit" element={<Page roles={['ADMIN']}><AuditJournal /></Page>} />,
];
