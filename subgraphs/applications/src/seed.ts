import { CLEAN_DOCUMENT_STATUS, createLogger, DocumentCode, Role, subgraphConfigFromEnv, type DocumentChecker, type Logger, type Viewer } from '@eco/kit';
import { CatalogClient } from './clients/catalog-client';
import { IdentityClient } from './clients/identity-client';
import { openApplicationsDatabase } from './database';
import type { PrismaClient } from './generated/prisma/client';
import { DEMO_APPLICATIONS, DEMO_DOCUMENT_IDS, DEMO_EMPLOYEES, type DemoApplication, DEMO_APPLICANT_NAMES } from './seed-data';
import { createApplicationsServices } from './services';
import { Priority } from './shared/enums';
import { TRANSITIONS, WorkflowAction } from './workflow/transitions';

export interface SeedDeps {
  dbSchema: string;
  catalog: CatalogClient;
  identity: IdentityClient;
  logger: Logger;
  /** "Now" for the demo timelines (submitted N days before it). */
  now?: () => Date;
  /** How long to wait for the catalog (started in parallel) before giving up. */
  catalogWaitMs?: number;
  applications?: readonly DemoApplication[];
}

export interface SeedResult {
  created: number;
  existing: number;
  failed: number;
}

export const DEFAULT_CATALOG_WAIT_MS = 30_000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A clock the seed moves along each demo application's timeline. */
class TimelineClock {
  private current: Date;
  constructor(start: Date) {
    this.current = start;
  }
  readonly now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const actingAs = (userId: string, roles: Role[], departmentId: string | null): Viewer => ({ userId, roles, departmentId, scopes: [], token: null });

/**
 * The seed acts without anyone's token, and the documents subgraph may not be up yet: the demo
 * forms name only the photos the documents subgraph's seed uploads for the demo citizen (clean
 * JPEGs, DEMO_DOCUMENT_IDS), which are taken as such and attached like any others.
 */
export const DEMO_UPLOADED_DOCUMENTS: DocumentChecker = {
  check: async (references) => {
    const known = new Set<string>(Object.values(DEMO_DOCUMENT_IDS));
    const unknown = references.filter((reference) => !known.has(reference.id));
    if (unknown.length > 0) return { ok: false, problems: unknown.map((reference) => ({ field: reference.field, code: DocumentCode.NOT_FOUND })) };
    return { ok: true, documents: [...new Set(references.map((reference) => reference.id))].map((id) => ({ id, status: CLEAN_DOCUMENT_STATUS, contentType: 'image/jpeg' })) };
  },
};

const completionOf = (demo: DemoApplication) => demo.steps.find((step) => step.action === WorkflowAction.COMPLETE);

/** Asks the catalog until it answers (the stack starts subgraphs in parallel) or time runs out. */
async function waitForCatalog(catalog: CatalogClient, probeCode: string, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await catalog.serviceByCode(probeCode);
      return true;
    } catch {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * Demo applications of identity's demo citizens, in various statuses with their history, made
 * through the same services as real ones (so they have numbers, history and outbox events).
 * Idempotent: an application found by its idempotency key is left as it is. Services are looked
 * up by code through the catalog's GraphQL; if the catalog does not answer within
 * `catalogWaitMs`, the seed logs a warning and returns null.
 */
export async function seedDemoData(prisma: PrismaClient, deps: SeedDeps): Promise<SeedResult | null> {
  const { logger } = deps;
  const demos = deps.applications ?? DEMO_APPLICATIONS;
  if (demos.length === 0) return { created: 0, existing: 0, failed: 0 };
  if (!(await waitForCatalog(deps.catalog, demos[0].serviceCode, deps.catalogWaitMs ?? DEFAULT_CATALOG_WAIT_MS))) {
    logger.warn('catalog did not answer; applications demo data not seeded');
    return null;
  }
  const result: SeedResult = { created: 0, existing: 0, failed: 0 };
  const seedNow = (deps.now ?? (() => new Date()))();
  for (const demo of demos) {
    const found = await prisma.application.findUnique({
      where: { applicantId_idempotencyKey: { applicantId: demo.applicantId, idempotencyKey: demo.key } },
      select: { id: true },
    });
    if (found) {
      result.existing += 1;
      await issueMissingResult(prisma, deps, demo, found.id);
      continue;
    }
    const problem = await seedOne(prisma, deps, demo, seedNow);
    if (problem) {
      result.failed += 1;
      logger.warn({ demo: demo.key, problem }, 'demo application not seeded');
    } else {
      result.created += 1;
    }
  }
  logger.info(result, 'applications demo data seeded');
  return result;
}

function seedServices(prisma: PrismaClient, deps: SeedDeps, now?: () => Date) {
  return createApplicationsServices(prisma, { dbSchema: deps.dbSchema, catalog: deps.catalog, identity: deps.identity, documents: DEMO_UPLOADED_DOCUMENTS, now });
}

/**
 * A completed demo application seeded before the portal issued results has no
 * `application.result_ready` event: it gets it now (once), so its signed result is issued too.
 */
async function issueMissingResult(prisma: PrismaClient, deps: SeedDeps, demo: DemoApplication, applicationId: string): Promise<void> {
  const decision = completionOf(demo)?.details?.decision;
  if (!decision) return;
  const outcome = await seedServices(prisma, deps, deps.now).workflow.issueMissingResult(applicationId, decision);
  if (!outcome.ok) deps.logger.warn({ demo: demo.key, problems: outcome.problems }, 'result of the demo application not issued');
  else if (outcome.value) deps.logger.info({ demo: demo.key }, 'result of the demo application issued');
}

/** One demo application along its timeline; a description of what went wrong, or null. */
async function seedOne(prisma: PrismaClient, deps: SeedDeps, demo: DemoApplication, seedNow: Date): Promise<string | null> {
  const service = await deps.catalog.serviceByCode(demo.serviceCode);
  if (!service) return `service ${demo.serviceCode} is not in the catalog`;
  const employeeId = DEMO_EMPLOYEES[service.departmentId];
  const clock = new TimelineClock(new Date(seedNow.getTime() - demo.daysAgo * DAY));
  const services = seedServices(prisma, deps, clock.now);
  const submitted = await services.submissions.submit(
    demo.applicantId,
    { serviceId: service.id, formData: demo.formData, idempotencyKey: demo.key },
    // The applicant's name as identity's seed has it (a real submission asks identity with their token).
    { sandbox: demo.sandbox ?? false, applicantName: DEMO_APPLICANT_NAMES[demo.applicantId] ?? null },
  );
  if (!submitted.ok) return `submission refused: ${JSON.stringify(submitted.problems)}`;
  const applicationId = submitted.value.id;
  const applicant = actingAs(demo.applicantId, [Role.CITIZEN], null);
  const employee = employeeId ? actingAs(employeeId, [Role.EMPLOYEE], service.departmentId) : null;
  for (const step of demo.steps) {
    clock.advance(step.afterHours * HOUR);
    const actor = TRANSITIONS[step.action].by === 'APPLICANT' ? applicant : employee;
    if (!actor) return `no demo employee for department ${service.departmentId}`;
    const outcome = await services.workflow.act(step.action, applicationId, actor, step.details ?? {});
    if (!outcome.ok) return `${step.action} refused: ${JSON.stringify(outcome.problems)}`;
  }
  if (employee && demo.assigned) await services.workflow.assign(applicationId, employee, null);
  if (employee && demo.priority === 'HIGH') await services.workflow.setPriority(applicationId, employee, Priority.HIGH);
  return null;
}

if (require.main === module) {
  const logger = createLogger('applications-seed');
  const config = subgraphConfigFromEnv('applications', 4003);
  (async () => {
    const prisma = await openApplicationsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, {
        dbSchema: config.dbSchema,
        catalog: new CatalogClient({ url: config.subgraphUrls.catalog }),
        identity: new IdentityClient({ url: config.subgraphUrls.identity }),
        logger,
      });
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
