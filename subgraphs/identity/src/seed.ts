import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { PasswordHasher } from './auth/password-hasher';
import { DocumentCipher } from './documents/document-cipher';
import { DocumentsService } from './documents/documents.service';
import type { PrismaClient } from './generated/prisma/client';
import { openIdentityDatabase } from './database';
import { loadIdentityKeys } from './keys/identity-keys';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './seed-data';
import type { Outcome } from './problems';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data';

/**
 * Demo accounts, upserted by email: running it again restores names, roles, the demo
 * password and documents, and clears any lockout. Documents need the documents key,
 * since they are stored only encrypted.
 */
export async function seedDemoData(prisma: PrismaClient, logger: Logger, documentsKey: Buffer): Promise<void> {
  const passwords = new PasswordHasher();
  const documents = new DocumentsService(prisma, new DocumentCipher(documentsKey), () => new Date());
  for (const demo of DEMO_USERS) {
    const fields = {
      lastName: demo.lastName,
      firstName: demo.firstName,
      middleName: demo.middleName,
      birthDate: new Date(`${demo.birthDate}T00:00:00Z`),
      phone: demo.phone,
      roles: demo.roles,
      departmentId: demo.departmentId,
      passwordHash: await passwords.hash(DEMO_PASSWORD),
      failedLoginCount: 0,
      lockedUntil: null,
    };
    const user = await prisma.user.upsert({
      where: { email: demo.email },
      create: { id: demo.id, email: demo.email, ...fields },
      update: fields,
      select: { id: true },
    });
    if (demo.documents) await seedDocuments(documents, user.id, demo);
  }
  logger.info({ accounts: DEMO_USERS.length }, 'identity demo data seeded');
}

async function seedDocuments(documents: DocumentsService, userId: string, demo: DemoUser): Promise<void> {
  const docs = demo.documents as NonNullable<DemoUser['documents']>;
  const outcomes: Outcome<unknown>[] = [
    await documents.setSnils(userId, docs.snils),
    await documents.setInn(userId, docs.inn),
    await documents.setPassport(userId, docs.passport),
    await documents.setDriverLicence(userId, docs.driverLicence),
  ];
  const problems = outcomes.flatMap((outcome) => (outcome.ok ? [] : outcome.problems));
  if (problems.length > 0) throw new Error(`Demo documents of ${demo.email} refused: ${JSON.stringify(problems)}`);
}

if (require.main === module) {
  const logger = createLogger('identity-seed');
  const config = subgraphConfigFromEnv('identity', 4001);
  (async () => {
    const keys = await loadIdentityKeys({ env: process.env, dataDir: config.dataDir, production: config.production });
    const prisma = await openIdentityDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, logger, keys.documents);
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
