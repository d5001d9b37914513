import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { AuthResolver } from './auth/auth.resolver';
import { DocumentsResolver } from './documents/documents.resolver';
import { IdentityDocumentsResolver } from './documents/identity-documents.resolver';
import { UserDocumentsResolver } from './documents/user-documents.resolver';
import { permissions } from './permissions';
import { DepartmentRef } from './users/department-ref.type';
import { UserResolver } from './users/user.resolver';
import { userReference } from './users/user.reference';

/** The identity subgraph schema; needs no database, so print-sdl can run at build time. */
export async function buildIdentitySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [UserResolver, UserDocumentsResolver, IdentityDocumentsResolver, AuthResolver, DocumentsResolver],
    // Department is only ever a reference stub here, reached through User.department.
    orphanedTypes: [DepartmentRef],
    referenceResolvers: { User: userReference },
    permissions,
  });
}
