import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { appealReference } from './appeals/appeal.reference';
import { AppealResolver } from './appeals/appeal.resolver';
import { FineFieldsResolver } from './fines/fine-fields.resolver';
import { fineReference } from './fines/fine.reference';
import { FineResolver } from './fines/fine.resolver';
import { permissions } from './permissions';
import { taxReference } from './taxes/tax.reference';
import { TaxResolver } from './taxes/tax.resolver';
import { userReference } from './users/user.reference';
import { UserFinesResolver } from './users/user-fines.resolver';

/** The taxes-fines subgraph schema; needs no database (print-sdl builds it too). */
export async function buildTaxesFinesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [FineResolver, FineFieldsResolver, AppealResolver, TaxResolver, UserFinesResolver],
    referenceResolvers: {
      Fine: fineReference,
      TaxAccrual: taxReference,
      Appeal: appealReference,
      User: userReference,
    },
    permissions,
    foreignEntities: ['User', 'Document'],
  });
}
