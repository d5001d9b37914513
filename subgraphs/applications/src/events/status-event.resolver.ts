import { applicationStatusChanged, liveEventOf, type PayloadOf } from '@eco/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { applicationLoader } from '../applications/application.loader';
import { ApplicationType } from '../applications/application.type';
import type { ApplicationRow } from '../applications/applications.service';
import type { ApplicationsContext } from '../context';
import { ApplicationStatus } from '../shared/enums';
import { ApplicationStatusEventType } from './status-event.type';

function toStatusEvent(eventId: string, payload: PayloadOf<typeof applicationStatusChanged>): ApplicationStatusEventType {
  return {
    eventId,
    applicationId: payload.applicationId,
    from: (payload.from as ApplicationStatus | null) ?? null,
    to: payload.to as ApplicationStatus,
    at: new Date(payload.at),
    comment: payload.comment ?? null,
  };
}

/**
 * Live status updates. The gateway serves the subscription over graphql-ws; for each event it runs
 * `applicationStatusChangedEvent(event)` with the subscriber's token and the event it holds
 * (sealed), so these rules decide who is told and nothing reads the event back.
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
      'One status event as the gateway delivers it to applicationStatusChanged subscribers (`event`: sealed by the gateway): the applicant and employees of the department only.',
  })
  applicationStatusChangedEvent(@Arg('event') sealed: string, @Ctx() ctx: ApplicationsContext): ApplicationStatusEventType | null {
    const live = liveEventOf(applicationStatusChanged, ctx, sealed);
    return live ? toStatusEvent(live.event.id, live.payload) : null;
  }

  @FieldResolver(() => ApplicationType, { description: 'The application as it is now.' })
  async application(@Root() event: ApplicationStatusEventType, @Ctx() ctx: ApplicationsContext): Promise<ApplicationRow> {
    const application = await applicationLoader(ctx).load(event.applicationId);
    if (!application) throw new Error(`Application ${event.applicationId} of event ${event.eventId} is missing`);
    return application;
  }
}
