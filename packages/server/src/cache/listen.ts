import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { createClusterTransport } from '../cluster/cluster-transport.js';
import { startNotifyListener } from '../storage/notify-transport.js';
import type { Invalidation } from './invalidation.js';

/**
 * Where a serving process hears other processes' invalidations: PostgreSQL LISTEN (every worker
 * of every node), or, on SQLite, the cluster primary's relay between the workers of this machine.
 * One process on SQLite has nobody to hear.
 */
export async function listenForInvalidations(deps: {
  invalidation: Invalidation;
  dialect: 'sqlite' | 'postgres';
  dbUrl: string;
  logger: Logger;
}): Promise<{ close: () => Promise<void>; listenerPid: () => number | undefined }> {
  const { invalidation } = deps;
  if (deps.dialect === 'postgres')
    return startNotifyListener({
      url: deps.dbUrl,
      receive: invalidation.receive,
      dropAll: invalidation.dropAll,
      logger: deps.logger,
    });
  if (cluster.isWorker) invalidation.attach(createClusterTransport(invalidation.receive));
  return { close: () => invalidation.close(), listenerPid: () => undefined };
}
