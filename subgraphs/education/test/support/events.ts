import type { TestDatabase } from './test-database';

/** Every outbox event of one subject, oldest first, as stored. */
export const eventsOf = (db: TestDatabase, subjectType: string, subjectId: string) =>
  db.prisma.outboxEvent.findMany({ where: { subjectType, subjectId }, orderBy: { seq: 'asc' } });
