import cluster from 'node:cluster';

/** What a worker tells its primary: it listens, and (when asked) the first-admin setup link. */
export type WorkerReport = { tessera: 'worker'; kind: 'listening'; port: number } | SetupReport;
type SetupReport = { tessera: 'worker'; kind: 'setup'; setupLink?: string };

/** What the primary asks of the first worker to listen, once. */
export type PrimaryRequest = { tessera: 'setup-code' };

export const isWorkerReport = (value: unknown): value is WorkerReport =>
  typeof value === 'object' && value !== null && (value as { tessera?: unknown }).tessera === 'worker';

/** True in a worker forked by the primary (cluster/primary.ts). */
export const isClusterWorker = () => cluster.isWorker;

/**
 * A worker's side of start-up: reports that it listens, and makes the setup code when the
 * primary asks (one worker, once). Ctrl-C in a terminal reaches every process of the group:
 * a worker ignores SIGINT and stops on the SIGTERM its primary sends, so it stops once.
 */
export function reportToPrimary(port: number, setupLink: () => Promise<string | undefined>): void {
  process.on('SIGINT', () => undefined);
  process.on('message', (message: PrimaryRequest) => {
    if (message?.tessera !== 'setup-code') return;
    setupLink().then(
      (link) =>
        process.send?.({ tessera: 'worker', kind: 'setup', ...(link && { setupLink: link }) } satisfies WorkerReport),
      () => process.send?.({ tessera: 'worker', kind: 'setup' } satisfies WorkerReport),
    );
  });
  process.send?.({ tessera: 'worker', kind: 'listening', port } satisfies WorkerReport);
}
