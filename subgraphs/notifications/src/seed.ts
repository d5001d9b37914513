import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { openNotificationsDatabase } from './database';
import type { PrismaClient } from './generated/prisma/client';
import { DEMO_CONTACTS } from './seed-data';

/**
 * Demo data: the demo accounts' email and phone, so their notifications also go out through
 * the sandbox provider. Upserted by user id: a second run restores them and adds nothing.
 * The notifications themselves come from the applications feed (its demo applications).
 */
export async function seedDemoData(prisma: PrismaClient, logger: Logger): Promise<void> {
  for (const contact of DEMO_CONTACTS) {
    const fields = { email: contact.email, phone: contact.phone };
    await prisma.recipient.upsert({ where: { userId: contact.userId }, create: { userId: contact.userId, ...fields }, update: fields });
  }
  logger.info({ recipients: DEMO_CONTACTS.length }, 'notifications demo data seeded');
}

if (require.main === module) {
  const logger = createLogger('notifications-seed');
  const config = subgraphConfigFromEnv('notifications', 4008);
  (async () => {
    const prisma = await openNotificationsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, logger);
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
