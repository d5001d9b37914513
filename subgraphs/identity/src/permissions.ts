import { allow, forbidden, hasRole, isAdmin, isAuthenticated, or, rule, unauthenticated, type IRules } from '@eco/kit';
import type { IdentityContext } from './context';
import { viewerOwns } from './users/owner-view';

/** The user is the viewer (or was just handed to them by register/login/refreshToken). */
const isOwner = rule('isOwner', { cache: 'no_cache' })((user: { id: string }, _args, ctx: IdentityContext) => {
  if (viewerOwns(ctx.viewer, user)) return true;
  return ctx.viewer.userId ? forbidden('Only the account owner or an administrator can read this') : unauthenticated();
});

/** Documents: the owner in full, an administrator masked (see IdentityDocuments), nobody else. */
const canViewDocuments = rule('canViewDocuments', { cache: 'no_cache' })(
  (user: { id: string }, _args, ctx: IdentityContext) => {
    if (viewerOwns(ctx.viewer, user)) return true;
    if (!ctx.viewer.userId) return unauthenticated();
    return hasRole(ctx.viewer, 'ADMIN') ? true : forbidden('Only the owner can read identity documents');
  },
);

const ownerOrAdmin = or(isOwner, isAdmin);

/**
 * Fallback is deny (kit). A User reference resolved through `_entities` meets the same User
 * rules as one from `me`, so another subgraph's reference exposes nothing but the id.
 */
export const permissions: IRules = {
  Query: {
    me: isAuthenticated,
    user: isAdmin,
  },
  Mutation: {
    register: allow,
    login: allow,
    refreshToken: allow,
    logout: isAuthenticated,
    setSnils: isAuthenticated,
    setInn: isAuthenticated,
    setPassport: isAuthenticated,
    setDriverLicence: isAuthenticated,
  },
  User: {
    '*': ownerOrAdmin,
    // The gateway resolves references by id for any signed-in caller.
    id: or(isAuthenticated, isOwner),
    documents: canViewDocuments,
  },
  // Reachable only through User.documents, which is guarded above.
  IdentityDocuments: allow,
  Passport: allow,
  DriverLicence: allow,
  Department: allow,
  RegisterPayload: allow,
  LoginPayload: allow,
  RefreshTokenPayload: allow,
  LogoutPayload: allow,
  SetSnilsPayload: allow,
  SetInnPayload: allow,
  SetPassportPayload: allow,
  SetDriverLicencePayload: allow,
};
