import {
  isUniqueViolationOn,
  kindergartenApplicationDocumentsAttached,
  kindergartenApplicationStatusChanged,
  keysetCondition,
  keysetOrder,
  type DocumentChecker,
  type Outbox,
  type PageWindow,
  type PayloadOf,
  type SqlSchema,
} from '@eco/kit';
import { sqltag as sql } from '@prisma/client/runtime/client';
import { randomUUID } from 'node:crypto';
import type { ChildrenClient } from '../children/children-client';
import { MINPROS_DEPARTMENT } from '../events/status-events';
import type { KindergartenApplication, KindergartenPreference, Prisma, PrismaClient } from '../generated/prisma/client';
import { groupForAge, type Page } from '../kindergartens/kindergartens.service';
import { addMonths, ageInMonths, day, DAY_MS, moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type EducationProblem, type Outcome } from '../shared/problems';
import { CATEGORY_RANK, CATEGORY_RANK_SQL, QUEUE_ORDER } from './queue-order';

export type KindergartenApplicationRow = KindergartenApplication;
export type PreferenceRow = KindergartenPreference;
export type BenefitCategoryValue = 'EXTRAORDINARY' | 'PRIORITY' | 'PREFERENTIAL' | 'NONE';

export const MAX_PREFERENCES = 3;
export const MAX_DOCUMENT_REF = 500;
export const MAX_BENEFIT_DOCUMENTS = 5;
/** What a benefit proof may be (the documents subgraph's content type, detected from the bytes). */
export const BENEFIT_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** `attachedToType` of benefit documents (the documents subgraph links them to the application). */
export const ATTACHED_TO_KINDERGARTEN_APPLICATION = 'KindergartenApplication';
/** Kindergarten ends at 7: a start date from the 7th birthday on is refused. */
const KINDERGARTEN_END_MONTHS = 84;
const ACTIVE = ['QUEUED', 'OFFERED', 'ENROLLED'] as const;
const ONE_ACTIVE_INDEX = 'kindergarten_application_one_active_per_child';
const EXPIRY_BATCH = 200;

export interface ApplyForKindergartenInput {
  childId: string;
  kindergartenIds: string[];
  /** A calendar day (UTC midnight). */
  desiredStartDate: Date;
  benefitCategory: BenefitCategoryValue;
  /** The parent's uploads proving the category (documents subgraph ids). */
  benefitDocumentIds?: string[] | null;
  /** Deprecated free text, still taken. */
  benefitDocumentRef?: string | null;
}

export interface QueuePosition {
  applicationId: string;
  kindergartenId: string;
  groupId: string;
  /** 1-based rank of the preference in the application. */
  rank: number;
  position: number;
  total: number;
}

type Tx = Prisma.TransactionClient;
type ClosedReason = PayloadOf<typeof kindergartenApplicationStatusChanged>['reason'];

/** A group's queue: QUEUE_ORDER (category rank, submission time, id). */
export const GROUP_QUEUE_ORDER = keysetOrder<KindergartenApplicationRow>(
  'kindergarten-group-queue',
  [['categoryRank', 'asc'], ['submittedAt', 'asc'], ['id', 'asc']],
  (row) => [CATEGORY_RANK[row.benefitCategory], row.submittedAt, row.id],
);
const GROUP_QUEUE_KEY = [
  { sql: sql`x.category_rank`, type: 'int' },
  { sql: sql`x.submitted_at`, type: 'timestamptz' },
  { sql: sql`x.id`, type: 'uuid' },
] as const;

/** A parent's kindergarten applications, newest first. */
export const PARENT_KINDERGARTEN_ORDER = keysetOrder<KindergartenApplicationRow>('kindergarten-applications', [['submittedAt', 'desc'], ['id', 'asc']]);

/**
 * The kindergarten queue. An application waits in the queue of each preferred kindergarten's
 * age group; order is category, then submission time. An employee offers a place only to the
 * first in that order and only while the group has a free place; the offer holds the place until
 * the parent accepts (ENROLLED), declines or lets it expire (DECLINED), or withdraws (CANCELLED).
 * Every status change commits with its outbox event.
 */
export class KindergartenApplicationsService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      sql: SqlSchema;
      outbox: Outbox;
      children: ChildrenClient;
      /** The documents subgraph, asked with the parent's token about the benefit documents. */
      documents: DocumentChecker;
      now: () => Date;
      offerDays: number;
    },
  ) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async byIds(ids: readonly string[]): Promise<(KindergartenApplicationRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.kindergartenApplication.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listForParent(parentId: string, window: PageWindow): Promise<Page<KindergartenApplicationRow>> {
    const where = { parentId };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.kindergartenApplication.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.kindergartenApplication.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** Batch: each application's preferences in the parent's order. */
  async preferencesByApplicationIds(ids: readonly string[]): Promise<PreferenceRow[][]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.kindergartenPreference.findMany({ where: { applicationId: { in: valid } }, orderBy: { rank: 'asc' } }) : [];
    return ids.map((id) => rows.filter((row) => row.applicationId === id));
  }

  /**
   * Batch, one SQL statement: the position of each QUEUED application in the queue of each of its
   * groups (others have none). Computed on read, so it moves as soon as others enroll or leave.
   */
  async positionsByApplicationIds(ids: readonly string[]): Promise<QueuePosition[][]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => []);
    const p = this.deps.sql.qualified('kindergarten_preference');
    const a = this.deps.sql.qualified('kindergarten_application');
    const rows = await this.prisma.$queryRaw<{ application_id: string; kindergarten_id: string; group_id: string; rank: number; position: bigint; total: bigint }[]>`
      SELECT x.application_id::text, x.kindergarten_id::text, x.group_id::text, x.rank, x.position, x.total
      FROM (
        SELECT p.application_id, p.kindergarten_id, p.group_id, p.rank,
               ROW_NUMBER() OVER (PARTITION BY p.group_id ORDER BY ${QUEUE_ORDER}) AS position,
               COUNT(*) OVER (PARTITION BY p.group_id) AS total
        FROM ${p} p JOIN ${a} a ON a.id = p.application_id
        WHERE a.status::text = 'QUEUED'
          AND p.group_id IN (SELECT group_id FROM ${p} WHERE application_id = ANY(${valid}::uuid[]))
      ) x
      WHERE x.application_id = ANY(${valid}::uuid[])
      ORDER BY x.rank`;
    const positions = rows.map((row) => ({
      applicationId: row.application_id,
      kindergartenId: row.kindergarten_id,
      groupId: row.group_id,
      rank: row.rank,
      position: Number(row.position),
      total: Number(row.total),
    }));
    return ids.map((id) => positions.filter((position) => position.applicationId === id));
  }

  /** The employees' view of one group's queue, in queue order. */
  async groupQueue(groupId: string, window: PageWindow): Promise<Page<KindergartenApplicationRow>> {
    if (!isUuid(groupId)) return { nodes: [], totalCount: 0 };
    const p = this.deps.sql.qualified('kindergarten_preference');
    const a = this.deps.sql.qualified('kindergarten_application');
    // The total is counted before the cursor's condition applies.
    const rows = await this.prisma.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT x.id::text, x.total FROM (
        SELECT a.id, a.submitted_at, ${CATEGORY_RANK_SQL} AS category_rank, count(*) OVER () AS total
        FROM ${p} p JOIN ${a} a ON a.id = p.application_id
        WHERE p.group_id = ${groupId}::uuid AND a.status::text = 'QUEUED'
      ) x
      WHERE ${keysetCondition(GROUP_QUEUE_KEY, window)}
      ORDER BY x.category_rank, x.submitted_at, x.id
      LIMIT ${window.take}`;
    const totalCount = rows.length ? Number(rows[0].total) : await this.countQueued(groupId);
    const nodes = await this.byIds(rows.map((row) => row.id));
    return { nodes: nodes.filter((node): node is KindergartenApplicationRow => node !== null), totalCount };
  }

  private countQueued(groupId: string): Promise<number> {
    return this.prisma.kindergartenApplication.count({ where: { status: 'QUEUED', preferences: { some: { groupId } } } });
  }

  /**
   * The parent files a queue entry for their own child (identity confirms it with their token). A
   * benefit category needs its proof: the parent's own uploads, scanned clean, PDF/JPEG/PNG (the
   * documents subgraph tells, asked with their token), or the deprecated free-text reference. The
   * documents are announced (`documents.attached`, for MINPROS) in the application's transaction.
   */
  async apply(parentId: string, token: string | null, input: ApplyForKindergartenInput, requestId?: string): Promise<Outcome<KindergartenApplicationRow>> {
    const at = this.deps.now();
    const today = moscowDay(at);
    const problems: EducationProblem[] = [];
    const ids = input.kindergartenIds.map((id) => id.trim());
    if (ids.length === 0 || ids.length > MAX_PREFERENCES) problems.push(problem('kindergartenIds', 'TOO_MANY_KINDERGARTENS', { limit: MAX_PREFERENCES }));
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push(problem(`kindergartenIds.${i}`, 'DUPLICATE_KINDERGARTEN'));
    });
    const documentRef = input.benefitDocumentRef?.trim() || null;
    const documentIds = input.benefitDocumentIds ?? [];
    // An old client that sends only the free-text reference hears about the field it sent.
    const proofField = input.benefitDocumentIds == null && input.benefitDocumentRef != null ? 'benefitDocumentRef' : 'benefitDocumentIds';
    if (input.benefitCategory !== 'NONE' && !documentRef && documentIds.length === 0) problems.push(problem(proofField, 'BENEFIT_DOCUMENT_REQUIRED'));
    if (documentRef && documentRef.length > MAX_DOCUMENT_REF) problems.push(problem('benefitDocumentRef', 'TOO_LONG', { limit: MAX_DOCUMENT_REF }));
    if (documentIds.length > MAX_BENEFIT_DOCUMENTS) problems.push(problem('benefitDocumentIds', 'TOO_MANY_DOCUMENTS', { limit: MAX_BENEFIT_DOCUMENTS }));
    else {
      const references = documentIds.map((id, i) => ({ id, field: `benefitDocumentIds.${i}`, allowedContentTypes: BENEFIT_DOCUMENT_TYPES }));
      const checked = await this.deps.documents.check(references, { token, requestId });
      if (!checked.ok) problems.push(...checked.problems);
    }
    const desired = day(input.desiredStartDate.toISOString().slice(0, 10));
    if (desired < today) problems.push(problem('desiredStartDate', 'DESIRED_DATE_IN_PAST'));

    const kindergartens = await this.prisma.kindergarten.findMany({ where: { id: { in: ids.filter(isUuid) } }, include: { groups: true } });
    ids.forEach((id, i) => {
      if (!kindergartens.some((k) => k.id === id)) problems.push(problem(`kindergartenIds.${i}`, 'KINDERGARTEN_NOT_FOUND'));
    });

    const child = isUuid(input.childId) ? await this.deps.children.childOfCaller(input.childId, token, requestId) : null;
    if (!child) problems.push(problem('childId', 'CHILD_NOT_FOUND'));
    const preferences: { rank: number; kindergartenId: string; groupId: string }[] = [];
    const birthDate = child ? day(child.birthDate) : null;
    if (birthDate) {
      if (desired >= addMonths(birthDate, KINDERGARTEN_END_MONTHS)) problems.push(problem('desiredStartDate', 'DESIRED_DATE_TOO_LATE'));
      const months = Math.max(0, ageInMonths(birthDate, desired));
      ids.forEach((id, i) => {
        const kindergarten = kindergartens.find((k) => k.id === id);
        if (!kindergarten || ids.indexOf(id) !== i) return;
        const group = groupForAge(kindergarten.groups, months);
        if (!group) problems.push(problem(`kindergartenIds.${i}`, 'NO_AGE_GROUP', { number: kindergarten.number, months }));
        else preferences.push({ rank: i + 1, kindergartenId: id, groupId: group.id });
      });
      const active = await this.prisma.kindergartenApplication.findFirst({ where: { childId: child!.id, status: { in: [...ACTIVE] } }, select: { id: true } });
      if (active) problems.push(problem('childId', 'ACTIVE_APPLICATION_EXISTS'));
    }
    if (problems.length > 0 || !child || !birthDate) return failure(problems);

    try {
      return await this.prisma.$transaction(async (tx) => {
        const application = await tx.kindergartenApplication.create({
          data: {
            id: randomUUID(),
            parentId,
            childId: child.id,
            childBirthDate: birthDate,
            desiredStartDate: desired,
            benefitCategory: input.benefitCategory,
            benefitDocumentRef: documentRef,
            benefitDocumentIds: documentIds,
            status: 'QUEUED',
            submittedAt: at,
            updatedAt: at,
            preferences: { create: preferences },
          },
        });
        await this.recordChange(tx, application, null, at);
        if (documentIds.length > 0) {
          await this.deps.outbox.append(tx, kindergartenApplicationDocumentsAttached, {
            // Not live: the documents subgraph consumes it from the feed.
            subject: { type: ATTACHED_TO_KINDERGARTEN_APPLICATION, id: application.id },
            payload: {
              documentIds,
              ownerId: parentId,
              attachedToType: ATTACHED_TO_KINDERGARTEN_APPLICATION,
              attachedToId: application.id,
              departmentId: MINPROS_DEPARTMENT,
              requestId: requestId ?? null,
            },
            at,
          });
        }
        return success(application);
      });
    } catch (error) {
      // Another submission for the same child got there between the check and the insert.
      if (isUniqueViolationOn(error, ONE_ACTIVE_INDEX)) return failure([problem('childId', 'ACTIVE_APPLICATION_EXISTS')]);
      throw error;
    }
  }

  /**
   * An employee offers a place in one of the preferred kindergartens. The group row is locked for
   * the whole decision, so two employees cannot both take its last place or skip the queue.
   */
  async offer(employeeId: string, input: { applicationId: string; kindergartenId: string }): Promise<Outcome<KindergartenApplicationRow>> {
    if (!isUuid(input.applicationId)) return failure([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
    const at = this.deps.now();
    return this.prisma.$transaction(async (tx) => {
      const application = await tx.kindergartenApplication.findUnique({ where: { id: input.applicationId }, include: { preferences: true } });
      if (!application) return failure<KindergartenApplicationRow>([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
      const preference = application.preferences.find((p) => p.kindergartenId === input.kindergartenId);
      if (!preference) return failure<KindergartenApplicationRow>([problem('kindergartenId', 'NOT_IN_PREFERENCES')]);
      const g = this.deps.sql.qualified('kindergarten_group');
      const [group] = await tx.$queryRaw<{ capacity: number; enrolled: number; reserved: number }[]>`
        SELECT capacity, enrolled, reserved FROM ${g} WHERE id = ${preference.groupId}::uuid FOR UPDATE`;
      // Read under the lock: a concurrent offer of this application has committed by now.
      const current = await tx.kindergartenApplication.findUniqueOrThrow({ where: { id: application.id } });
      if (current.status !== 'QUEUED') return failure<KindergartenApplicationRow>([problem('applicationId', 'NOT_QUEUED', { status: current.status })]);
      const first = await this.firstInQueue(tx, preference.groupId);
      if (first !== application.id) return failure<KindergartenApplicationRow>([problem('applicationId', 'NOT_FIRST_IN_QUEUE')]);
      if (!group || group.capacity - group.enrolled - group.reserved <= 0) return failure<KindergartenApplicationRow>([problem('kindergartenId', 'NO_FREE_PLACES')]);

      const offerExpiresAt = new Date(at.getTime() + this.deps.offerDays * DAY_MS);
      const { count } = await tx.kindergartenApplication.updateMany({
        where: { id: application.id, status: 'QUEUED' },
        data: { status: 'OFFERED', offeredKindergartenId: preference.kindergartenId, offeredGroupId: preference.groupId, offeredBy: employeeId, offeredAt: at, offerExpiresAt, updatedAt: at },
      });
      if (count !== 1) return failure<KindergartenApplicationRow>([problem('applicationId', 'NOT_QUEUED', { status: 'OFFERED' })]);
      await tx.kindergartenGroup.update({ where: { id: preference.groupId }, data: { reserved: { increment: 1 } } });
      const offered = await tx.kindergartenApplication.findUniqueOrThrow({ where: { id: application.id } });
      await this.recordChange(tx, offered, 'QUEUED', at);
      return success(offered);
    });
  }

  /** The parent takes the offered place before the deadline: ENROLLED, the place is theirs. */
  async accept(parentId: string, applicationId: string): Promise<Outcome<KindergartenApplicationRow>> {
    return this.closeOffer(parentId, applicationId, 'ENROLLED', 'PARENT');
  }

  /** The parent refuses the offered place: DECLINED, the place goes back to the group. */
  async decline(parentId: string, applicationId: string): Promise<Outcome<KindergartenApplicationRow>> {
    return this.closeOffer(parentId, applicationId, 'DECLINED', 'PARENT');
  }

  /** The parent withdraws a queued (or offered) application; an enrolled child stays enrolled. */
  async cancel(parentId: string, applicationId: string): Promise<Outcome<KindergartenApplicationRow>> {
    if (!isUuid(applicationId)) return failure([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
    const at = this.deps.now();
    return this.prisma.$transaction(async (tx) => {
      const application = await tx.kindergartenApplication.findUnique({ where: { id: applicationId } });
      if (!application || application.parentId !== parentId) return failure<KindergartenApplicationRow>([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
      const { count } = await tx.kindergartenApplication.updateMany({
        where: { id: applicationId, status: { in: ['QUEUED', 'OFFERED'] } },
        data: { status: 'CANCELLED', closedReason: 'PARENT', updatedAt: at },
      });
      if (count !== 1) return failure<KindergartenApplicationRow>([problem('applicationId', 'NOT_CANCELLABLE', { status: application.status })]);
      if (application.status === 'OFFERED' && application.offeredGroupId) {
        await tx.kindergartenGroup.update({ where: { id: application.offeredGroupId }, data: { reserved: { decrement: 1 } } });
      }
      const cancelled = await tx.kindergartenApplication.findUniqueOrThrow({ where: { id: applicationId } });
      await this.recordChange(tx, cancelled, application.status, at);
      return success(cancelled);
    });
  }

  /** Offers past their deadline become DECLINED (reason OFFER_EXPIRED); returns how many. */
  async expireOffers(): Promise<number> {
    const at = this.deps.now();
    const due = await this.prisma.kindergartenApplication.findMany({
      where: { status: 'OFFERED', offerExpiresAt: { lte: at } },
      select: { id: true, parentId: true },
      orderBy: { offerExpiresAt: 'asc' },
      take: EXPIRY_BATCH,
    });
    let expired = 0;
    for (const application of due) {
      const outcome = await this.closeOffer(application.parentId, application.id, 'DECLINED', 'OFFER_EXPIRED');
      if (outcome.ok) expired += 1;
    }
    return expired;
  }

  private async closeOffer(
    parentId: string,
    applicationId: string,
    to: 'ENROLLED' | 'DECLINED',
    reason: 'PARENT' | 'OFFER_EXPIRED',
  ): Promise<Outcome<KindergartenApplicationRow>> {
    if (!isUuid(applicationId)) return failure([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
    const at = this.deps.now();
    return this.prisma.$transaction(async (tx) => {
      const application = await tx.kindergartenApplication.findUnique({ where: { id: applicationId } });
      if (!application || application.parentId !== parentId) return failure<KindergartenApplicationRow>([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
      if (application.status !== 'OFFERED' || !application.offeredGroupId || !application.offerExpiresAt) {
        return failure<KindergartenApplicationRow>([problem('applicationId', 'NO_OFFER')]);
      }
      const expired = application.offerExpiresAt <= at;
      // Answering an expired offer is refused; the expiry job closes it (and frees the place).
      if (reason === 'PARENT' && expired) return failure<KindergartenApplicationRow>([problem('applicationId', 'OFFER_EXPIRED')]);
      if (reason === 'OFFER_EXPIRED' && !expired) return failure<KindergartenApplicationRow>([problem('applicationId', 'NO_OFFER')]);
      const { count } = await tx.kindergartenApplication.updateMany({
        where: { id: applicationId, status: 'OFFERED' },
        data: { status: to, closedReason: to === 'DECLINED' ? reason : null, updatedAt: at },
      });
      if (count !== 1) return failure<KindergartenApplicationRow>([problem('applicationId', 'NO_OFFER')]);
      await tx.kindergartenGroup.update({
        where: { id: application.offeredGroupId },
        data: to === 'ENROLLED' ? { reserved: { decrement: 1 }, enrolled: { increment: 1 } } : { reserved: { decrement: 1 } },
      });
      const closed = await tx.kindergartenApplication.findUniqueOrThrow({ where: { id: applicationId } });
      await this.recordChange(tx, closed, 'OFFERED', at);
      return success(closed);
    });
  }

  private async firstInQueue(tx: Tx, groupId: string): Promise<string | null> {
    const p = this.deps.sql.qualified('kindergarten_preference');
    const a = this.deps.sql.qualified('kindergarten_application');
    const [first] = await tx.$queryRaw<{ id: string }[]>`
      SELECT a.id::text FROM ${p} p JOIN ${a} a ON a.id = p.application_id
      WHERE p.group_id = ${groupId}::uuid AND a.status::text = 'QUEUED'
      ORDER BY ${QUEUE_ORDER} LIMIT 1`;
    return first?.id ?? null;
  }

  private async recordChange(tx: Tx, application: KindergartenApplicationRow, from: KindergartenApplicationRow['status'] | null, at: Date): Promise<void> {
    const kindergarten = application.offeredKindergartenId
      ? await tx.kindergarten.findUnique({ where: { id: application.offeredKindergartenId }, select: { id: true, number: true, name: true } })
      : null;
    await this.deps.outbox.append(tx, kindergartenApplicationStatusChanged, {
      subject: { type: ATTACHED_TO_KINDERGARTEN_APPLICATION, id: application.id },
      audience: { userIds: [application.parentId], departmentIds: [MINPROS_DEPARTMENT] },
      payload: {
        applicationId: application.id,
        parentId: application.parentId,
        childId: application.childId,
        from,
        to: application.status,
        at: at.toISOString(),
        kindergartenId: kindergarten?.id ?? null,
        kindergartenNumber: kindergarten?.number ?? null,
        kindergartenName: kindergarten?.name ?? null,
        offerExpiresAt: application.status === 'OFFERED' ? (application.offerExpiresAt?.toISOString() ?? null) : null,
        // A text column written only by closeOffer and cancel (PARENT, OFFER_EXPIRED); the contract checks it.
        reason: application.closedReason as ClosedReason,
      },
      at,
    });
  }
}
