import path from 'node:path';

/** Everything a subgraph reads from its environment, in one place (see the README's table). */
export interface SubgraphConfig {
  port: number;
  databaseUrl: string;
  /** PostgreSQL schema holding this subgraph's tables; defaults to the subgraph's name. */
  dbSchema: string;
  /** identity's JWKS, used to verify access tokens (zero trust: every subgraph verifies). */
  jwksUrl: string;
  seedDemoData: boolean;
  production: boolean;
  /** Where development keys and other local state are kept. */
  dataDir: string;
}

export const DEFAULT_JWKS_URL = 'http://localhost:4001/.well-known/jwks.json';

export function subgraphConfigFromEnv(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`${name}: DATABASE_URL is not set (npm start sets it for you)`);
  return {
    port: env.PORT !== undefined ? Number(env.PORT) : defaultPort,
    databaseUrl,
    dbSchema: env.DB_SCHEMA ?? name.replace(/-/g, '_'),
    jwksUrl: env.IDENTITY_JWKS_URL ?? DEFAULT_JWKS_URL,
    seedDemoData: env.SEED_DEMO_DATA === 'true',
    production: env.NODE_ENV === 'production',
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
  };
}
