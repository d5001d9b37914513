import {
  applicationResultReady,
  SubgraphCallError,
  type DocumentChecker,
  type Outbox,
  type PayloadOf,
  type SubgraphCall,
  type Viewer,
} from '@eco/kit';
import { newFormDocuments, recordDocumentsAttached } from '../applications/attachments';
import type { CatalogClient } from '../clients/catalog-client';
import type { IdentityClient } from '../clients/identity-client';
import { processingDeadline } from '../deadlines/working-days';
import { APPLICATION_SUBJECT } from '../events/status-changed-event';
import type { FormValidator } from '../forms/form-validator';
import { mergePatch } from '../forms/merge-patch';
import type { ApplicationRow } from '../applications/applications.service';
import { recordStatusChange } from '../applications/status-history';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { isApplicant, isEmployeeOfDepartment } from '../shared/access';
import { ActorRole, ApplicationStatus, isOpenStatus, OPEN_STATUSES, type Priority } from '../shared/enums';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type ApplicationProblem, type Outcome } from '../shared/problems';
import { canTransition, TRANSITIONS, WorkflowAction } from './transitions';

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_DOCUMENT_REF_LENGTH = 500;
/** The decision is printed on the signed result document. */
export const MAX_DECISION_LENGTH = 2000;

export interface ActionDetails {
  comment?: string | null;
  /** COMPLETE: the department's decision (required; printed on the result document). */
  decision?: string | null;
  /** COMPLETE: an optional reference to a result issued outside the portal. */
  documentRef?: string | null;
  reason?: string | null;
  formDataPatch?: Record<string, unknown> | null;
}

export interface WorkflowDeps {
  prisma: PrismaClient;
  /** Where the changes' events are appended, each in its change's transaction. */
  outbox: Outbox;
  catalog: CatalogClient;
  identity: IdentityClient;
  documents: DocumentChecker;
  validator: FormValidator;
  now: () => Date;
}

/** The conditional update found the application changed since it was read. */
class LostRace extends Error {}

/** What the signed result document prints. */
type ResultFacts = PayloadOf<typeof applicationResultReady>;

/** Text inputs an action needs: required ones present, all within their limits. */
function detailProblems(action: WorkflowAction, details: ActionDetails): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const check = (field: keyof ActionDetails, value: string | null | undefined, required: boolean, limit: number) => {
    const text = value?.trim() ?? '';
    if (required && !text) problems.push(problem(field, 'REQUIRED'));
    else if (text.length > limit) problems.push(problem(field, 'TOO_LONG', { limit }));
  };
  const commentRequired = action === WorkflowAction.REQUEST_INFORMATION || action === WorkflowAction.PROVIDE_INFORMATION;
  check('comment', details.comment, commentRequired, MAX_COMMENT_LENGTH);
  if (action === WorkflowAction.COMPLETE) {
    check('decision', details.decision, true, MAX_DECISION_LENGTH);
    check('documentRef', details.documentRef, false, MAX_DOCUMENT_REF_LENGTH);
  }
  if (action === WorkflowAction.REJECT) check('reason', details.reason, true, MAX_COMMENT_LENGTH);
  return problems;
}

const trimmedOrNull = (text: string | null | undefined): string | null => text?.trim() || null;

/**
 * Moves applications through their workflow. Every change is one transaction: a conditional
 * update (status AND version as read, so of two people acting at once exactly one wins), the
 * history entry and the outbox event. An invalid transition changes nothing.
 */
export class WorkflowService {
  constructor(private readonly deps: WorkflowDeps) {}

  async act(action: WorkflowAction, applicationId: string, viewer: Viewer, details: ActionDetails = {}, requestId?: string | null): Promise<Outcome<ApplicationRow>> {
    const transition = TRANSITIONS[action];
    const loaded = await this.load(applicationId, transition.by, viewer);
    if (!loaded.ok) return loaded;
    const application = loaded.value;
    if (!canTransition(action, application.status as ApplicationStatus)) {
      return failure([problem(null, 'INVALID_TRANSITION', { status: application.status })]);
    }
    const problems = detailProblems(action, details);
    if (problems.length > 0) return failure(problems);

    const at = this.deps.now();
    const comment = action === WorkflowAction.REJECT ? trimmedOrNull(details.reason) : trimmedOrNull(details.comment);
    const data: Prisma.ApplicationUpdateManyMutationInput = { status: transition.to, version: application.version + 1, updatedAt: at };
    if (action === WorkflowAction.REGISTER) {
      // The term runs from registration; the deadline set at submission was provisional.
      data.registeredAt = at;
      data.deadline = processingDeadline(at, application.processingDays);
    }
    let result: ResultFacts | null = null;
    if (action === WorkflowAction.COMPLETE) {
      // Everything the result document needs is found out before anything is written.
      const decision = trimmedOrNull(details.decision) as string;
      const facts = await this.resultFacts(application, decision, at, { token: viewer.token, requestId });
      if (!facts.ok) return facts;
      result = facts.value;
      Object.assign(data, { completedAt: at, decision, documentRef: trimmedOrNull(details.documentRef), applicantName: result.applicantName });
    }
    if (action === WorkflowAction.REJECT) Object.assign(data, { completedAt: at, rejectionReason: comment });
    let attached: string[] = [];
    if (action === WorkflowAction.PROVIDE_INFORMATION && details.formDataPatch && Object.keys(details.formDataPatch).length > 0) {
      const patched = await this.patchedFormData(application, details.formDataPatch, viewer, requestId);
      if (!patched.ok) return patched;
      data.formData = patched.value.formData as Prisma.InputJsonObject;
      attached = patched.value.newDocuments;
      if (attached.length > 0) data.attachmentIds = [...application.attachmentIds, ...attached];
    }

    try {
      const updated = await this.deps.prisma.$transaction(async (tx) => {
        const { count } = await tx.application.updateMany({
          where: { id: application.id, status: application.status, version: application.version },
          data,
        });
        if (count !== 1) throw new LostRace();
        await recordStatusChange(tx, this.deps.outbox, {
          application,
          seq: application.version + 1,
          from: application.status as ApplicationStatus,
          to: transition.to,
          actorId: viewer.userId,
          actorRole: transition.by,
          comment,
          at,
          requestId,
        });
        if (attached.length > 0) await recordDocumentsAttached(tx, this.deps.outbox, application, attached, requestId, at);
        if (result) await this.recordResultReady(tx, result, at);
        return tx.application.findUniqueOrThrow({ where: { id: application.id } });
      });
      return success(updated);
    } catch (error) {
      if (error instanceof LostRace) return failure([problem(null, 'CONCURRENT_UPDATE')]);
      throw error;
    }
  }

  /**
   * An application completed before the portal issued results (the demo seed's, from an earlier
   * run) gets its missing `application.result_ready` event once, with `decision` unless it has
   * one. true when it wrote the event; false when there was nothing to do.
   */
  async issueMissingResult(applicationId: string, decision: string): Promise<Outcome<boolean>> {
    const application = isUuid(applicationId) ? await this.deps.prisma.application.findUnique({ where: { id: applicationId } }) : null;
    if (!application || application.status !== ApplicationStatus.COMPLETED || !application.completedAt) return success(false);
    const issued = await this.deps.prisma.outboxEvent.count({ where: { subjectId: application.id, type: applicationResultReady.name } });
    if (issued > 0) return success(false);
    const facts = await this.resultFacts(application, application.decision ?? decision, application.completedAt, {});
    if (!facts.ok) return facts;
    await this.deps.prisma.$transaction(async (tx) => {
      await tx.application.update({ where: { id: application.id }, data: { decision: facts.value.decision } });
      await this.recordResultReady(tx, facts.value, this.deps.now());
    });
    return success(true);
  }

  /** `application.result_ready`, for the documents subgraph only (it names the applicant: no live audience). */
  private async recordResultReady(tx: Prisma.TransactionClient, result: ResultFacts, at: Date): Promise<void> {
    await this.deps.outbox.append(tx, applicationResultReady, { subject: { type: APPLICATION_SUBJECT, id: result.applicationId }, payload: result, at });
  }

  /** Puts an open application on an employee's desk (by default the caller's own). */
  async assign(applicationId: string, viewer: Viewer, assigneeId: string | null | undefined): Promise<Outcome<ApplicationRow>> {
    const loaded = await this.load(applicationId, ActorRole.EMPLOYEE, viewer);
    if (!loaded.ok) return loaded;
    const application = loaded.value;
    const assignee = assigneeId ?? viewer.userId;
    if (!assignee || !isUuid(assignee)) return failure([problem('assigneeId', 'INVALID_VALUE')]);
    return this.updateOpen(application, { assigneeId: assignee });
  }

  async setPriority(applicationId: string, viewer: Viewer, priority: Priority): Promise<Outcome<ApplicationRow>> {
    const loaded = await this.load(applicationId, ActorRole.EMPLOYEE, viewer);
    return loaded.ok ? this.updateOpen(loaded.value, { priority }) : loaded;
  }

  /** Changes that are not status changes: allowed while the application is open, no event. */
  private async updateOpen(application: ApplicationRow, data: Prisma.ApplicationUpdateManyMutationInput): Promise<Outcome<ApplicationRow>> {
    if (!isOpenStatus(application.status as ApplicationStatus)) return failure([problem(null, 'APPLICATION_CLOSED')]);
    const at = this.deps.now();
    const { count } = await this.deps.prisma.application.updateMany({
      where: { id: application.id, status: { in: [...OPEN_STATUSES] } },
      data: { ...data, updatedAt: at },
    });
    if (count !== 1) return failure([problem(null, 'APPLICATION_CLOSED')]);
    return success(await this.deps.prisma.application.findUniqueOrThrow({ where: { id: application.id } }));
  }

  /**
   * The application `viewer` may act on as `by`: the applicant's own, or one of the employee's
   * department. Another person's, or another department's, is APPLICATION_NOT_FOUND exactly like
   * a missing one (README, API conventions: ids cannot be probed through mutations).
   */
  private async load(applicationId: string, by: ActorRole, viewer: Viewer): Promise<Outcome<ApplicationRow>> {
    const application = isUuid(applicationId) ? await this.deps.prisma.application.findUnique({ where: { id: applicationId } }) : null;
    const mayAct = application !== null && (by === ActorRole.EMPLOYEE ? isEmployeeOfDepartment(viewer, application) : isApplicant(viewer, application));
    return mayAct ? success(application) : failure([problem('applicationId', 'APPLICATION_NOT_FOUND')]);
  }

  /**
   * The form with the applicant's patch applied, validated, and the documents it names that the
   * application does not have yet, checked with the applicant's token (field paths under
   * formDataPatch, as the form's).
   */
  private async patchedFormData(
    application: ApplicationRow,
    patch: Record<string, unknown>,
    viewer: Viewer,
    requestId: string | null | undefined,
  ): Promise<Outcome<{ formData: Record<string, unknown>; newDocuments: string[] }>> {
    const merged = mergePatch(application.formData as Record<string, unknown>, patch);
    const service = await this.deps.catalog.serviceById(application.serviceId);
    if (!service) return failure([problem('formDataPatch', 'SERVICE_NOT_FOUND')]);
    const problems = this.deps.validator.validate(service.formSchema, merged, 'formDataPatch');
    if (problems.length > 0) return failure(problems);
    const documents = await newFormDocuments(
      this.deps.documents,
      { schema: service.formSchema, formData: merged, prefix: 'formDataPatch', attached: application.attachmentIds, previousFormData: application.formData },
      { token: viewer.token, requestId },
    );
    return documents.ok ? success({ formData: merged, newDocuments: documents.value }) : documents;
  }

  /**
   * What the signed result document says (`application.result_ready`): the applicant's name as
   * filed (or, if identity could not tell it then, as identity shows it to the employee now), the
   * service's title as filed, the department's name from the catalog. Either of them unavailable
   * is a coded problem: the application is not completed without its result.
   */
  private async resultFacts(application: ApplicationRow, decision: string, at: Date, call: SubgraphCall): Promise<Outcome<ResultFacts>> {
    let department;
    try {
      department = await this.deps.catalog.departmentById(application.departmentId);
    } catch (error) {
      if (error instanceof SubgraphCallError) return failure([problem(null, 'CATALOG_UNAVAILABLE')]);
      throw error;
    }
    let applicantName = application.applicantName;
    if (!applicantName) {
      try {
        applicantName = await this.deps.identity.fullNameOf(application.applicantId, call.token, call.requestId);
      } catch (error) {
        if (!(error instanceof SubgraphCallError)) throw error;
      }
    }
    if (!applicantName) return failure([problem(null, 'APPLICANT_NAME_UNAVAILABLE')]);
    return success({
      applicationId: application.id,
      number: application.number,
      applicantId: application.applicantId,
      applicantName,
      serviceId: application.serviceId,
      serviceTitle: application.serviceTitleRu,
      departmentId: application.departmentId,
      // A department the catalog no longer lists keeps its code.
      departmentName: department?.nameRu ?? application.departmentId,
      decision,
      completedAt: at.toISOString(),
      sandbox: application.sandbox,
    });
  }
}
