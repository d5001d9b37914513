import { DocumentRef, LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApplicationsContext } from '../context';
import { DeadlineBucket, deadlineBucketOf } from '../deadlines/deadline-bucket';
import { DepartmentRef } from '../shared/department-ref.type';
import { ApplicationStatus, isOpenStatus, type ActorRole } from '../shared/enums';
import { ServiceRef } from '../stats/service.type';
import { StateFeeStatus, stateFeeStatusOf } from '../state-fee/state-fee-status';
import { UserRef } from '../users/user.type';
import { historyLoader } from './application.loader';
import { ApplicationResultType, ApplicationType, StatusChangeType } from './application.type';
import type { ApplicationRow } from './applications.service';

/** Related and computed fields of Application; relations are references, history is batched. */
@Resolver(() => ApplicationType)
export class ApplicationFieldsResolver {
  @FieldResolver(() => UserRef, { description: 'The citizen who filed it.' })
  applicant(@Root() application: ApplicationRow): UserRef {
    return { id: application.applicantId };
  }

  @FieldResolver(() => ServiceRef)
  service(@Root() application: ApplicationRow): ServiceRef {
    return { id: application.serviceId };
  }

  @FieldResolver(() => DepartmentRef, { description: 'The department that processes it.' })
  department(@Root() application: ApplicationRow): DepartmentRef {
    return { id: application.departmentId };
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'The employee it is assigned to; null while unassigned.' })
  assignee(@Root() application: ApplicationRow): UserRef | null {
    return application.assigneeId ? { id: application.assigneeId } : null;
  }

  @FieldResolver(() => String, {
    description: 'Title of the service as it was when the application was filed (kept here, so lists and search need no other subgraph).',
  })
  serviceTitle(
    @Root() application: ApplicationRow,
    @Arg('locale', () => LocaleArg, { nullable: true, description: 'Default: the request language.' }) locale: LocaleArg | null,
    @Ctx() ctx: ApplicationsContext,
  ): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? application.serviceTitleEn : application.serviceTitleRu;
  }

  @FieldResolver(() => ApplicationResultType, { nullable: true, description: 'Set once the application is COMPLETED or REJECTED.' })
  result(@Root() application: ApplicationRow): ApplicationResultType | null {
    if (application.status !== ApplicationStatus.COMPLETED && application.status !== ApplicationStatus.REJECTED) return null;
    return { decision: application.decision, documentRef: application.documentRef, rejectionReason: application.rejectionReason };
  }

  @FieldResolver(() => [DocumentRef], {
    // An item the reader may not open comes back null, not the whole record.
    nullable: 'items',
    description:
      "The applicant's documents taken into the application (file fields of the form, also those provided later), in the order they were attached. Each is the documents subgraph's Document, which decides who may read it.",
  })
  attachments(@Root() application: ApplicationRow): DocumentRef[] {
    return application.attachmentIds.map((id) => ({ id }));
  }

  @FieldResolver(() => StateFeeStatus, { description: 'Whether a state fee is due and paid; the fee invoice itself is `invoice` (payments).' })
  stateFeeStatus(@Root() application: ApplicationRow): StateFeeStatus {
    return stateFeeStatusOf(application);
  }

  @FieldResolver(() => DeadlineBucket, { nullable: true, description: 'Where the deadline falls relative to now; null once closed.' })
  deadlineBucket(@Root() application: ApplicationRow, @Ctx() ctx: ApplicationsContext): DeadlineBucket | null {
    return isOpenStatus(application.status as ApplicationStatus) ? deadlineBucketOf(application.deadline, ctx.services.now()) : null;
  }

  @FieldResolver(() => [StatusChangeType], { description: 'Every status change, oldest first, starting with the submission.' })
  async history(@Root() application: ApplicationRow, @Ctx() ctx: ApplicationsContext): Promise<StatusChangeType[]> {
    const rows = (await historyLoader(ctx).load(application.id)) ?? [];
    return rows.map((row) => ({
      from: row.fromStatus as ApplicationStatus | null,
      to: row.toStatus as ApplicationStatus,
      actorRole: row.actorRole as ActorRole,
      actorId: row.actorId,
      at: row.at,
      comment: row.comment,
    }));
  }
}

@Resolver(() => StatusChangeType)
export class StatusChangeFieldsResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: 'Who made the change; null when the portal itself did.' })
  actor(@Root() change: StatusChangeType): UserRef | null {
    return change.actorId ? { id: change.actorId } : null;
  }
}
