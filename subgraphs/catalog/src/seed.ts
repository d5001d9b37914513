import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { openCatalogDatabase } from './database';
import type { Prisma, PrismaClient } from './generated/prisma/client';
import { findInvalidFormSchemas } from './seed/form-schema-validator';
import { departmentRow, plan, regionRow, serviceRow } from './seed/seed-rows';
import { DEPARTMENTS, REGIONS, SERVICES } from './seed-data';
import type { DepartmentSeed, RegionSeed, ServiceSeed } from './seed-data/types';

export interface CatalogSeed {
  departments: readonly DepartmentSeed[];
  regions: readonly RegionSeed[];
  services: readonly ServiceSeed[];
}

export const DEMO_SEED: CatalogSeed = { departments: DEPARTMENTS, regions: REGIONS, services: SERVICES };

export interface SeedResult {
  created: number;
  updated: number;
  regionLinksChanged: number;
}

// A first run on a slow machine writes a few hundred rows; Prisma's default is 5 s.
const SEED_TRANSACTION_TIMEOUT_MS = 60_000;

type Tx = Prisma.TransactionClient;

/**
 * Demo catalog: every department, region and service of the seed data, matched by code.
 * Missing rows are created in bulk, changed ones updated, unchanged ones left alone, so a
 * second run writes nothing. One transaction, and only after every form schema compiled:
 * a broken seed writes nothing at all.
 */
export async function seedDemoData(prisma: PrismaClient, logger: Logger, seed: CatalogSeed = DEMO_SEED): Promise<SeedResult> {
  const problems = findInvalidFormSchemas(seed.services);
  if (problems.length) {
    const list = problems.map((problem) => `${problem.code}: ${problem.message}`).join('; ');
    throw new Error(`Seed data has invalid form schemas: ${list}`);
  }
  const result = await prisma.$transaction(
    async (tx) => {
      const departments = await syncDepartments(tx, seed.departments);
      const regions = await syncRegions(tx, seed.regions);
      const services = await syncServices(tx, seed.services);
      const regionLinksChanged = await syncServiceRegions(tx, seed.services);
      return {
        created: departments.created + regions.created + services.created,
        updated: departments.updated + regions.updated + services.updated,
        regionLinksChanged,
      };
    },
    { timeout: SEED_TRANSACTION_TIMEOUT_MS },
  );
  logger.info({ ...result, services: seed.services.length }, 'catalog demo data seeded');
  return result;
}

async function syncDepartments(tx: Tx, seeds: readonly DepartmentSeed[]) {
  const { create, update } = plan(seeds.map(departmentRow), await tx.department.findMany(), (row) => row.id, (row) => row.id);
  if (create.length) await tx.department.createMany({ data: create });
  for (const { id, ...data } of update) await tx.department.update({ where: { id }, data });
  return { created: create.length, updated: update.length };
}

async function syncRegions(tx: Tx, seeds: readonly RegionSeed[]) {
  const { create, update } = plan(seeds.map(regionRow), await tx.region.findMany(), (row) => row.code, (row) => row.code);
  if (create.length) await tx.region.createMany({ data: create });
  for (const { code, ...data } of update) await tx.region.update({ where: { code }, data });
  return { created: create.length, updated: update.length };
}

async function syncServices(tx: Tx, seeds: readonly ServiceSeed[]) {
  const stored = await tx.service.findMany({ where: { code: { in: seeds.map((seed) => seed.code) } } });
  const { create, update } = plan(seeds.map(serviceRow), stored, (row) => row.code, (row) => row.code);
  if (create.length) await tx.service.createMany({ data: create.map((row) => ({ id: randomUUID(), ...row })) });
  for (const { code, ...data } of update) await tx.service.update({ where: { code }, data });
  return { created: create.length, updated: update.length };
}

/** Region links exactly as the seed lists them: missing ones added, others removed. */
async function syncServiceRegions(tx: Tx, seeds: readonly ServiceSeed[]): Promise<number> {
  const services = await tx.service.findMany({
    where: { code: { in: seeds.map((seed) => seed.code) } },
    select: { id: true, code: true, regions: { select: { regionCode: true } } },
  });
  const byCode = new Map(services.map((service) => [service.code, service]));
  const add: { serviceId: string; regionCode: string }[] = [];
  const remove: { serviceId: string; regionCode: string }[] = [];
  for (const seed of seeds) {
    const service = byCode.get(seed.code);
    if (!service) continue;
    const current = new Set(service.regions.map((link) => link.regionCode));
    const wanted = new Set(seed.regionCodes);
    for (const regionCode of wanted) if (!current.has(regionCode)) add.push({ serviceId: service.id, regionCode });
    for (const regionCode of current) if (!wanted.has(regionCode)) remove.push({ serviceId: service.id, regionCode });
  }
  if (remove.length) await tx.serviceRegion.deleteMany({ where: { OR: remove } });
  if (add.length) await tx.serviceRegion.createMany({ data: add });
  return add.length + remove.length;
}

async function seedFromCli(): Promise<void> {
  const config = subgraphConfigFromEnv('catalog', 4002);
  const logger = createLogger('catalog-seed');
  const prisma = await openCatalogDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    await seedDemoData(prisma, logger);
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  seedFromCli().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
