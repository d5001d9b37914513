import {
  createLogger,
  openTokenVerifier,
  mountEventFeed,
  runService,
  startSubgraph,
  subgraphConfigFromEnv,
  followProducerFeed,
  type KeySource,
  type SubgraphConfig, startPollLoop } from '@eco/kit';
import type { Acquirer } from './acquiring/acquirer';
import { SandboxAcquirer } from './acquiring/sandbox-acquirer';
import { CatalogClient, type ServiceFeeClient } from './clients/catalog-client';
import { openPaymentsDatabase } from './database';
import { PAYMENTS_SOURCE } from './events/payment-captured-event';
import { mountReceiptRoutes } from './receipts/receipt-routes';
import { buildPaymentsSchema } from './schema';
import { createPaymentsServices, type PaymentsServices } from './services';
import { HttpSourceItemsClient, type SourceItemsClient } from './sources/source-items-client';

export const PAYMENTS_PORT = 4005;
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
  feedPollIntervalMs?: number;
}

export interface RunningPayments {
  url: string;
  port: number;
  services: PaymentsServices;
  stop(): Promise<void>;
}

/** Migrates and serves the payments subgraph, its /events feed and receipts; consumes the applications feed. */
export async function startPaymentsSubgraph(config: SubgraphConfig, options: PaymentsStartOptions = {}): Promise<RunningPayments> {
  const logger = createLogger(PAYMENTS_SOURCE);
  const prisma = await openPaymentsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    const services = createPaymentsServices(prisma, {
      dbSchema: config.dbSchema,
      acquirer: options.acquirer ?? new SandboxAcquirer(),
      sourceItems: options.sourceItems ?? new HttpSourceItemsClient({ url: config.subgraphUrls['taxes-fines'] }),
      catalog: options.catalog ?? new CatalogClient({ url: config.subgraphUrls.catalog }),
      now: options.now,
    });
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildPaymentsSchema();
    const server = await startSubgraph({
      name: PAYMENTS_SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier,
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) => {
        mountEventFeed(app, {
          source: PAYMENTS_SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.head(),
        });
        mountReceiptRoutes(app, { tokenVerifier, payments: services.payments, invoices: services.invoices });
      },
    });
    stops.push(() => server.stop());

    if (config.subgraphUrls.applications) {
      const consumer = followProducerFeed({
        consumer: PAYMENTS_SOURCE,
        producer: 'applications',
        subgraphUrls: config.subgraphUrls,
        token: config.eventFeedToken,
        offsets: services.feedOffsets,
        handle: (event) => services.stateFees.handle(event),
        logger,
        pollIntervalMs: options.feedPollIntervalMs,
      });
      stops.push(() => consumer.stop());
    }
    const expiry = startPollLoop({ name: 'invoice-expiry', intervalMs: EXPIRY_SWEEP_MS, tick: () => services.invoices.expireOverdue(), logger });
    stops.push(() => expiry.stop());

    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(PAYMENTS_SOURCE, () => startPaymentsSubgraph(subgraphConfigFromEnv(PAYMENTS_SOURCE, PAYMENTS_PORT)));
}
