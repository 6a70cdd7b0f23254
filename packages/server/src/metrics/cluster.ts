import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from '../config/config.js';
import { listenMetrics } from './exposure.js';

/** A worker asks the primary for the cluster's metrics (a scrape of `/metrics` on the public port). */
const collectRequest = 'tessera:metrics:collect';
const collectAnswer = 'tessera:metrics:collected';
const askTimeoutMs = 6000;

interface Answer {
  type: typeof collectAnswer;
  id: number;
  text?: string;
  error?: string;
}

// The IPC channel is the process's own: one listener and one table of waiting scrapes per worker.
let asked = 0;
const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
let listening = false;

/**
 * In a worker: the sum of every worker's metrics, gathered by the primary (which must run
 * `serveClusterMetrics`). Rejects when the primary does not answer in time.
 */
export function askPrimary(): Promise<string> {
  if (!listening) {
    listening = true;
    process.on('message', (message: Answer) => {
      if (message?.type !== collectAnswer) return;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (typeof message.text === 'string') waiting.resolve(message.text);
      else waiting.reject(new Error(message.error ?? 'no metrics'));
    });
  }
  const id = ++asked;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the primary process did not answer with metrics'));
    }, askTimeoutMs);
    timer.unref();
    pending.set(id, {
      resolve: (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    process.send?.({ type: collectRequest, id });
  });
}

/**
 * For the primary process of a cluster (TESSERA_WORKERS): serves the workers' metrics, summed by
 * prom-client's AggregatorRegistry (counters and histograms add up; the webhook backlog, the same
 * database figure in every worker, takes the max). With `TESSERA_METRICS_PORT`, the primary owns
 * that listener (workers never open it); with `TESSERA_METRICS_TOKEN`, a worker answering
 * `/metrics` on the public port asks the primary for the same sum. Metrics off: does nothing.
 */
export async function serveClusterMetrics(
  config: Pick<Config, 'metrics'>,
): Promise<{ port: number | undefined; close(): Promise<void> }> {
  if (!config.metrics.enabled) return { port: undefined, close: async () => undefined };
  const aggregator = new AggregatorRegistry();
  const source = { text: () => aggregator.clusterMetrics(), contentType: aggregator.contentType };
  const onMessage = (worker: Worker, message: { type?: unknown; id?: unknown }) => {
    if (message?.type !== collectRequest || typeof message.id !== 'number') return;
    const { id } = message;
    const reply = (answer: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: collectAnswer, id, ...answer });
    };
    source.text().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  };
  cluster.on('message', onMessage);
  const { port, host, token } = config.metrics;
  const listener = port === undefined ? undefined : await listenMetrics(source, { port, host, token });
  return {
    port: listener?.port,
    async close() {
      cluster.off('message', onMessage);
      await listener?.close();
    },
  };
}
