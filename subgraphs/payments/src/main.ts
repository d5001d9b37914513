import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphClient, subgraphConfigFromEnv, type KeySource, type SubgraphConfig } from '@eco/kit';
import type { Acquirer } from './acquiring/acquirer';
import { SandboxAcquirer } from './acquiring/sandbox-acquirer';
import { CatalogClient, type ServiceFeeClient } from './clients/catalog-client';
import { openPaymentsDatabase } from './database';
import { paymentsSubscriptions } from './events/subscriptions';
import { mountReceiptRoutes } from './receipts/receipt-routes';
import { buildPaymentsSchema } from './schema';
import { createPaymentsServices, type PaymentsServices } from './services';
import { HttpSourceItemsClient, type SourceItemsClient } from './sources/source-items-client';

export const PAYMENTS_PORT = 4005;
export const SOURCE = 'payments';
/** How often overdue unpaid invoices are marked EXPIRED. */
const EXPIRY_SWEEP_MS = 60_000;

export interface PaymentsStartOptions {
  now?: () => Date;
  /** Default: identity's JWKS at config.jwksUrl (tests pass their own keys). */
  keySource?: KeySource;
  /** Default: the sandbox acquirer (the only one there is so far). */
  acquirer?: Acquirer;
  /** Default: taxes-fines over HTTP at config.subgraphUrls['taxes-fines']. */
  sourceItems?: SourceItemsClient;
  /** Default: the catalog over HTTP at config.subgraphUrls.catalog. */
  catalog?: ServiceFeeClient;
}

export interface RunningPayments {
  url: string;
  port: number;
  services: PaymentsServices;
  stop(): Promise<void>;
}

/**
 * Migrates and serves the payments subgraph, its /events feed and receipts; consumes applications'
 * events (state-fee invoices) and expires overdue invoices.
 */
export async function startPaymentsSubgraph(config: SubgraphConfig, options: PaymentsStartOptions = {}): Promise<RunningPayments> {
  const logger = createLogger(SOURCE);
  const prisma = await openPaymentsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createPaymentsServices(prisma, {
      dbSchema: config.dbSchema,
      acquirer: options.acquirer ?? new SandboxAcquirer(),
      sourceItems: options.sourceItems ?? new HttpSourceItemsClient(subgraphClient('taxes-fines', config.subgraphUrls)),
      catalog: options.catalog ?? new CatalogClient(subgraphClient('catalog', config.subgraphUrls)),
      now: options.now,
    });
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildPaymentsSchema();
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier,
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      config,
      routes: (app) => mountReceiptRoutes(app, { tokenVerifier, payments: services.payments, invoices: services.invoices }),
      outbox: { outbox: services.outbox, db: prisma },
      consumes: { subscriptions: paymentsSubscriptions(services, logger), offsets: services.feedOffsets },
      loops: [{ name: 'invoice-expiry', intervalMs: EXPIRY_SWEEP_MS, tick: () => services.invoices.expireOverdue() }],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startPaymentsSubgraph(subgraphConfigFromEnv(SOURCE, PAYMENTS_PORT)));
}
