export { type Breaker, createBreaker } from './breaker.js';
export { scriptFetch } from './sandbox-fetch.js';
export { createSandboxPool, type SandboxPool, workerSpawner } from './sandbox-pool.js';
export type {
  SandboxEntry,
  SandboxErrorKind,
  SandboxFetchPolicy,
  SandboxOutcome,
  SandboxWorkerLimits,
} from './sandbox-protocol.js';
export { registerScriptConfigRoutes } from './script-config.routes.js';
export { createScriptConfigs, type LoadedScriptConfig } from './script-configs.js';
export { maskEnvironment, openScriptConfig, sealScriptConfig } from './script-environment.js';
