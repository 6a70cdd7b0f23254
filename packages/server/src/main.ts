import cluster from 'node:cluster';
import { runPrimary } from './cluster/primary.js';
import { reportToPrimary } from './cluster/worker.js';
import { ConfigError, loadConfig } from './config/config.js';

try {
  const config = loadConfig();
  // Several workers: this process only forks and watches them, and never starts the server.
  if (config.workers > 1 && cluster.isPrimary) runPrimary(config);
  else {
    const { startServer } = await import('./app.js');
    const started = Date.now();
    const { close, services, port, server } = await startServer(config);
    const { logger } = services;
    const setupLink = async () => {
      const setupCode = await services.admins.ensureSetupCode();
      return setupCode && services.admins.setupLink(setupCode);
    };
    // A graceful stop: no new connections, requests in flight finish (bounded), then the database
    // closes and the process exits 0. A second signal closes the remaining connections at once.
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: closing the remaining connections now');
        server.closeAllConnections();
        return;
      }
      stopping = true;
      const began = Date.now();
      logger.info({ signal, timeoutSeconds: config.shutdownTimeoutSeconds }, 'Tessera is stopping');
      close({ drainMs: config.shutdownTimeoutSeconds * 1000 }).then(
        ({ cut }) => {
          if (cut > 0) logger.warn({ requests: cut }, 'shutdown timeout reached: requests still in flight were cut');
          logger.info({ ms: Date.now() - began }, 'Tessera stopped');
          process.exit(0);
        },
        (err) => {
          logger.error({ err }, 'Tessera did not stop cleanly');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    // A worker's primary passes the shutdown on as SIGTERM (cluster/worker.ts).
    if (!cluster.isWorker) process.on('SIGINT', stop);
    if (cluster.isWorker) await reportToPrimary(port, setupLink);
    else {
      logger.info(
        { port, issuer: config.issuer, db: services.storage.dialect, ms: Date.now() - started },
        'Tessera is ready',
      );
      // Plain text, not a log record: the person starting the server for the first time reads it.
      const link = await setupLink();
      if (link) console.log(`No administrator yet. Create the first one (valid 1 h, single use): ${link}`);
    }
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
