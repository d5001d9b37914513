import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { PasswordHasher } from './auth/password-hasher';
import { ChildrenService } from './children/children.service';
import { demoChildren } from './children/demo-children';
import { DocumentCipher } from './documents/document-cipher';
import { DocumentsService } from './documents/documents.service';
import type { PrismaClient } from './generated/prisma/client';
import { openIdentityDatabase } from './database';
import { loadIdentityKeys } from './keys/identity-keys';
import { DEMO_PASSWORD, DEMO_USERS, SANDBOX_USERS, type DemoUser } from './seed-data';
import type { Outcome } from './problems';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data';

/**
 * Demo accounts, upserted by email: running it again restores names, roles, the demo
 * password and documents, and clears any lockout. Documents need the documents key,
 * since they are stored only encrypted.
 */
const DEMO_EMAIL_CONFIRMED_AT = new Date('2025-01-01T00:00:00Z');

export async function seedDemoData(prisma: PrismaClient, logger: Logger, documentsKey: Buffer): Promise<void> {
  const passwords = new PasswordHasher();
  const documents = new DocumentsService(prisma, new DocumentCipher(documentsKey), () => new Date());
  // One Argon2id hash for all: the demo password is public anyway, and six 64 MiB hashes made
  // start-up slow enough on a loaded machine for the test stack's readiness wait to give up.
  const demoPasswordHash = await passwords.hash(DEMO_PASSWORD);
  for (const demo of [...DEMO_USERS, ...SANDBOX_USERS]) {
    const fields = {
      lastName: demo.lastName,
      firstName: demo.firstName,
      middleName: demo.middleName,
      birthDate: new Date(`${demo.birthDate}T00:00:00Z`),
      phone: demo.phone,
      roles: demo.roles,
      departmentId: demo.departmentId,
      passwordHash: demoPasswordHash,
      failedLoginCount: 0,
      lockedUntil: null,
      // Demo accounts are ready to use: their (fictional) emails count as confirmed.
      emailConfirmedAt: DEMO_EMAIL_CONFIRMED_AT,
      sandbox: demo.sandbox ?? false,
    };
    const user = await prisma.user.upsert({
      where: { email: demo.email },
      create: { id: demo.id, email: demo.email, ...fields },
      update: fields,
      select: { id: true },
    });
    if (demo.documents) await seedDocuments(documents, user.id, demo);
  }
  const children = await seedChildren(prisma, documentsKey);
  logger.info({ accounts: DEMO_USERS.length + SANDBOX_USERS.length, children }, 'identity demo data seeded');
}

/** Added once by fixed id: a second run keeps the children (and their ages) as they are. */
async function seedChildren(prisma: PrismaClient, documentsKey: Buffer): Promise<number> {
  const children = new ChildrenService(prisma, new DocumentCipher(documentsKey), () => new Date());
  let added = 0;
  for (const demo of demoChildren(new Date())) {
    if (await children.exists(demo.id)) continue;
    const outcome = await children.add(demo.parentId, demo.fields, { id: demo.id });
    if (!outcome.ok) throw new Error(`Demo child ${demo.id} refused: ${JSON.stringify(outcome.problems)}`);
    added += 1;
  }
  return added;
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
