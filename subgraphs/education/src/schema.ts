import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { KindergartenStatusEventResolver } from './events/status-event.resolver';
import { kindergartenGroupReference, kindergartenReference } from './kindergartens/kindergarten.reference';
import { KindergartenGroupResolver, KindergartenResolver } from './kindergartens/kindergarten.resolver';
import { permissions } from './permissions';
import { kindergartenApplicationReference } from './queue/kindergarten-application.reference';
import { KindergartenApplicationResolver, KindergartenPreferenceResolver, KindergartenQueuePositionResolver } from './queue/kindergarten-application.resolver';
import { schoolEnrollmentReference, schoolReference } from './schools/school.reference';
import { SchoolEnrollmentResolver, SchoolResolver } from './schools/school.resolver';
import { userReference } from './users/user.reference';
import { UserEducationResolver } from './users/user-education.resolver';

/** The education subgraph schema; needs no database (print-sdl builds it too). */
export async function buildEducationSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      KindergartenResolver,
      KindergartenGroupResolver,
      KindergartenApplicationResolver,
      KindergartenPreferenceResolver,
      KindergartenQueuePositionResolver,
      KindergartenStatusEventResolver,
      SchoolResolver,
      SchoolEnrollmentResolver,
      UserEducationResolver,
    ],
    referenceResolvers: {
      Kindergarten: kindergartenReference,
      KindergartenGroup: kindergartenGroupReference,
      KindergartenApplication: kindergartenApplicationReference,
      School: schoolReference,
      SchoolEnrollment: schoolEnrollmentReference,
      User: userReference,
    },
    permissions,
    foreignEntities: ['User', 'Child', 'Document'],
  });
}
