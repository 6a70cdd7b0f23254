import cluster from 'node:cluster';
import { runPrimary } from './cluster/primary.js';
import { reportToPrimary } from './cluster/worker.js';
import { ConfigError, loadConfig } from './config/config.js';

try {
  const config = loadConfig();
  // Several workers: this process only forks and watches them, and never loads the server.
  if (config.workers > 1 && cluster.isPrimary) runPrimary(config);
  else {
    const { startServer } = await import('./app.js');
    const started = Date.now();
    const { close, services, port } = await startServer(config);
    const setupLink = async () => {
      const setupCode = await services.admins.ensureSetupCode();
      return setupCode && services.admins.setupLink(setupCode);
    };
    const stop = () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', stop);
    // A worker's primary passes the shutdown on as SIGTERM (cluster/worker.ts).
    if (!cluster.isWorker) process.once('SIGINT', stop);
    if (cluster.isWorker) await reportToPrimary(port, setupLink);
    else {
      services.logger.info(
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
