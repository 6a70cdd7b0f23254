import cluster from 'node:cluster';

/** What a worker tells its primary: it listens (the first worker adds the first-admin setup link). */
export type WorkerReport = { tessera: 'worker'; kind: 'listening'; port: number; setupLink?: string };

export const isWorkerReport = (value: unknown): value is WorkerReport =>
  typeof value === 'object' && value !== null && (value as { tessera?: unknown }).tessera === 'worker';

/**
 * A worker's side of start-up: reports that it listens. The first worker the primary forks (id 1,
 * which starts alone; a replacement gets a new id) makes the setup code, once: a second code would
 * replace the first. Ctrl-C in a terminal reaches every process of the group: a worker ignores
 * SIGINT and stops on the SIGTERM its primary sends, so it stops once.
 */
export async function reportToPrimary(port: number, setupLink: () => Promise<string | undefined>): Promise<void> {
  process.on('SIGINT', () => undefined);
  const link = cluster.worker?.id === 1 ? await setupLink() : undefined;
  process.send?.({
    tessera: 'worker',
    kind: 'listening',
    port,
    ...(link && { setupLink: link }),
  } satisfies WorkerReport);
}
