import { createLogger, openTestDatabase, testDatabaseUrl, testSchemaName, type SubgraphTestDatabase } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import { openDocumentsDatabase } from '../../src/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { documentSigningKeyFromPem, generateDocumentSigningKeyPem } from '../../src/keys/document-signing-key';
import type { VirusScanner } from '../../src/scanning/virus-scanner';
import { createDocumentsServices, type DocumentsServices } from '../../src/services';
import { DEFAULT_SETTINGS, type DocumentsSettings } from '../../src/settings';

export { eventually, sleep } from '@eco/kit';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('documents-test', 'silent');

export const uniqueSchemaName = (prefix = 'documents_test'): string => testSchemaName(prefix);

/** A settable clock: every rule of the subgraph reads it. */
export class TestClock {
  constructor(public current = new Date('2026-03-10T09:00:00Z')) {}
  readonly now = () => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Fresh keys per test database, as a development start makes them. */
export function testKeys() {
  return { signing: documentSigningKeyFromPem(generateDocumentSigningKeyPem()), links: randomBytes(32) };
}

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  services: DocumentsServices;
  clock: TestClock;
}

/** A fresh PostgreSQL schema with documents' migrations applied; dropped by close(). */
export async function createTestDatabase(options: { settings?: Partial<DocumentsSettings>; scanner?: VirusScanner; clock?: TestClock } = {}): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openDocumentsDatabase, schemaPrefix: 'documents_test', logger: silentLogger, poolSize: 25 });
  const clock = options.clock ?? new TestClock();
  const services = createDocumentsServices(db.prisma, {
    dbSchema: db.schema,
    keys: testKeys(),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    scanner: options.scanner,
    now: clock.now,
    logger: silentLogger,
  });
  return { ...db, services, clock };
}
