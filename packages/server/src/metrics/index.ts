export { serveClusterMetrics } from './cluster.js';
export { listenMetrics, publicMetricsRoute } from './exposure.js';
export { routeOf } from './http-metrics.js';
export {
  createMetrics,
  type Metrics,
  metricsOff,
  type PoolStats,
  type RealmLabel,
  type WebhookBacklog,
  type WebhookOutcome,
} from './metrics.js';
export { observeGrants } from './provider-metrics.js';
