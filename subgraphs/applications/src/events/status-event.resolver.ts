import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { applicationLoader } from '../applications/application.loader';
import { ApplicationType } from '../applications/application.type';
import type { ApplicationRow } from '../applications/applications.service';
import type { ApplicationsContext } from '../context';
import { ApplicationStatus } from '../shared/enums';
import type { StatusEventRow } from './outbox.service';
import { ApplicationStatusEventType } from './status-event.type';

/** The request's status-event loader (the permission rule and the resolver share it). */
export function statusEventLoader(ctx: ApplicationsContext) {
  return ctx.loaders.get<string, StatusEventRow>('StatusEvent.byId', (ids) => ctx.services.outbox.statusEventsByIds(ids));
}

function toStatusEvent(row: StatusEventRow): ApplicationStatusEventType {
  const { payload } = row;
  return {
    eventId: row.eventId,
    applicationId: payload.applicationId,
    from: (payload.from as ApplicationStatus | null) ?? null,
    to: payload.to as ApplicationStatus,
    at: new Date(payload.at),
    comment: payload.comment ?? null,
  };
}

/**
 * Live status updates. The gateway serves the subscription over graphql-ws from this subgraph's
 * event feed; for each event it runs `applicationStatusChangedEvent(eventId)` with the
 * subscriber's token, so these rules decide who is told.
 */
@Resolver(() => ApplicationStatusEventType)
export class StatusEventResolver {
  @Subscription(() => ApplicationStatusEventType, {
    nullable: true,
    description: 'Status changes of your applications (applicants) or your department\'s (employees); `applicationId` narrows to one.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws');
    },
  })
  applicationStatusChanged(
    @Root() event: ApplicationStatusEventType,
    @Arg('applicationId', () => ID, { nullable: true }) _applicationId?: string | null,
  ): ApplicationStatusEventType {
    return event;
  }

  @Query(() => ApplicationStatusEventType, {
    nullable: true,
    description:
      'One status event by id, as the gateway delivers it to applicationStatusChanged subscribers: the applicant and employees of the department only.',
  })
  async applicationStatusChangedEvent(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: ApplicationsContext): Promise<ApplicationStatusEventType | null> {
    const row = await statusEventLoader(ctx).load(eventId);
    return row ? toStatusEvent(row) : null;
  }

  @FieldResolver(() => ApplicationType, { description: 'The application as it is now.' })
  async application(@Root() event: ApplicationStatusEventType, @Ctx() ctx: ApplicationsContext): Promise<ApplicationRow> {
    const application = await applicationLoader(ctx).load(event.applicationId);
    if (!application) throw new Error(`Application ${event.applicationId} of event ${event.eventId} is missing`);
    return application;
  }
}
