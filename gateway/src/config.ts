import path from 'node:path';
import { DEFAULT_JWKS_URL, DEVELOPMENT_EVENT_FEED_TOKEN } from '@eco/kit';
import type { TrustedDocumentsMode } from './trusted-documents/trusted-documents';
import { costBudgetFromEnv, queryLimitsFromEnv, type CostBudget, type QueryLimits } from './limits/query-limits';

/** Everything the gateway reads from its command line and environment (see the README's table). */
export interface GatewayConfig {
  port: number;
  /** Any composed supergraph file: ours, or a regional portal's own. */
  supergraphPath: string;
  /** Subgraph URL per subgraph name, overriding the routing URL written in the supergraph. */
  subgraphUrlOverrides: Record<string, string>;
  jwksUrl: string;
  production: boolean;
  /** Redis for cost budgets and revocations shared by the replicas; null: this process alone. */
  redisUrl: string | null;
  /** Live events from NATS JetStream subjects (NATS_URL) … */
  natsUrl: string | null;
  eventsPrefix: string;
  /** … or from the outbox notices of this database (LISTEN/NOTIFY); with neither, no subscriptions. */
  databaseUrl: string | null;
  /** Keeps deployments that share one Redis apart. */
  redisKeyPrefix: string;
  /** Internal token for the subgraphs' /events feeds. */
  eventFeedToken: string;
  /** Depth, aliases, tokens, directives and cost of one operation. */
  limits: QueryLimits;
  /** Each caller's cost budget (shared through Redis when redisUrl is set). */
  costBudget: CostBudget;
  /** How long one operation may take, subgraph calls included. */
  executionTimeoutMs: number;
  /** 'enforce': only registered operations run for first-party clients (trusted documents). */
  trustedDocuments: TrustedDocumentsMode;
  /** The registered operations: an Apollo persisted-query manifest (the SDK's build writes one). */
  trustedDocumentsManifest: string;
  /** The built portal served on this origin (PORTAL_DIR; default clients/web/dist). */
  portalDir?: string;
}

export const DEFAULT_GATEWAY_PORT = 4000;
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');
/** `SUBGRAPH_IDENTITY_URL=http://…` overrides the `identity` subgraph (dashes become underscores). */
export const SUBGRAPH_URL_ENV = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

export function gatewayConfigFrom(argv: string[], env: NodeJS.ProcessEnv): GatewayConfig {
  return {
    port: env.PORT !== undefined ? Number(env.PORT) : DEFAULT_GATEWAY_PORT,
    supergraphPath: path.resolve(argValue(argv, '--supergraph') ?? env.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH),
    subgraphUrlOverrides: subgraphUrlOverridesFrom(env),
    jwksUrl: env.IDENTITY_JWKS_URL ?? DEFAULT_JWKS_URL,
    production: env.NODE_ENV === 'production',
    redisUrl: env.REDIS_URL ?? null,
    natsUrl: env.NATS_URL || null,
    eventsPrefix: env.EVENTS_PREFIX ?? 'eco',
    databaseUrl: env.DATABASE_URL || null,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'eco',
    eventFeedToken: eventFeedTokenFrom(env),
    limits: queryLimitsFromEnv(env),
    costBudget: costBudgetFromEnv(env),
    executionTimeoutMs: executionTimeoutFrom(env),
    trustedDocuments: trustedDocumentsModeFrom(env),
    trustedDocumentsManifest: path.resolve(env.TRUSTED_DOCUMENTS_MANIFEST ?? DEFAULT_TRUSTED_DOCUMENTS_MANIFEST),
    portalDir: env.PORTAL_DIR ? path.resolve(env.PORTAL_DIR) : undefined,
  };
}

// As Apollo Router's default: long enough for a burst queueing on one row, short enough to free a stuck connection.
export const DEFAULT_EXECUTION_TIMEOUT_MS = 30_000;
export const DEFAULT_TRUSTED_DOCUMENTS_MANIFEST = path.resolve(__dirname, '../../clients/sdk/dist/persisted-documents.json');

function trustedDocumentsModeFrom(env: NodeJS.ProcessEnv): TrustedDocumentsMode {
  const mode = env.TRUSTED_DOCUMENTS ?? 'off';
  if (mode !== 'off' && mode !== 'enforce') throw new Error(`TRUSTED_DOCUMENTS must be "off" or "enforce", got "${mode}"`);
  return mode;
}

function executionTimeoutFrom(env: NodeJS.ProcessEnv): number {
  if (env.EXECUTION_TIMEOUT_MS === undefined || env.EXECUTION_TIMEOUT_MS === '') return DEFAULT_EXECUTION_TIMEOUT_MS;
  const value = Number(env.EXECUTION_TIMEOUT_MS);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`EXECUTION_TIMEOUT_MS must be a positive whole number, got "${env.EXECUTION_TIMEOUT_MS}"`);
  return value;
}

function eventFeedTokenFrom(env: NodeJS.ProcessEnv): string {
  if (env.EVENT_FEED_TOKEN) return env.EVENT_FEED_TOKEN;
  if (env.NODE_ENV === 'production') throw new Error('EVENT_FEED_TOKEN must be set in production');
  return DEVELOPMENT_EVENT_FEED_TOKEN;
}

function argValue(argv: string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith(`${flag}=`));
  return inline?.slice(flag.length + 1);
}

function subgraphUrlOverridesFrom(env: NodeJS.ProcessEnv): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = SUBGRAPH_URL_ENV.exec(key);
    if (match && value) overrides[match[1].toLowerCase()] = value;
  }
  return overrides;
}
