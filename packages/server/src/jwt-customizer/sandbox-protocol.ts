import type { CustomClaimsErrorKind } from './jwt-customizer.schemas.js';

/** What the host sends a sandbox worker: one call, as JSON, with its deadline. */
export interface SandboxRequest {
  id: number;
  script: string;
  /** `{ token, context, environmentVariables }` as JSON. */
  input: string;
  timeoutMs: number;
}

export type SandboxOutcome =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; kind: CustomClaimsErrorKind; message: string };

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
