import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';
import type { Config } from '../config/config.js';
import { isCacheIpcMessage } from './cluster-transport.js';
import { isWorkerReport } from './worker.js';

/** A worker that lived this long before dying starts the restart backoff from the beginning. */
const stableMs = 10_000;
const maxBackoffMs = 10_000;
/** How long the primary waits for workers to finish their shutdown before it kills them. */
const shutdownCapMs = 60_000;

/**
 * The primary of `TESSERA_WORKERS` > 1: forks the workers, which share the port (node:cluster),
 * and does no request work itself. Start-up work that must happen once (migrations, seeding,
 * signing keys, the setup code) is done by the first worker alone: the others are forked once it
 * listens, so no two processes ever race on an empty database. A worker that dies is forked
 * again (at once, then with a doubling delay while they keep dying young). SIGTERM or SIGINT
 * is passed on as SIGTERM: each worker finishes as a single process would, then the primary exits.
 * On SQLite the primary relays cache invalidations between the workers (cache/invalidation.ts).
 */
export function runPrimary(config: Config): void {
  // The workers accept from the shared socket themselves: the primary handles no connection, and
  // a connection waiting in the backlog when a worker dies goes to another (with round-robin the
  // primary may hand it to the dying worker, where it hangs).
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const logger = pino({ level: config.logLevel });
  const started = Date.now();
  const listening = new Set<Worker>();
  /** Live workers and when each was forked (cluster.workers may still list one that exited). */
  const bornAt = new Map<Worker, number>();
  let ready = false;
  let stopping = false;
  let failures = 0;
  let othersForked = false;
  let exitCode = 0;

  function fork(): Worker {
    const worker = cluster.fork();
    bornAt.set(worker, Date.now());
    worker.on('message', (message: unknown) => onMessage(worker, message));
    worker.on('exit', (code, signal) => onExit(worker, code, signal));
    return worker;
  }

  function onMessage(worker: Worker, message: unknown): void {
    if (isCacheIpcMessage(message)) {
      for (const other of bornAt.keys()) if (other !== worker && other.isConnected()) other.send(message);
      return;
    }
    if (!isWorkerReport(message)) return;
    // Plain text, not a log record: the person starting the server for the first time reads it.
    if (message.setupLink)
      console.log(`No administrator yet. Create the first one (valid 1 h, single use): ${message.setupLink}`);
    listening.add(worker);
    if (!othersForked) {
      // The first worker has migrated and seeded: the others may start now, all at once.
      othersForked = true;
      for (let i = 1; i < config.workers; i++) fork();
    }
    if (!ready && listening.size === config.workers) {
      ready = true;
      logger.info(
        { port: message.port, issuer: config.issuer, workers: config.workers, ms: Date.now() - started },
        'Tessera is ready',
      );
    }
  }

  function onExit(worker: Worker, code: number | null, signal: string | null): void {
    listening.delete(worker);
    const lived = Date.now() - (bornAt.get(worker) ?? Date.now());
    bornAt.delete(worker);
    if (stopping) {
      // A worker still starting has no SIGTERM handler yet: the signal ends it, as asked.
      if (code !== 0 && signal !== 'SIGTERM') exitCode = 1;
      if (bornAt.size === 0) process.exit(exitCode);
      return;
    }
    if (!ready) {
      // A worker that cannot start (database unreachable, bad settings) would fail again: stop, as one process would.
      logger.error({ code, signal }, 'a worker failed to start; stopping');
      stop(1);
      return;
    }
    failures = lived >= stableMs ? 0 : failures + 1;
    const delayMs = failures <= 1 ? 0 : Math.min(maxBackoffMs, 250 * 2 ** (failures - 2));
    logger.warn({ code, signal, restartInMs: delayMs }, 'a worker exited unexpectedly; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, delayMs).unref();
  }

  function stop(code = 0): void {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (bornAt.size === 0) process.exit(exitCode);
    for (const worker of bornAt.keys()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      logger.error('workers did not stop in time; killing them');
      for (const worker of bornAt.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownCapMs).unref();
  }

  process.on('SIGTERM', () => stop());
  process.on('SIGINT', () => stop());
  // /metrics sums the workers' registries here: the metrics port (if any) is the primary's, and a
  // worker asked for /metrics on the public port collects through it. Loaded only when metrics are on.
  if (config.metrics.enabled) {
    import('../metrics/index.js')
      .then(({ serveClusterMetrics }) => serveClusterMetrics(config))
      .catch((err) => {
        logger.error({ err }, 'the metrics listener could not start; stopping');
        stop(1);
      });
  }
  fork();
}
