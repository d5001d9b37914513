import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Personal data and secrets never reach the logs, whatever a caller logs by mistake.
 * Paths are pino redact paths (wildcards match one level).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.snils',
  '*.inn',
  '*.passport',
  '*.number',
  'variables.input.password',
  'variables.input.refreshToken',
  'variables.input.snils',
  'variables.input.inn',
  'variables.input.passport',
  'variables.input.driverLicence',
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
