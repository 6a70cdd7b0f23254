/** Why a script produced no result; `denied` is the JWT customizer's `api.denyAccess(message)`. */
export type SandboxErrorKind = 'denied' | 'thrown' | 'timeout' | 'memory' | 'invalid' | 'crashed' | 'busy';

/**
 * The function a script defines and how it is called: `getCustomJwtClaims({ token, context,
 * environmentVariables, api })` must return a plain object; `runAction({ event,
 * environmentVariables })` may return anything JSON (or nothing).
 */
export type SandboxEntry = 'getCustomJwtClaims' | 'runAction';

/** What the injected `fetch` may do; absent means a script has no `fetch` at all. */
export interface SandboxFetchPolicy {
  /** Per request, bounded by what is left of the call's deadline. */
  timeoutMs: number;
  /** A larger answer fails the request. */
  maxResponseBytes: number;
  /** Requests a call may make, at most. */
  maxRequests: number;
  /** Loopback, private and link-local destinations are refused unless this is set. */
  allowPrivateNetworks: boolean;
}

/** What the host sends a sandbox worker: one call, as JSON, with its deadline. */
export interface SandboxRequest {
  id: number;
  script: string;
  /** The entry's argument as JSON (without `api`). */
  input: string;
  timeoutMs: number;
  /** Absent: `getCustomJwtClaims`. */
  entry?: SandboxEntry;
  fetch?: SandboxFetchPolicy;
}

export type SandboxOutcome = { ok: true; value: unknown } | { ok: false; kind: SandboxErrorKind; message: string };

/** What a worker answers; `retire` asks the host to replace it (its wasm module may be unusable). */
export interface SandboxReply {
  id: number;
  outcome: SandboxOutcome;
  retire?: boolean;
}

/** Limits of one worker, fixed when it starts. */
export interface SandboxWorkerLimits {
  /** The hard ceiling of the worker's WebAssembly memory. */
  memoryMb: number;
  /** QuickJS's own (soft) heap limit. */
  heapMb: number;
  stackKb: number;
}
