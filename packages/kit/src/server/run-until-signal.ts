import { createLogger, type Logger } from '../logging/logger';

/** Stops the service cleanly on Ctrl-C or a container stop; a second signal forces exit. */
export function runUntilSignal(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** The entry point of every service process: start it, stop it on a signal, exit 1 if it cannot start. */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  const logger = createLogger(name);
  start()
    .then((running) => runUntilSignal(logger, running.stop))
    .catch((error: unknown) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    });
}
