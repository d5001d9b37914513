import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { ApiClientResolver } from './api-clients/api-client.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { SessionsResolver } from './auth/sessions.resolver';
import { childReference } from './children/child.reference';
import { ChildResolver } from './children/child.resolver';
import { UserChildrenResolver } from './children/user-children.resolver';
import { DocumentsResolver } from './documents/documents.resolver';
import { IdentityDocumentsResolver } from './documents/identity-documents.resolver';
import { UserDocumentsResolver } from './documents/user-documents.resolver';
import { MfaResolver } from './mfa/mfa.resolver';
import { permissions } from './permissions';
import { RecoveryResolver } from './recovery/recovery.resolver';
import { DepartmentRef } from './users/department-ref.type';
import { UserContactResolver } from './users/user-contact.resolver';
import { UserResolver } from './users/user.resolver';
import { UserSecurityResolver } from './users/user-security.resolver';
import { userReference } from './users/user.reference';

/** The identity subgraph schema; needs no database, so print-sdl can run at build time. */
export async function buildIdentitySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [ApiClientResolver, UserResolver, UserDocumentsResolver, IdentityDocumentsResolver, AuthResolver, DocumentsResolver, ChildResolver, UserChildrenResolver,
      SessionsResolver, MfaResolver, RecoveryResolver, UserSecurityResolver, UserContactResolver],
    // Department is only ever a reference stub here, reached through User.department.
    orphanedTypes: [DepartmentRef],
    referenceResolvers: { User: userReference, Child: childReference },
    permissions,
    foreignEntities: ['Department'],
  });
}
