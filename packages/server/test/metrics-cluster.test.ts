import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveClusterMetrics } from '../src/metrics/index.js';
import { parsePrometheus, sampleSum } from './support/prometheus-text.js';

/**
 * TESSERA_WORKERS: the primary serves the sum of its workers' metrics (prom-client's
 * AggregatorRegistry), on the metrics port, and to a worker scraped on the public port.
 * The workers run the built server's metrics module (npm run build).
 */
describe('metrics of a node:cluster', () => {
  const workers: Worker[] = [];
  let served: Awaited<ReturnType<typeof serveClusterMetrics>>;

  beforeAll(async () => {
    cluster.setupPrimary({
      exec: path.resolve(fileURLToPath(import.meta.url), '../fixtures/metrics-worker.mjs'),
      execArgv: [],
      silent: true,
    });
    for (let i = 0; i < 2; i++) {
      const worker = cluster.fork();
      workers.push(worker);
      await new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.on('message', (message) => message === 'ready' && resolve());
      });
    }
    served = await serveClusterMetrics({
      metrics: { enabled: true, port: 0, host: '127.0.0.1', token: undefined },
    });
  });
  afterAll(async () => {
    await served?.close();
    for (const worker of workers) worker.kill();
  });

  it('serves the sum of every worker on the metrics port', async () => {
    const response = await fetch(`http://127.0.0.1:${served.port}/metrics`);
    expect(response.status).toBe(200);
    const samples = parsePrometheus(await response.text());
    expect(sampleSum(samples, 'tessera_tokens_issued_total', { grant_type: 'client_credentials' })).toBe(2);
    expect(sampleSum(samples, 'tessera_db_query_duration_seconds_count', { result: 'ok' })).toBe(2);
    expect(sampleSum(samples, 'tessera_db_query_duration_seconds_bucket', { result: 'ok', le: '0.0025' })).toBe(0);
    expect(sampleSum(samples, 'tessera_db_query_duration_seconds_bucket', { result: 'ok', le: '0.005' })).toBe(2);
    expect(sampleSum(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('answers a worker that is scraped on the public port with the same sum', async () => {
    const worker = workers[0] as Worker;
    const answer = await new Promise<{ scraped?: string; failed?: string }>((resolve) => {
      const listener = (message: { scraped?: string; failed?: string }) => {
        // The worker's other messages (its request to the primary, prom-client's answers) pass by.
        if (typeof message !== 'object' || !('scraped' in message || 'failed' in message)) return;
        worker.off('message', listener);
        resolve(message);
      };
      worker.on('message', listener);
      worker.send('scrape through the primary');
    });
    expect(answer.failed).toBeUndefined();
    const samples = parsePrometheus(answer.scraped as string);
    expect(sampleSum(samples, 'tessera_tokens_issued_total', { grant_type: 'client_credentials' })).toBe(2);
  });
});
