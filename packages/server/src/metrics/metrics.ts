import cluster from 'node:cluster';
import type { Middleware } from 'koa';
import type { LogEvent } from 'kysely';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { askPrimary } from './cluster.js';
import type { MetricsSource } from './exposure.js';
import { httpBuckets, httpMetrics } from './http-metrics.js';
import { counterOf, histogramOf, register, Series } from './series.js';
import { type SignInResult, signInResultOf } from './sign-in-results.js';

export type RealmLabel = 'default' | 'admin';

/** A pg pool's connections; SQLite has none. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** The webhook outbox: deliveries still to make (first tries and retries) and the oldest one's age. */
export interface WebhookBacklog {
  pending: number;
  oldestCreatedAt: number | undefined;
}

export type WebhookOutcome = 'succeeded' | 'retry' | 'failed';

/** Grant types are request parameters: only these become labels, anything else is `other`. */
const grantTypes = new Set([
  'authorization_code',
  'refresh_token',
  'client_credentials',
  'urn:ietf:params:oauth:grant-type:token-exchange',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:openid:params:grant-type:ciba',
]);

const queryBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** `ip:…`, `code:…`, `interaction:…` or an identifier (`email:…`, a user id for MFA). */
function targetKind(target: string): string {
  if (target.startsWith('ip:')) return 'ip';
  if (target.startsWith('code:')) return 'code';
  if (target.startsWith('interaction:')) return 'interaction';
  return 'identifier';
}

/**
 * What the server records for Prometheus. With metrics off (no port, no token) every recorder is
 * a no-op and nothing is collected: no middleware, no query hook, no registry.
 */
export interface Metrics extends MetricsSource {
  enabled: boolean;
  registry: Registry | undefined;
  /** Times and counts every request (first middleware of the app); undefined when off. */
  http: Middleware | undefined;
  /** The same count for a request answered before the app (http/document-fast-path.ts); undefined when off. */
  observeRequest: ((route: string, method: string, status: number, seconds: number) => void) | undefined;
  /** Kysely's `log` option: the latency of every query; undefined when off. */
  queryLog: ((event: LogEvent) => void) | undefined;
  tokenIssued(realm: RealmLabel, grantType: unknown): void;
  /** Wraps a realm's audit writer: sign-in results are read from the entries it passes on. */
  observeSignIns<T extends object>(realm: RealmLabel, write: (entry: T) => void): (entry: T) => void;
  messageSent(connector: string, type: string, ok: boolean): void;
  lockout(realm: RealmLabel, target: string, action: string): void;
  webhookDelivery(outcome: WebhookOutcome): void;
  watchPool(stats: () => PoolStats | undefined): void;
  watchWebhooks(backlog: () => Promise<WebhookBacklog>): void;
}

const noop = () => undefined;

export const metricsOff: Metrics = {
  enabled: false,
  registry: undefined,
  http: undefined,
  observeRequest: undefined,
  queryLog: undefined,
  tokenIssued: noop,
  observeSignIns: (_realm, write) => write,
  messageSent: noop,
  lockout: noop,
  webhookDelivery: noop,
  watchPool: noop,
  watchWebhooks: noop,
  text: async () => '',
  contentType: Registry.PROMETHEUS_CONTENT_TYPE,
};

/**
 * The server's metrics, on a registry of its own (several servers may share a test process). In a
 * cluster worker the registry is also handed to prom-client's cluster listener, so the primary can
 * collect it, and `text()` asks the primary for every worker's sum (cluster.ts).
 */
export function createMetrics(options: { enabled: boolean; clusterWorker?: boolean }): Metrics {
  if (!options.enabled) return metricsOff;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const http = new Series(['route', 'method', 'status'], httpBuckets);
  const tokens = new Series(['realm', 'grant_type']);
  const signIns = new Series(['realm', 'result']);
  const messages = new Series(['connector', 'type', 'result']);
  const lockouts = new Series(['realm', 'target', 'action']);
  const deliveries = new Series(['outcome']);
  const queries = new Series(['result'], queryBuckets);
  register(
    registry,
    counterOf(http, {
      name: 'tessera_http_requests_total',
      help: 'HTTP requests, by route template, method and status',
    }),
    histogramOf(http, {
      name: 'tessera_http_request_duration_seconds',
      help: 'HTTP request latency in seconds, by route template, method and status',
    }),
    counterOf(tokens, {
      name: 'tessera_tokens_issued_total',
      help: 'Successful token endpoint responses, by realm and grant type',
    }),
    counterOf(signIns, {
      name: 'tessera_sign_ins_total',
      help: 'Experience API sign-ins: completed (success) or a refused credential check, by failure class',
    }),
    counterOf(messages, {
      name: 'tessera_connector_messages_total',
      help: 'Verification codes and invitations sent through an email or SMS connector, by connector factory, usage type and result',
    }),
    counterOf(lockouts, {
      name: 'tessera_lockouts_total',
      help: 'Lockouts started (attempt limit reached), by realm, target kind and action',
    }),
    counterOf(deliveries, {
      name: 'tessera_webhook_delivery_attempts_total',
      help: 'Webhook delivery attempts made by this process, by outcome (succeeded, retry scheduled, failed for good)',
    }),
    histogramOf(queries, {
      name: 'tessera_db_query_duration_seconds',
      help: 'Database query latency in seconds, by result (ok or error)',
    }),
  );

  const clusterWorker = options.clusterWorker ?? cluster.isWorker;
  if (clusterWorker) {
    // prom-client answers the primary's collection requests from these registries.
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([registry]);
  }

  return {
    enabled: true,
    registry,
    http: httpMetrics(http),
    observeRequest: (route, method, status, seconds) => http.observe(http.cell(route, method, status), seconds),
    queryLog: (event) => {
      queries.observe(queries.cell(event.level === 'error' ? 'error' : 'ok'), event.queryDurationMillis / 1000);
    },
    tokenIssued: (realm, grantType) => {
      const label = typeof grantType === 'string' && grantTypes.has(grantType) ? grantType : 'other';
      tokens.observe(tokens.cell(realm, label));
    },
    observeSignIns: (realm, write) => (entry) => {
      const result: SignInResult | undefined = signInResultOf(entry);
      if (result) signIns.observe(signIns.cell(realm, result));
      write(entry);
    },
    messageSent: (connector, type, ok) => messages.observe(messages.cell(connector, type, ok ? 'sent' : 'failed')),
    lockout: (realm, target, action) => lockouts.observe(lockouts.cell(realm, targetKind(target), action)),
    webhookDelivery: (outcome) => deliveries.observe(deliveries.cell(outcome)),
    watchPool(stats) {
      if (!stats()) return;
      new Gauge({
        name: 'tessera_db_pool_connections',
        help: 'PostgreSQL pool: open connections (total), idle ones, and queries waiting for one (waiting)',
        labelNames: ['state'],
        registers: [registry],
        collect() {
          const now = stats();
          if (!now) return;
          this.set({ state: 'total' }, now.total);
          this.set({ state: 'idle' }, now.idle);
          this.set({ state: 'waiting' }, now.waiting);
        },
      });
    },
    watchWebhooks(backlog) {
      // One read per scrape for both gauges.
      let reading: Promise<WebhookBacklog | undefined> | undefined;
      const read = () => {
        reading ??= backlog()
          .catch(() => undefined)
          .finally(() => setImmediate(() => (reading = undefined)));
        return reading;
      };
      // The outbox is the database's: every worker and node reads the same figure, so take the max.
      const common = { registers: [registry], aggregator: 'max' as const };
      new Gauge({
        name: 'tessera_webhook_deliveries_pending',
        help: 'Webhook deliveries in the outbox still to be made (first attempts and scheduled retries)',
        ...common,
        async collect() {
          const now = await read();
          if (now) this.set(now.pending);
        },
      });
      new Gauge({
        name: 'tessera_webhook_oldest_pending_age_seconds',
        help: 'Age of the oldest webhook delivery still pending, seconds (0 when none)',
        ...common,
        async collect() {
          const now = await read();
          if (now)
            this.set(now.oldestCreatedAt === undefined ? 0 : Math.max(0, (Date.now() - now.oldestCreatedAt) / 1000));
        },
      });
    },
    text: () => (clusterWorker ? askPrimary() : registry.metrics()),
    contentType: registry.contentType,
  };
}
