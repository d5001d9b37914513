import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession, type Role } from '../session/session';

/** A page for signed-in people with one of `roles`; others are sent to sign in, or to `fallback`. */
export function RequireRole({ roles, fallback = '/', children }: { roles: Role[]; fallback?: string; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  if (!user.roles.some((role) => roles.includes(role))) return <Navigate to={fallback} replace />;
  return <>{children}</>;
}
