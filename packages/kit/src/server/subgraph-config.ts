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
  /** Internal token guarding every subgraph's /events feed (producers check it, consumers send it). */
  eventFeedToken: string;
  /** Redis for live fan-out across gateway replicas; null: single-process fallbacks. */
  redisUrl: string | null;
  /** Keeps deployments sharing one Redis apart (REDIS_KEY_PREFIX, default 'eco'). */
  redisKeyPrefix?: string;
  /** GraphQL URL of every known subgraph, for calls through the graph and event feeds. */
  subgraphUrls: Record<string, string>;
  /** NATS with JetStream for the event flow (NATS_URL); null: PostgreSQL LISTEN/NOTIFY and feeds. */
  natsUrl?: string | null;
  /** Subject prefix of this deployment's events (EVENTS_PREFIX, default 'eco'). */
  eventsPrefix?: string;
}

/** Development ports; each is overridable with SUBGRAPH_<NAME>_URL, as the gateway's are. */
export const DEFAULT_SUBGRAPH_URLS: Readonly<Record<string, string>> = {
  identity: 'http://localhost:4001/graphql',
  catalog: 'http://localhost:4002/graphql',
  applications: 'http://localhost:4003/graphql',
  healthcare: 'http://localhost:4004/graphql',
  payments: 'http://localhost:4005/graphql',
  'taxes-fines': 'http://localhost:4006/graphql',
  education: 'http://localhost:4007/graphql',
  notifications: 'http://localhost:4008/graphql',
  audit: 'http://localhost:4009/graphql',
  documents: 'http://localhost:4010/graphql',
};

export const DEVELOPMENT_EVENT_FEED_TOKEN = 'development-event-feed-token';

function subgraphUrlsFrom(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = { ...DEFAULT_SUBGRAPH_URLS };
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match && value) urls[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return urls;
}

function eventFeedTokenFrom(env: NodeJS.ProcessEnv, production: boolean): string {
  if (env.EVENT_FEED_TOKEN) return env.EVENT_FEED_TOKEN;
  if (production) throw new Error('EVENT_FEED_TOKEN must be set in production');
  return DEVELOPMENT_EVENT_FEED_TOKEN;
}

export const DEFAULT_JWKS_URL = 'http://localhost:4001/.well-known/jwks.json';

export function subgraphConfigFromEnv(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`${name}: DATABASE_URL is not set (npm start sets it for you)`);
  const production = env.NODE_ENV === 'production';
  return {
    port: env.PORT !== undefined ? Number(env.PORT) : defaultPort,
    databaseUrl,
    dbSchema: env.DB_SCHEMA ?? name.replace(/-/g, '_'),
    jwksUrl: env.IDENTITY_JWKS_URL ?? DEFAULT_JWKS_URL,
    seedDemoData: env.SEED_DEMO_DATA === 'true',
    production,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    eventFeedToken: eventFeedTokenFrom(env, production),
    redisUrl: env.REDIS_URL ?? null,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'eco',
    subgraphUrls: subgraphUrlsFrom(env),
    natsUrl: env.NATS_URL || null,
    eventsPrefix: env.EVENTS_PREFIX ?? 'eco',
  };
}
