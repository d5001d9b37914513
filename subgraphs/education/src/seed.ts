import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { openEducationDatabase } from './database';
import type { PrismaClient } from './generated/prisma/client';
import { groupForAge } from './kindergartens/kindergartens.service';
import { ageInMonths, DAY_MS, moscowDay } from './shared/calendar';
import {
  DEMO_APPLICATION_ID,
  DEMO_CHILD_AGE_MONTHS,
  DEMO_CHILD_ID,
  DEMO_CITIZEN_ID,
  DEMO_CITIZEN_SUBMITTED_DAYS_AGO,
  DEMO_KINDERGARTENS,
  DEMO_QUEUE,
  DEMO_REGION,
  DEMO_SCHOOLS,
  groupId,
} from './seed-data';

const syntheticId = (block: string, n: number) => `00000000-0000-4000-${block}-${String(n).padStart(12, '0')}`;

/**
 * Kindergartens with their groups, schools with their territories, and a demo queue. Inserted
 * once by fixed ids (createMany skipDuplicates): a second run adds nothing and does not undo what
 * the demo did (an offer made, a place taken).
 */
export async function seedDemoData(prisma: PrismaClient, options: { now?: Date; logger?: Logger } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const today = moscowDay(now);
  await prisma.kindergarten.createMany({
    data: DEMO_KINDERGARTENS.map(({ groups: _groups, ...k }) => ({ ...k, regionCode: DEMO_REGION })),
    skipDuplicates: true,
  });
  await prisma.kindergartenGroup.createMany({
    data: DEMO_KINDERGARTENS.flatMap((k) =>
      k.groups.map(({ suffix, ...group }) => ({ ...group, id: groupId(k.id, suffix), kindergartenId: k.id })),
    ),
    skipDuplicates: true,
  });
  await prisma.school.createMany({ data: DEMO_SCHOOLS.map((s) => ({ ...s, regionCode: DEMO_REGION })), skipDuplicates: true });

  // Everyone in the demo queue wants a place from the next 1 September, in the first two kindergartens.
  const nextSeptember = new Date(Date.UTC(today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear(), 8, 1));
  const demoBirth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - DEMO_CHILD_AGE_MONTHS, 1));
  const months = ageInMonths(demoBirth, nextSeptember);
  const choices = DEMO_KINDERGARTENS.slice(0, 2).map((k) => {
    const group = groupForAge(k.groups.map((g) => ({ ...g, id: groupId(k.id, g.suffix), kindergartenId: k.id, reserved: 0 })), months);
    return { kindergartenId: k.id, groupId: group ? group.id : groupId(k.id, '1') };
  });
  const entries = [
    { id: DEMO_APPLICATION_ID, parentId: DEMO_CITIZEN_ID, childId: DEMO_CHILD_ID, category: 'NONE' as const, daysAgo: DEMO_CITIZEN_SUBMITTED_DAYS_AGO },
    ...DEMO_QUEUE.map((e) => ({ id: syntheticId('8900', e.n), parentId: syntheticId('8a00', e.n), childId: syntheticId('8b00', e.n), category: e.category, daysAgo: e.submittedDaysAgo })),
  ];
  const applications = await prisma.kindergartenApplication.createMany({
    data: entries.map((e, i) => {
      const submittedAt = new Date(now.getTime() - e.daysAgo * DAY_MS);
      return {
        id: e.id,
        parentId: e.parentId,
        childId: e.childId,
        // Same age group as the demo child, a few days apart.
        childBirthDate: i === 0 ? demoBirth : new Date(demoBirth.getTime() - i * 3 * DAY_MS),
        desiredStartDate: nextSeptember,
        benefitCategory: e.category,
        benefitDocumentRef: e.category === 'NONE' ? null : `demo-benefit-document-${i}`,
        status: 'QUEUED' as const,
        submittedAt,
        updatedAt: submittedAt,
      };
    }),
    skipDuplicates: true,
  });
  if (applications.count > 0) {
    await prisma.kindergartenPreference.createMany({
      data: entries.flatMap((e) => choices.map((choice, rank) => ({ applicationId: e.id, rank: rank + 1, ...choice }))),
      skipDuplicates: true,
    });
  }
  options.logger?.info({ kindergartens: DEMO_KINDERGARTENS.length, schools: DEMO_SCHOOLS.length, applications: applications.count }, 'education demo data seeded');
}

if (require.main === module) {
  const logger = createLogger('education-seed');
  const config = subgraphConfigFromEnv('education', 4007);
  (async () => {
    const prisma = await openEducationDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
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
