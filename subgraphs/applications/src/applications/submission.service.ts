import { idempotencyKeyProblem, idempotencyReuseProblem, isUniqueViolationOn, notFound, type DocumentChecker, type Outbox, type Viewer, type SqlSchema } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { CatalogClient, CatalogService } from '../clients/catalog-client';
import type { IdentityClient } from '../clients/identity-client';
import { moscowDate, processingDeadline } from '../deadlines/working-days';
import { prefillForm } from '../forms/draft-prefill';
import type { FormValidator } from '../forms/form-validator';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { ActorRole, ApplicationStatus } from '../shared/enums';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome } from '../shared/problems';
import type { ApplicationRow } from './applications.service';
import { formatApplicationNumber, nextCounterValue } from './application-number';
import { newFormDocuments, recordDocumentsAttached } from './attachments';
import { submissionHash } from './request-hash';
import { recordStatusChange } from './status-history';

const IDEMPOTENCY_INDEX = 'application_applicant_id_idempotency_key_key';

/** What a checked submission stores. */
interface Filing {
  applicantId: string;
  idempotencyKey: string;
  requestHash: string;
  service: CatalogService;
  formData: Record<string, unknown>;
  applicantName: string | null;
  /** The documents the form names, checked: taken into the application. */
  attachmentIds: string[];
}

export interface SubmitRequest {
  serviceId: string;
  formData: Record<string, unknown>;
  idempotencyKey: string;
}

/** Who files it, as the request tells. */
export interface SubmitCaller {
  /** The applicant's access token: identity (their name) and documents (their uploads) are asked with it. */
  token?: string | null;
  requestId?: string | null;
  /** The applicant is a sandbox (test) citizen: the application is test data. */
  sandbox?: boolean;
  /** The applicant's full name when the caller already knows it (the demo seed); else identity is asked. */
  applicantName?: string | null;
}

export interface SubmissionDeps {
  prisma: PrismaClient;
  sql: SqlSchema;
  /** Where the submission's events are appended, in its transaction. */
  outbox: Outbox;
  catalog: CatalogClient;
  identity: IdentityClient;
  /** The documents subgraph, asked with the applicant's token about the documents a form names. */
  documents: DocumentChecker;
  validator: FormValidator;
  now: () => Date;
}

/** Filing applications and preparing their drafts. Knows nothing of GraphQL. */
export class SubmissionService {
  constructor(private readonly deps: SubmissionDeps) {}

  /**
   * Files an application for `applicantId`. The same (applicant, idempotency key) always gives
   * the same application; the key with other data is refused. Invalid form data is reported in
   * full and nothing is stored; so is every document the form names that is not the applicant's,
   * not scanned clean, or of a type its field does not accept. The documents taken in are kept
   * with the application and announced (`documents.attached`) in its transaction.
   */
  async submit(applicantId: string, request: SubmitRequest, caller: SubmitCaller = {}): Promise<Outcome<ApplicationRow>> {
    const key = request.idempotencyKey;
    const invalidKey = idempotencyKeyProblem(key);
    if (invalidKey) return failure([invalidKey]);
    const hash = submissionHash(request.serviceId, request.formData);
    const earlier = await this.replay(applicantId, key, hash);
    if (earlier) return earlier;

    const service = isUuid(request.serviceId) ? await this.deps.catalog.serviceById(request.serviceId) : null;
    if (!service) return failure([problem('serviceId', 'SERVICE_NOT_FOUND')]);
    const problems = this.deps.validator.validate(service.formSchema, request.formData, 'formData');
    if (problems.length > 0) return failure(problems);
    const documents = await newFormDocuments(
      this.deps.documents,
      { schema: service.formSchema, formData: request.formData, prefix: 'formData' },
      { token: caller.token, requestId: caller.requestId },
    );
    if (!documents.ok) return documents;

    const applicantName = caller.applicantName ?? (await this.applicantName(caller.token));
    const filing: Filing = { applicantId, idempotencyKey: key, requestHash: hash, service, formData: request.formData, applicantName, attachmentIds: documents.value };
    try {
      return success(await this.create(filing, caller.requestId ?? null, caller.sandbox ?? false));
    } catch (error) {
      // Another request with the same key won the race; answer as if we had come second.
      if (!isUniqueViolationOn(error, [IDEMPOTENCY_INDEX, 'idempotency_key'])) throw error;
      const replayed = await this.replay(applicantId, key, hash);
      if (!replayed) throw error;
      return replayed;
    }
  }

  /** Form data prefilled from the viewer's profile and documents (identity, with their token). */
  async draft(viewer: Viewer, serviceId: string, requestId?: string): Promise<Record<string, unknown>> {
    const service = isUuid(serviceId) ? await this.deps.catalog.serviceById(serviceId) : null;
    if (!service) throw notFound('Service', serviceId);
    if (!viewer.token) return {};
    const profile = await this.deps.identity.me(viewer.token, requestId);
    return profile ? prefillForm(service.formSchema, profile, this.deps.validator) : {};
  }

  /**
   * The employees who handle the application need the applicant's name, and identity shows a
   * person's name only to that person: so it is asked once, with the applicant's own token, and
   * kept with the application. Identity being down does not stop a submission.
   */
  private async applicantName(token: string | null | undefined): Promise<string | null> {
    if (!token) return null;
    try {
      return await this.deps.identity.fullName(token);
    } catch {
      return null;
    }
  }

  private async replay(applicantId: string, key: string, hash: string): Promise<Outcome<ApplicationRow> | null> {
    const existing = await this.deps.prisma.application.findUnique({
      where: { applicantId_idempotencyKey: { applicantId, idempotencyKey: key } },
    });
    if (!existing) return null;
    const reused = idempotencyReuseProblem(existing.requestHash, hash);
    return reused ? failure([reused]) : success(existing);
  }

  private async create(filing: Filing, requestId: string | null, sandbox: boolean): Promise<ApplicationRow> {
    const { applicantId, service } = filing;
    const at = this.deps.now();
    const year = moscowDate(at).getUTCFullYear();
    return this.deps.prisma.$transaction(async (tx) => {
      const counter = await nextCounterValue(tx, this.deps.sql, year);
      const application = await tx.application.create({
        data: {
          id: randomUUID(),
          number: formatApplicationNumber(year, counter),
          applicantId,
          applicantName: filing.applicantName,
          idempotencyKey: filing.idempotencyKey,
          requestHash: filing.requestHash,
          serviceId: service.id,
          serviceCode: service.code,
          serviceTitleRu: service.titleRu,
          serviceTitleEn: service.titleEn,
          departmentId: service.departmentId,
          processingDays: service.processingDays,
          stateFeeKopecks: service.feeKopecks,
          status: ApplicationStatus.SUBMITTED,
          formData: filing.formData as Prisma.InputJsonObject,
          attachmentIds: filing.attachmentIds,
          deadline: processingDeadline(at, service.processingDays),
          version: 1,
          submittedAt: at,
          updatedAt: at,
          sandbox,
        },
      });
      await recordStatusChange(tx, this.deps.outbox, {
        application,
        seq: 1,
        from: null,
        to: ApplicationStatus.SUBMITTED,
        actorId: applicantId,
        actorRole: ActorRole.APPLICANT,
        comment: null,
        at,
        requestId,
      });
      if (filing.attachmentIds.length > 0) await recordDocumentsAttached(tx, this.deps.outbox, application, filing.attachmentIds, requestId, at);
      return application;
    });
  }
}
