import { type MessagePort, workerData } from 'node:worker_threads';
import * as releaseSyncModule from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
  shouldInterruptAfterDeadline,
} from 'quickjs-emscripten-core';
import type { SandboxOutcome, SandboxReply, SandboxRequest, SandboxWorkerLimits } from './sandbox-protocol.js';

/**
 * One sandbox worker: QuickJS compiled to WebAssembly, with a fixed memory ceiling, running one
 * call at a time in a fresh context. Nothing of the host is exposed to a script: one JSON string
 * goes in as a plain string value, one JSON string comes out. The host's watchdog terminates this
 * worker when a call overruns (built-ins ignore QuickJS's interrupt handler).
 */
const { limits, port, wasmModule } = workerData as {
  limits: SandboxWorkerLimits;
  port: MessagePort;
  /** Compiled once by the host; absent for the first worker, which compiles its own. */
  wasmModule?: WebAssembly.Module;
};
const pageBytes = 65_536;
const memory = new WebAssembly.Memory({
  initial: Math.min(256, (limits.memoryMb * 1024 * 1024) / pageBytes),
  maximum: (limits.memoryMb * 1024 * 1024) / pageBytes,
});
// The package is CommonJS to TypeScript and ESM at run time: take its variant either way.
const loaded = (releaseSyncModule as unknown as { default: QuickJSSyncVariant | { default: QuickJSSyncVariant } })
  .default;
const releaseSync = 'default' in loaded ? loaded.default : loaded;
const quickjs = await newQuickJSWASMModuleFromVariant(
  newVariant(releaseSync, { wasmMemory: memory, ...(wasmModule && { wasmModule }) }),
);

function newRuntime(): QuickJSRuntime {
  const created = quickjs.newRuntime();
  created.setMemoryLimit(limits.heapMb * 1024 * 1024);
  created.setMaxStackSize(limits.stackKb * 1024);
  return created;
}
let runtime = newRuntime();

/**
 * Evaluated in the fresh context: reads the input string, defines `api.denyAccess`, runs the
 * script's `getCustomJwtClaims`, and settles with one JSON string describing the result. The
 * script is inlined inside a function so its declarations stay local to this call.
 */
const wrap = (script: string) => `(async () => {
  const __stringify = JSON.stringify;
  const __input = JSON.parse(globalThis.__tesseraInput);
  delete globalThis.__tesseraInput;
  const __denied = {};
  const api = Object.freeze({
    denyAccess(message) {
      const error = new Error(typeof message === 'string' ? message : 'Access denied.');
      error.__tesseraDenied = __denied;
      throw error;
    },
  });
  try {
    const __fn = (function () {
${script}
;return typeof getCustomJwtClaims === 'function' ? getCustomJwtClaims : undefined;
    })();
    if (!__fn) return __stringify({ error: { kind: 'invalid', message: 'The script does not define a getCustomJwtClaims function.' } });
    const claims = await __fn({ token: __input.token, context: __input.context, environmentVariables: __input.environmentVariables, api });
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
      return __stringify({ error: { kind: 'invalid', message: 'getCustomJwtClaims must return a plain object.' } });
    return __stringify({ claims });
  } catch (error) {
    const denied = error !== null && typeof error === 'object' && error.__tesseraDenied === __denied;
    const message = error !== null && typeof error === 'object' ? String(error.message) : String(error);
    return __stringify({ error: { kind: denied ? 'denied' : 'thrown', message } });
  }
})()`;

function classify(error: unknown): SandboxOutcome {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const text = `${String(name ?? 'Error')}: ${String(message ?? '')}`;
  if (/interrupted/.test(text)) return { ok: false, kind: 'timeout', message: 'The script ran past its time limit.' };
  if (/out of memory/i.test(text)) return { ok: false, kind: 'memory', message: 'The script ran out of memory.' };
  if (/stack overflow|too much recursion/i.test(text))
    return { ok: false, kind: 'memory', message: 'The script exceeded its stack size.' };
  return { ok: false, kind: 'thrown', message: String(message ?? text) };
}

function takeError(context: QuickJSContext, handle: QuickJSHandle): SandboxOutcome {
  const dumped = context.dump(handle) as unknown;
  handle.dispose();
  return classify(dumped);
}

function parseResult(json: string): SandboxOutcome {
  let parsed: { claims?: Record<string, unknown>; error?: { kind: string; message: string } };
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, kind: 'invalid', message: 'The claims are not JSON.' };
  }
  if (parsed.error) {
    const { kind, message } = parsed.error;
    // An interrupt or an allocation failure caught by the script's own try/catch still counts as such.
    if (kind === 'thrown') {
      const classified = classify({ message });
      if (classified.ok === false && classified.kind !== 'thrown') return classified;
    }
    return { ok: false, kind: kind === 'denied' || kind === 'invalid' ? kind : 'thrown', message };
  }
  return { ok: true, claims: parsed.claims ?? {} };
}

function run(request: SandboxRequest): SandboxOutcome {
  const context = runtime.newContext();
  try {
    runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + request.timeoutMs));
    const input = context.newString(request.input);
    context.setProp(context.global, '__tesseraInput', input);
    input.dispose();
    const evaluated = context.evalCode(wrap(request.script), 'getCustomJwtClaims.js');
    if (evaluated.error) return takeError(context, evaluated.error);
    const promise = evaluated.value;
    try {
      for (;;) {
        const state = context.getPromiseState(promise);
        if (state.type === 'fulfilled') {
          const value = state.value;
          const json = context.typeof(value) === 'string' ? context.getString(value) : '';
          value.dispose();
          return parseResult(json);
        }
        if (state.type === 'rejected') return takeError(context, state.error);
        const jobs = runtime.executePendingJobs();
        if (jobs.error) return takeError(context, jobs.error);
        if (jobs.value === 0 && context.getPromiseState(promise).type === 'pending')
          return { ok: false, kind: 'invalid', message: 'getCustomJwtClaims returned a promise that never settles.' };
      }
    } finally {
      promise.dispose();
    }
  } finally {
    runtime.removeInterruptHandler();
    context.dispose();
  }
}

port.on('message', (request: SandboxRequest) => {
  let reply: SandboxReply;
  try {
    const outcome = run(request);
    reply = { id: request.id, outcome };
    // After a memory failure the runtime's heap may be fragmented or near its limit: start a new one.
    if (!outcome.ok && (outcome.kind === 'memory' || outcome.kind === 'timeout')) {
      runtime.dispose();
      runtime = newRuntime();
    }
  } catch (error) {
    // A host-side failure out of the wasm (RuntimeError, RangeError, an abort): this module
    // may be unusable, so the host replaces the worker.
    const outcome = classify(error);
    reply = {
      id: request.id,
      outcome:
        outcome.ok === false && outcome.kind !== 'thrown'
          ? outcome
          : { ok: false, kind: 'crashed', message: 'The sandbox failed.' },
      retire: true,
    };
  }
  port.postMessage(reply);
});
// Warm the wasm code paths up before taking calls, so a fresh worker's first real call is not
// the one that pays for compiling them (and runs into its deadline on a busy machine).
for (let round = 0; round < 3; round += 1)
  run({
    id: 0,
    script: 'const getCustomJwtClaims = async ({ token }) => ({ warm: [token.sub].map(String) });',
    input: '{"token":{"sub":"warm-up"},"context":{},"environmentVariables":{}}',
    timeoutMs: 10_000,
  });
// A fresh worker thread stays busy for a while after its module has run (measured 90–230 ms on
// a loaded 2-core machine): announce readiness from a timer, which fires only once it is idle,
// so no call's deadline is spent waiting for that.
setTimeout(() => port.postMessage({ ready: true }), 0);
