import { createLogger, Role, subgraphConfigFromEnv, type Logger, type Viewer } from '@eco/kit';
import { CatalogClient } from './clients/catalog-client';
import { IdentityClient } from './clients/identity-client';
import { openApplicationsDatabase } from './database';
import type { PrismaClient } from './generated/prisma/client';
import { DEMO_APPLICATIONS, DEMO_EMPLOYEES, type DemoApplication, DEMO_APPLICANT_NAMES } from './seed-data';
import { createApplicationsServices } from './services';
import { Priority } from './shared/enums';
import { TRANSITIONS } from './workflow/transitions';

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

/** One demo application along its timeline; a description of what went wrong, or null. */
async function seedOne(prisma: PrismaClient, deps: SeedDeps, demo: DemoApplication, seedNow: Date): Promise<string | null> {
  const service = await deps.catalog.serviceByCode(demo.serviceCode);
  if (!service) return `service ${demo.serviceCode} is not in the catalog`;
  const employeeId = DEMO_EMPLOYEES[service.departmentId];
  const clock = new TimelineClock(new Date(seedNow.getTime() - demo.daysAgo * DAY));
  const services = createApplicationsServices(prisma, { dbSchema: deps.dbSchema, catalog: deps.catalog, identity: deps.identity, now: clock.now });
  const submitted = await services.submissions.submit(
    demo.applicantId,
    { serviceId: service.id, formData: demo.formData, idempotencyKey: demo.key },
    null,
    null,
    demo.sandbox ?? false,
  );
  if (!submitted.ok) return `submission refused: ${JSON.stringify(submitted.problems)}`;
  const applicationId = submitted.value.id;
  await prisma.application.update({ where: { id: applicationId }, data: { applicantName: DEMO_APPLICANT_NAMES[demo.applicantId] ?? null } });
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
