import { kindergartenApplicationStatusChanged, liveEventOf } from '@eco/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { EducationContext } from '../context';
import { kindergartenApplicationLoader } from '../loaders';
import { KindergartenApplicationObject } from '../queue/kindergarten-application.type';
import type { KindergartenApplicationRow } from '../queue/kindergarten-applications.service';
import { KindergartenApplicationStatus } from '../shared/enums';
import { KindergartenApplicationStatusEventObject } from './status-event.type';

/**
 * Live status of kindergarten applications. The gateway serves the subscription over graphql-ws
 * and, per event, runs `kindergartenApplicationStatusChangedEvent` with the subscriber's token and
 * the event it holds (sealed), so the rules here decide who is told (the parent and MINPROS).
 */
@Resolver(() => KindergartenApplicationStatusEventObject)
export class KindergartenStatusEventResolver {
  @Subscription(() => KindergartenApplicationStatusEventObject, {
    nullable: true,
    description: 'Status changes of your kindergarten applications (parents) or all of them (MINPROS); `applicationId` narrows to one.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws');
    },
  })
  kindergartenApplicationStatusChanged(
    @Root() event: KindergartenApplicationStatusEventObject,
    @Arg('applicationId', () => ID, { nullable: true }) _applicationId?: string | null,
  ): KindergartenApplicationStatusEventObject {
    return event;
  }

  @Query(() => KindergartenApplicationStatusEventObject, {
    nullable: true,
    description:
      'One status event as the gateway delivers it to kindergartenApplicationStatusChanged subscribers (`event`: sealed by the gateway): the parent and MINPROS only.',
  })
  kindergartenApplicationStatusChangedEvent(@Arg('event') sealed: string, @Ctx() ctx: EducationContext): KindergartenApplicationStatusEventObject | null {
    const live = liveEventOf(kindergartenApplicationStatusChanged, ctx, sealed);
    if (!live) return null;
    const { event, payload } = live;
    return {
      eventId: event.id,
      applicationId: payload.applicationId,
      parentId: payload.parentId,
      from: (payload.from as KindergartenApplicationStatus | null) ?? null,
      to: payload.to as KindergartenApplicationStatus,
      at: new Date(payload.at),
      reason: payload.reason,
    };
  }

  @FieldResolver(() => KindergartenApplicationObject, { description: 'The application as it is now.' })
  async application(@Root() event: KindergartenApplicationStatusEventObject, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationRow> {
    const application = await kindergartenApplicationLoader(ctx).load(event.applicationId);
    if (!application) throw new Error(`KindergartenApplication ${event.applicationId} of event ${event.eventId} is missing`);
    return application;
  }
}
