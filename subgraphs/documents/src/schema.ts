import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { documentReference } from './documents/document.reference';
import { DocumentResolver } from './documents/document.resolver';
import { issuedDocumentReference } from './issued/issued-document.reference';
import { ApplicationResultDocumentResolver, IssuedDocumentResolver } from './issued/issued-document.resolver';
import { VerificationResolver } from './issued/verification.resolver';
import { permissions } from './permissions';
import { stubReference } from './shared/refs.type';

/** The documents subgraph schema; needs no database, so print-sdl can run at build time. */
export async function buildDocumentsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [DocumentResolver, IssuedDocumentResolver, ApplicationResultDocumentResolver, VerificationResolver],
    referenceResolvers: {
      Document: documentReference,
      IssuedDocument: issuedDocumentReference,
      Application: stubReference,
    },
    permissions,
    foreignEntities: ['Application'],
  });
}
