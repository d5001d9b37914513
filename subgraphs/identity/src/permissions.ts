import { allow, forbidden, hasRole, isAdmin, isAuthenticated, or, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import type { IdentityContext } from './context';
import { applicationsServingViewer } from './users/applicant-access.loader';
import { viewerOwns } from './users/owner-view';
import type { UserRecord } from './users/users.service';

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

/** A user's children: the user; an administrator (certificates masked); nobody else. */
const canViewChildren = rule('canViewChildren', { cache: 'no_cache' })((user: { id: string }, _args, ctx: IdentityContext) => {
  if (viewerOwns(ctx.viewer, user)) return true;
  if (!ctx.viewer.userId) return unauthenticated();
  return hasRole(ctx.viewer, 'ADMIN') ? true : forbidden("Only the parent can see a user's children");
});

const ownerOrAdmin = or(isOwner, isAdmin);

/**
 * An employee reading a person who applied to the employee's department (the queue shows who is
 * served). Whether they did is asked of applications with the employee's own token, so nothing is
 * taken on the caller's word; each such read is journalled (users/user-contact.resolver.ts).
 */
const isEmployeeOfApplicantsDepartment = rule('isEmployeeOfApplicantsDepartment', { cache: 'no_cache' })(
  async (user: { id: string }, _args, ctx: IdentityContext) => {
    if (!ctx.viewer.userId) return unauthenticated();
    if ((await applicationsServingViewer(ctx, user)).length > 0) return true;
    return forbidden('Only the person, an administrator or an employee of a department they applied to can read this');
  },
);

/** A fellow employee of the viewer's department, named in the history of the department's applications. */
const isColleague = rule('isColleague', { cache: 'no_cache' })((user: UserRecord, _args, ctx: IdentityContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  const sameDepartment = hasRole(ctx.viewer, Role.EMPLOYEE) && ctx.viewer.departmentId !== null && user.roles.includes(Role.EMPLOYEE) && user.departmentId === ctx.viewer.departmentId;
  return sameDepartment ? true : forbidden('Only employees of the same department see each other');
});

// The first rule's refusal is the one the caller reads.
const canReadContact = or(isEmployeeOfApplicantsDepartment, isOwner, isAdmin);
const canReadName = or(isEmployeeOfApplicantsDepartment, isOwner, isAdmin, isColleague);

/** A session in "my sessions": only its owner (mySessions lists only the viewer's anyway). */
const isSessionOwner = rule('isSessionOwner', { cache: 'no_cache' })((session: { userId: string }, _args, ctx: IdentityContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  return session.userId === ctx.viewer.userId ? true : forbidden('Only the owner can see their sessions');
});

/** An API client (application): the developer who registered it, or an administrator. */
const isApiClientOwnerOrAdmin = rule('isApiClientOwnerOrAdmin', { cache: 'no_cache' })(
  (client: { ownerId: string }, _args, ctx: IdentityContext) => {
    if (!ctx.viewer.userId) return unauthenticated();
    if (ctx.viewer.clientId) return forbidden('API client tokens cannot manage applications');
    return client.ownerId === ctx.viewer.userId || hasRole(ctx.viewer, 'ADMIN') ? true : forbidden('Only the owner of the application or an administrator can see it');
  },
);

/**
 * A child: its parent; an administrator sees it with the certificate masked; nobody else — also
 * through `_entities`, which is how education checks, with the caller's token, that a child
 * named in an application is the caller's own.
 */
const isParentOrAdmin = rule('isParentOrAdmin', { cache: 'no_cache' })((child: { parentId: string }, _args, ctx: IdentityContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  if (child.parentId === ctx.viewer.userId || hasRole(ctx.viewer, 'ADMIN')) return true;
  return forbidden("Only the child's parent can see this");
});

/**
 * Fallback is deny (kit). A User reference resolved through `_entities` meets the same User
 * rules as one from `me`, so another subgraph's reference exposes nothing but the id.
 */
export const permissions: IRules = {
  Query: {
    me: isAuthenticated,
    user: isAdmin,
    // Any signed-in person can be a developer (the kit's isAuthenticated refuses API-client tokens).
    myApiClients: isAuthenticated,
    apiClients: isAdmin,
    mySessions: isAuthenticated,
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
    // The service binds the child to the signed-in user; removing another's child is "not found".
    addChild: isAuthenticated,
    removeChild: isAuthenticated,
    // The service binds a new application to the signed-in user; rotating or revoking another's is "not found".
    registerApiClient: isAuthenticated,
    rotateApiClientSecret: isAuthenticated,
    revokeApiClient: isAuthenticated,
    // Signing in and recovering an account happen before anyone has a token; the services decide.
    verifyMfa: allow,
    requestPasswordReset: allow,
    resetPassword: allow,
    // Signed in, or anonymous with the email (the service answers an unknown email like a wrong code).
    confirmEmail: allow,
    resendEmailConfirmation: isAuthenticated,
    // The services act on the signed-in user only; another's session is "not found".
    revokeSession: isAuthenticated,
    revokeOtherSessions: isAuthenticated,
    enableTotp: isAuthenticated,
    confirmTotp: isAuthenticated,
    enableSmsMfa: isAuthenticated,
    confirmSmsMfa: isAuthenticated,
    disableMfa: isAuthenticated,
  },
  User: {
    '*': ownerOrAdmin,
    // The gateway resolves references by id for any signed-in caller.
    id: or(isAuthenticated, isOwner),
    // Name and contact: also to the employees serving the person; names also to colleagues.
    lastName: canReadName,
    firstName: canReadName,
    middleName: canReadName,
    email: canReadContact,
    phone: canReadContact,
    documents: canViewDocuments,
    children: canViewChildren,
    emailConfirmed: ownerOrAdmin,
    mfaMethods: ownerOrAdmin,
  },
  UserSession: isSessionOwner,
  MfaChallenge: allow,
  VerifyMfaPayload: allow,
  RevokeSessionPayload: allow,
  RevokeOtherSessionsPayload: allow,
  EnableTotpPayload: allow,
  ConfirmMfaPayload: allow,
  EnableSmsMfaPayload: allow,
  DisableMfaPayload: allow,
  ConfirmEmailPayload: allow,
  SendEmailConfirmationPayload: allow,
  RequestPasswordResetPayload: allow,
  ResetPasswordPayload: allow,
  Child: { '*': isParentOrAdmin },
  BirthCertificate: allow,
  AddChildPayload: allow,
  ApiClient: isApiClientOwnerOrAdmin,
  ApiClientConnection: allow,
  ApiClientEdge: allow,
  RegisterApiClientPayload: allow,
  RotateApiClientSecretPayload: allow,
  RevokeApiClientPayload: allow,
  RemoveChildPayload: allow,
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
