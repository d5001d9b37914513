import { PrismaPg } from '@prisma/adapter-pg';

export interface DatabaseOptions {
  databaseUrl: string;
  /** The subgraph's own PostgreSQL schema: its tables live there and nowhere else. */
  schema: string;
  /** Connection pool size per process. */
  poolSize?: number;
}

export const DEFAULT_POOL_SIZE = 10;

type PrismaClientClass<T> = new (options: { adapter: PrismaPg }) => T;

/**
 * A subgraph's Prisma client over `pg`, bound to the subgraph's schema. Each subgraph passes
 * its own generated client class, so no subgraph can even name another one's tables.
 */
export function createPrismaClient<T>(ClientClass: PrismaClientClass<T>, options: DatabaseOptions): T {
  const adapter = new PrismaPg(
    { connectionString: options.databaseUrl, max: options.poolSize ?? DEFAULT_POOL_SIZE },
    { schema: options.schema },
  );
  return new ClientClass({ adapter });
}
