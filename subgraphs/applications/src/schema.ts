import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { ApplicationFieldsResolver, StatusChangeFieldsResolver } from './applications/application-fields.resolver';
import { applicationReference } from './applications/application.reference';
import { ApplicationResolver } from './applications/application.resolver';
import { StatusEventResolver } from './events/status-event.resolver';
import { permissions } from './permissions';
import { QueueResolver } from './queue/queue.resolver';
import { SavedFilterResolver } from './saved-filters/saved-filter.resolver';
import { DepartmentRef } from './shared/department-ref.type';
import { serviceReference } from './stats/service.reference';
import { StatsResolver } from './stats/stats.resolver';
import { userReference } from './users/user.reference';
import { UserApplicationsResolver } from './users/user-applications.resolver';
import { UserDepartmentApplicationsResolver } from './users/user-department-applications.resolver';
import { WorkflowResolver } from './workflow/workflow.resolver';

/** The applications subgraph schema; needs no database (print-sdl builds it too). */
export async function buildApplicationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      ApplicationResolver,
      ApplicationFieldsResolver,
      StatusChangeFieldsResolver,
      WorkflowResolver,
      QueueResolver,
      SavedFilterResolver,
      UserApplicationsResolver,
      UserDepartmentApplicationsResolver,
      StatsResolver,
      StatusEventResolver,
    ],
    // Department is only ever a reference stub here, reached through Application.department.
    orphanedTypes: [DepartmentRef],
    referenceResolvers: {
      Application: applicationReference,
      User: userReference,
      Service: serviceReference,
    },
    permissions,
    foreignEntities: ['User', 'Service', 'Department', 'Document'],
  });
}
