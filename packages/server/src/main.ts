import { startServer } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';

try {
  const config = loadConfig();
  const started = Date.now();
  const { close, services, port } = await startServer(config);
  services.logger.info(
    { port, issuer: config.issuer, db: services.storage.dialect, ms: Date.now() - started },
    'Tessera is ready',
  );
  // Plain text, not a log record: the person starting the server for the first time reads it.
  const setupCode = await services.admins.ensureSetupCode();
  if (setupCode)
    console.log(
      `No administrator yet. Create the first one (valid 1 h, single use): ${services.admins.setupLink(setupCode)}`,
    );
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
