import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { openTaxesFinesDatabase } from './database';
import { paymentDueDateFor } from './fines/fine-terms';
import type { PrismaClient } from './generated/prisma/client';
import {
  DEMO_CITIZEN_ID,
  DEMO_DRIVER_LICENCE,
  DEMO_FINES,
  DEMO_PLATE,
  DEMO_REGISTRATION_CERTIFICATE,
  DEMO_TAXES,
  SANDBOX_CITIZEN_ID,
  SANDBOX_DRIVER_LICENCE,
  SANDBOX_FINES,
  SANDBOX_PLATE,
  SANDBOX_TAXES,
  demoUin,
  type DemoFine,
  type DemoTax,
} from './seed-data';
import { addDays, DAY_MS, moscowDay } from './shared/calendar';
import { taxDueDateFor } from './taxes/tax-terms';

/** Whose demo records these are: the demo citizen's live ones or the sandbox citizen's test ones. */
interface DemoOwner {
  ownerId: string;
  plate: string;
  registrationCertificate: string | null;
  driverLicence: string;
  sandbox: boolean;
}

const DEMO_OWNER: DemoOwner = { ownerId: DEMO_CITIZEN_ID, plate: DEMO_PLATE, registrationCertificate: DEMO_REGISTRATION_CERTIFICATE, driverLicence: DEMO_DRIVER_LICENCE, sandbox: false };
const SANDBOX_OWNER: DemoOwner = { ownerId: SANDBOX_CITIZEN_ID, plate: SANDBOX_PLATE, registrationCertificate: null, driverLicence: SANDBOX_DRIVER_LICENCE, sandbox: true };

/** Entry into force: 10 days for an appeal after the decision is delivered (KoAP 30.3, 31.1). */
const ENTRY_INTO_FORCE_DAYS = 10;

/**
 * The demo citizen's fines and taxes (and the sandbox citizen's test ones), dated relative to `now`. Inserted once by fixed ids
 * (createMany skipDuplicates): a second run adds nothing and does not undo what the demo did
 * with them (a fine paid or appealed stays so).
 */
export async function seedDemoData(prisma: PrismaClient, options: { now?: Date; logger?: Logger } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const today = moscowDay(now);
  const fineRow = (owner: DemoOwner) => (fine: DemoFine) => {
    const decisionDate = addDays(today, -fine.decidedDaysAgo);
    const entryIntoForceDate = addDays(decisionDate, ENTRY_INTO_FORCE_DAYS);
    const amountKopecks = fine.amountRubles * 100;
    const paidAt = fine.paidDaysAgo !== undefined ? new Date(now.getTime() - fine.paidDaysAgo * DAY_MS) : null;
    return {
      id: fine.id,
      uin: demoUin(fine.uinBody),
      ownerId: owner.ownerId,
      article: fine.article,
      part: fine.part,
      // 14:20 Moscow time on the offence day.
      offenceAt: new Date(addDays(decisionDate, -fine.offenceDaysBeforeDecision).getTime() + 11 * 3600_000 + 20 * 60_000),
      offencePlace: fine.place,
      vehiclePlate: owner.plate,
      registrationCertificate: owner.registrationCertificate,
      driverLicence: owner.driverLicence,
      decisionDate,
      entryIntoForceDate,
      paymentDueDate: paymentDueDateFor(entryIntoForceDate),
      amountKopecks,
      state: paidAt ? ('PAID' as const) : ('UNPAID' as const),
      paidAt,
      paidAmountKopecks: paidAt ? Math.ceil(amountKopecks / 2) : null,
      sandbox: owner.sandbox,
    };
  };
  const fines = [...DEMO_FINES.map(fineRow(DEMO_OWNER)), ...SANDBOX_FINES.map(fineRow(SANDBOX_OWNER))];
  const period = now.getUTCFullYear() - 1;
  const taxRow = (owner: DemoOwner) => (tax: DemoTax) => ({
    id: tax.id,
    uin: demoUin(tax.uinBody),
    ownerId: owner.ownerId,
    sandbox: owner.sandbox,
    type: tax.type,
    object: tax.object,
    period,
    taxBase: tax.taxBase,
    rate: tax.rate,
    benefitApplied: tax.benefitApplied,
    amountKopecks: tax.amountRubles * 100,
    dueDate: taxDueDateFor(period),
  });
  const taxes = [...DEMO_TAXES.map(taxRow(DEMO_OWNER)), ...SANDBOX_TAXES.map(taxRow(SANDBOX_OWNER))];
  const createdFines = await prisma.fine.createMany({ data: fines, skipDuplicates: true });
  const createdTaxes = await prisma.taxAccrual.createMany({ data: taxes, skipDuplicates: true });
  options.logger?.info({ fines: createdFines.count, taxes: createdTaxes.count }, 'taxes-fines demo data seeded');
}

if (require.main === module) {
  const logger = createLogger('taxes-fines-seed');
  const config = subgraphConfigFromEnv('taxes-fines', 4006);
  (async () => {
    const prisma = await openTaxesFinesDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, { logger });
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
