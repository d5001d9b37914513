import {
  fineAppealDecided,
  fineAppealDocumentsAttached,
  fineAppealFiled,
  keysetOrder,
  type DocumentChecker,
  type Outbox,
  type PageWindow,
  type PayloadOf,
  type SubgraphCall,
} from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { Appeal, AppealStatus, PrismaClient } from '../generated/prisma/client';
import { fineStatusAt } from '../fines/fine-terms';
import type { Page } from '../fines/fines.service';
import { addDays, daysBetween, moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome } from '../shared/problems';

export type AppealRow = Appeal;

export const MAX_APPEAL_TEXT = 10_000;
export const MAX_ATTACHMENTS = 20;
export const MAX_COMMENT = 2_000;

/** The department that reviews appeals of traffic fines. */
export const GIBDD_DEPARTMENT = 'GIBDD';

export interface AppealInput {
  fineId: string;
  text: string;
  evidenceDocumentIds?: string[] | null;
  attachmentRefs?: string[] | null;
}

/** What evidence may be: scans and photos. */
export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;

export type AppealDecision = 'UPHELD' | 'DISMISSED';

/** How fine_appeal.decided names a decision: UPHELD accepts the appeal, DISMISSED rejects it. */
const OUTCOME_OF: Record<AppealDecision, PayloadOf<typeof fineAppealDecided>['outcome']> = { UPHELD: 'accepted', DISMISSED: 'rejected' };

const APPEAL_SUBJECT = 'Appeal';

/** Where an appeal's events go: about the appeal, for its appellant and the reviewing department. */
const aboutAppeal = (appealId: string, appellantId: string) => ({
  subject: { type: APPEAL_SUBJECT, id: appealId },
  audience: { userIds: [appellantId], departmentIds: [GIBDD_DEPARTMENT] },
});

const OPEN: AppealStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

/** The review queue, oldest first. */
export const APPEAL_QUEUE_ORDER = keysetOrder<AppealRow>('appeal-queue', [['submittedAt', 'asc'], ['id', 'asc']]);

/**
 * Appeals of fines (KoAP ch. 30). While an appeal is open the fine is APPEALED: not payable,
 * and its payment deadline waits for the decision. UPHELD cancels the fine; DISMISSED returns
 * it to UNPAID with the due date moved by the calendar days the appeal took.
 */
export class AppealsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly documents: DocumentChecker,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(AppealRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.appeal.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Batch: each fine's appeals, newest first. */
  async byFineIds(fineIds: readonly string[]): Promise<AppealRow[][]> {
    const valid = fineIds.filter(isUuid);
    const rows = valid.length ? await this.prisma.appeal.findMany({ where: { fineId: { in: valid } }, orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }] }) : [];
    return fineIds.map((id) => rows.filter((row) => row.fineId === id));
  }

  /** The GIBDD review queue: oldest first, so nobody waits longest. */
  async queue(statuses: readonly AppealStatus[] | null | undefined, window: PageWindow): Promise<Page<AppealRow>> {
    const where = { status: { in: statuses?.length ? [...statuses] : OPEN } };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.appeal.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.appeal.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /**
   * The owner appeals their fine; only an unpaid fine before its payment deadline. Evidence
   * documents must be the appellant's own, scanned clean (checked with their token); once the
   * appeal exists, GIBDD's reviewers may read them (documents.attached). fine_appeal.filed and
   * documents.attached commit with the appeal.
   */
  async appeal(ownerId: string, input: AppealInput, call: SubgraphCall = {}): Promise<Outcome<AppealRow>> {
    const text = input.text.trim();
    const attachmentRefs = (input.attachmentRefs ?? []).map((ref) => ref.trim()).filter(Boolean);
    const problems = [];
    if (!text) problems.push(problem('text', 'REQUIRED'));
    if (text.length > MAX_APPEAL_TEXT) problems.push(problem('text', 'TOO_LONG', { limit: MAX_APPEAL_TEXT }));
    if (attachmentRefs.length > MAX_ATTACHMENTS) problems.push(problem('attachmentRefs', 'TOO_MANY_ITEMS', { limit: MAX_ATTACHMENTS }));
    if (attachmentRefs.some((ref) => ref.length > 500)) problems.push(problem('attachmentRefs', 'TOO_LONG', { limit: 500 }));
    const evidence = input.evidenceDocumentIds ?? [];
    if (evidence.length > MAX_ATTACHMENTS) problems.push(problem('evidenceDocumentIds', 'TOO_MANY_ITEMS', { limit: MAX_ATTACHMENTS }));
    if (problems.length) return failure(problems);

    const at = this.now();
    const fine = isUuid(input.fineId) ? await this.prisma.fine.findUnique({ where: { id: input.fineId } }) : null;
    if (!fine || fine.ownerId !== ownerId) return failure([problem('fineId', 'FINE_NOT_FOUND')]);
    if (fine.state === 'APPEALED') return failure([problem('fineId', 'APPEAL_PENDING')]);
    const status = fineStatusAt(fine, at);
    if (status !== 'UNPAID') return failure([problem('fineId', 'FINE_NOT_APPEALABLE', { status })]);

    const checked = await this.documents.check(
      evidence.map((id, index) => ({ id, field: `evidenceDocumentIds.${index}`, allowedContentTypes: EVIDENCE_CONTENT_TYPES })),
      call,
    );
    if (!checked.ok) return failure(checked.problems);
    const documentIds = checked.documents.map((document) => document.id);

    return this.prisma.$transaction(async (tx) => {
      // The guard is in the UPDATE itself: a payment or a second appeal that got there first wins.
      const { count } = await tx.fine.updateMany({
        where: { id: fine.id, state: 'UNPAID', paymentDueDate: { gte: moscowDay(at) } },
        data: { state: 'APPEALED' },
      });
      if (count !== 1) return failure<AppealRow>([problem('fineId', 'FINE_NOT_APPEALABLE', { status: fineStatusAt(fine, at) })]);
      const appeal = await tx.appeal.create({
        data: { id: randomUUID(), fineId: fine.id, appellantId: ownerId, text, attachmentRefs, documentIds, status: 'SUBMITTED', submittedAt: at },
      });
      if (documentIds.length > 0) {
        await this.outbox.append(tx, fineAppealDocumentsAttached, {
          // Not live: nobody subscribes to it; the documents subgraph consumes it from the feed.
          subject: { type: APPEAL_SUBJECT, id: appeal.id },
          payload: {
            documentIds,
            ownerId,
            attachedToType: APPEAL_SUBJECT,
            attachedToId: appeal.id,
            departmentId: GIBDD_DEPARTMENT,
            requestId: call.requestId ?? null,
          },
          at,
        });
      }
      await this.outbox.append(tx, fineAppealFiled, {
        ...aboutAppeal(appeal.id, ownerId),
        payload: { appealId: appeal.id, fineId: fine.id, appellantId: ownerId, departmentId: GIBDD_DEPARTMENT, at: at.toISOString(), sandbox: fine.sandbox },
        at,
      });
      return success(appeal);
    });
  }

  /** A GIBDD employee takes the appeal: SUBMITTED → UNDER_REVIEW. */
  async startReview(reviewerId: string, appealId: string): Promise<Outcome<AppealRow>> {
    if (!isUuid(appealId)) return failure([problem('appealId', 'APPEAL_NOT_FOUND')]);
    const { count } = await this.prisma.appeal.updateMany({
      where: { id: appealId, status: 'SUBMITTED' },
      data: { status: 'UNDER_REVIEW', reviewerId, reviewStartedAt: this.now() },
    });
    const appeal = await this.prisma.appeal.findUnique({ where: { id: appealId } });
    if (!appeal) return failure([problem('appealId', 'APPEAL_NOT_FOUND')]);
    if (count !== 1 && appeal.status !== 'UNDER_REVIEW') return failure([problem('appealId', 'APPEAL_ALREADY_DECIDED')]);
    return success(appeal);
  }

  /** The decision. Fine, appeal and fine_appeal.decided change in one transaction; a decided appeal is final. */
  async review(reviewerId: string, input: { appealId: string; decision: AppealDecision; comment?: string | null }): Promise<Outcome<AppealRow>> {
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > MAX_COMMENT) return failure([problem('comment', 'TOO_LONG', { limit: MAX_COMMENT })]);
    if (!isUuid(input.appealId)) return failure([problem('appealId', 'APPEAL_NOT_FOUND')]);
    const at = this.now();
    return this.prisma.$transaction(async (tx) => {
      const appeal = await tx.appeal.findUnique({ where: { id: input.appealId } });
      if (!appeal) return failure<AppealRow>([problem('appealId', 'APPEAL_NOT_FOUND')]);
      const { count } = await tx.appeal.updateMany({
        where: { id: appeal.id, status: { in: OPEN } },
        data: { status: input.decision, reviewerId, comment, decidedAt: at, reviewStartedAt: appeal.reviewStartedAt ?? at },
      });
      if (count !== 1) return failure<AppealRow>([problem('appealId', 'APPEAL_ALREADY_DECIDED')]);
      const fine = await tx.fine.findUniqueOrThrow({ where: { id: appeal.fineId } });
      if (input.decision === 'UPHELD') {
        await tx.fine.update({ where: { id: fine.id }, data: { state: 'CANCELLED' } });
      } else {
        // "An appealed fine's due date waits for the decision": the days from the appeal to the
        // decision (Moscow calendar days) are added to the payment deadline.
        const waited = Math.max(0, daysBetween(moscowDay(appeal.submittedAt), moscowDay(at)));
        await tx.fine.update({ where: { id: fine.id }, data: { state: 'UNPAID', paymentDueDate: addDays(fine.paymentDueDate, waited) } });
      }
      await this.outbox.append(tx, fineAppealDecided, {
        ...aboutAppeal(appeal.id, appeal.appellantId),
        payload: {
          appealId: appeal.id,
          fineId: fine.id,
          appellantId: appeal.appellantId,
          departmentId: GIBDD_DEPARTMENT,
          outcome: OUTCOME_OF[input.decision],
          decisionText: comment,
          at: at.toISOString(),
          sandbox: fine.sandbox,
        },
        at,
      });
      return success(await tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } }));
    });
  }
}
