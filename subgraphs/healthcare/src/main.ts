import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type KeySource, type SubgraphConfig } from '@eco/kit';
import { mountCalendarRoutes } from './appointments/calendar-routes';
import { openHealthcareDatabase } from './database';
import { buildHealthcareSchema } from './schema';
import { seedDemoData } from './seed';
import { createHealthcareServices, type HealthcareServices } from './services';
import { healthcareSettingsFromEnv, type HealthcareSettings } from './settings';

export const HEALTHCARE_PORT = 4004;
export const SOURCE = 'healthcare';

export interface HealthcareStartOptions {
  settings?: HealthcareSettings;
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
  /** The clock of every rule (tests). */
  now?: () => Date;
}

export interface RunningHealthcare {
  url: string;
  port: number;
  services: HealthcareServices;
  stop(): Promise<void>;
}

/**
 * Migrates, optionally seeds (clinics, doctors, the next weeks' slots), serves the subgraph, its
 * /events feed (appointment events) and the .ics route, and runs the reminder scheduler.
 */
export async function startHealthcareSubgraph(config: SubgraphConfig, options: HealthcareStartOptions = {}): Promise<RunningHealthcare> {
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? healthcareSettingsFromEnv();
  // A burst of bookings queues on slot rows; a few more connections than the kit's default.
  const prisma = await openHealthcareDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger, poolSize: 16 });
  try {
    const services = createHealthcareServices(prisma, {
      dbSchema: config.dbSchema,
      now: options.now,
      rules: { cancellationCutoffHours: settings.cancellationCutoffHours },
      reminderLeadHours: settings.reminderLeadHours,
    });
    if (config.seedDemoData) await seedDemoData(prisma, { now: services.now(), logger });
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildHealthcareSchema();
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
      routes: (app) => mountCalendarRoutes(app, { tokenVerifier, appointments: services.appointments, now: services.now }),
      outbox: { outbox: services.outbox, db: prisma },
      loops: [
        // A full batch comes back non-zero, so the loop goes straight on with the next one.
        { name: 'appointment-reminders', intervalMs: settings.reminderIntervalMs, tick: async () => (await services.appointments.completePast()) + (await services.reminders.sendDue()) },
      ],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startHealthcareSubgraph(subgraphConfigFromEnv(SOURCE, HEALTHCARE_PORT)));
}
