export { serveClusterMetrics } from './cluster.js';
export { listenMetrics, publicMetricsRoute } from './exposure.js';
export {
  createMetrics,
  type Metrics,
  type PoolStats,
  type RealmLabel,
  type WebhookBacklog,
  type WebhookOutcome,
} from './metrics.js';
export { observeGrants } from './provider-metrics.js';
