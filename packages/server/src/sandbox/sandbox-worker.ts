import { type MessagePort, workerData } from 'node:worker_threads';
import * as releaseSyncModule from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSDeferredPromise,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
  shouldInterruptAfterDeadline,
} from 'quickjs-emscripten-core';
import { type ScriptFetchAnswer, type ScriptFetchRequest, scriptFetch } from './sandbox-fetch.js';
import type {
  SandboxEntry,
  SandboxOutcome,
  SandboxReply,
  SandboxRequest,
  SandboxWorkerLimits,
} from './sandbox-protocol.js';

/**
 * One sandbox worker: QuickJS compiled to WebAssembly, with a fixed memory ceiling, running one
 * call at a time in a fresh context. Nothing of the host is exposed to a script: one JSON string
 * goes in as a plain string value, one JSON string comes out, and (for pools that allow it) a
 * `fetch` whose requests the host makes under its network policy. The host's watchdog terminates this
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
 * Evaluated in the fresh context: reads the input string, runs the script's entry function, and
 * settles with one JSON string describing the result. The script is inlined inside a function so
 * its declarations stay local to this call. `fetch` exists only when the host passed one.
 */
const prelude = `const __stringify = JSON.stringify;
  const __input = JSON.parse(globalThis.__tesseraInput);
  delete globalThis.__tesseraInput;
  const __hostFetch = globalThis.__tesseraFetch;
  delete globalThis.__tesseraFetch;
  const fetch = __hostFetch && (async (resource, init = {}) => {
    const headers = {};
    const given = init.headers ?? {};
    for (const [name, value] of Array.isArray(given) ? given : Object.entries(given)) headers[String(name).toLowerCase()] = String(value);
    const body = init.body === undefined || init.body === null ? undefined : String(init.body);
    const url = String(resource);
    const raw = JSON.parse(await __hostFetch(__stringify({ url, method: String(init.method ?? 'GET').toUpperCase(), headers, body })));
    if (raw.error) throw new TypeError(raw.error);
    const text = raw.body;
    return Object.freeze({
      ok: raw.status >= 200 && raw.status < 300, status: raw.status, statusText: raw.statusText, url,
      headers: Object.freeze({ get: (name) => raw.headers[String(name).toLowerCase()] ?? null, has: (name) => String(name).toLowerCase() in raw.headers }),
      text: async () => text,
      json: async () => JSON.parse(text),
    });
  });`;

const entryCalls: Record<SandboxEntry, string> = {
  getCustomJwtClaims: `const __denied = {};
  const api = Object.freeze({
    denyAccess(message) {
      const error = new Error(typeof message === 'string' ? message : 'Access denied.');
      error.__tesseraDenied = __denied;
      throw error;
    },
  });
  const __run = async (__fn) => {
    const claims = await __fn({ token: __input.token, context: __input.context, environmentVariables: __input.environmentVariables, api });
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
      return __stringify({ error: { kind: 'invalid', message: 'getCustomJwtClaims must return a plain object.' } });
    return __stringify({ value: claims });
  };`,
  runAction: `const __denied = {};
  const __run = async (__fn) => {
    const result = await __fn({ event: __input.event, environmentVariables: __input.environmentVariables });
    return __stringify(result === undefined ? {} : { value: result });
  };`,
};

const wrap = (script: string, entry: SandboxEntry) => `(async () => {
  ${prelude}
  ${entryCalls[entry]}
  try {
    const __fn = (function () {
${script}
;return typeof ${entry} === 'function' ? ${entry} : undefined;
    })();
    if (!__fn) return __stringify({ error: { kind: 'invalid', message: 'The script does not define a ${entry} function.' } });
    return await __run(__fn);
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
  let parsed: { value?: unknown; error?: { kind: string; message: string } };
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, kind: 'invalid', message: 'The result is not JSON.' };
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
  return { ok: true, value: parsed.value };
}

/** The script's `fetch` calls in flight: each settles its QuickJS promise, unless the call is over. */
function hostFetch(context: QuickJSContext, request: SandboxRequest, deadline: number, inFlight: Set<Promise<void>>) {
  const policy = request.fetch;
  if (!policy) return undefined;
  const aborter = new AbortController();
  let made = 0;
  const deferreds = new Set<QuickJSDeferredPromise>();
  const fn = context.newFunction('fetch', (arg) => {
    const deferred = context.newPromise();
    deferreds.add(deferred);
    made += 1;
    const answer: Promise<ScriptFetchAnswer> =
      made > policy.maxRequests
        ? Promise.resolve({ error: `fetch refused: at most ${policy.maxRequests} requests per run` })
        : (async () => {
            let parsed: ScriptFetchRequest;
            try {
              parsed = JSON.parse(context.getString(arg)) as ScriptFetchRequest;
            } catch {
              return { error: 'fetch refused: a bad request' };
            }
            const left = Math.max(1, Math.min(policy.timeoutMs, deadline - Date.now()));
            return scriptFetch(parsed, policy, left, aborter.signal);
          })();
    const settled = answer.then((result) => {
      if (!deferreds.has(deferred)) return;
      deferreds.delete(deferred);
      const text = context.newString(JSON.stringify(result));
      deferred.resolve(text);
      text.dispose();
      deferred.dispose();
    });
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return deferred.handle;
  });
  return {
    fn,
    /** The call is over: stop the requests and free what they hold in the context. */
    close() {
      aborter.abort();
      for (const deferred of deferreds) deferred.dispose();
      deferreds.clear();
    },
  };
}

async function run(request: SandboxRequest): Promise<SandboxOutcome> {
  const entry = request.entry ?? 'getCustomJwtClaims';
  const deadline = Date.now() + request.timeoutMs;
  const context = runtime.newContext();
  const inFlight = new Set<Promise<void>>();
  const fetcher = hostFetch(context, request, deadline, inFlight);
  try {
    runtime.setInterruptHandler(shouldInterruptAfterDeadline(deadline));
    const input = context.newString(request.input);
    context.setProp(context.global, '__tesseraInput', input);
    input.dispose();
    if (fetcher) {
      context.setProp(context.global, '__tesseraFetch', fetcher.fn);
      fetcher.fn.dispose();
    }
    const evaluated = context.evalCode(wrap(request.script, entry), `${entry}.js`);
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
        if (jobs.value > 0 || context.getPromiseState(promise).type !== 'pending') continue;
        if (inFlight.size === 0)
          return { ok: false, kind: 'invalid', message: `${entry} returned a promise that never settles.` };
        const left = deadline - Date.now();
        if (left <= 0) return { ok: false, kind: 'timeout', message: 'The script ran past its time limit.' };
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([
          ...inFlight,
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, left);
          }),
        ]);
        clearTimeout(timer);
      }
    } finally {
      promise.dispose();
    }
  } finally {
    fetcher?.close();
    runtime.removeInterruptHandler();
    context.dispose();
  }
}

port.on('message', async (request: SandboxRequest) => {
  let reply: SandboxReply;
  try {
    const outcome = await run(request);
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
  await run({
    id: 0,
    script: 'const getCustomJwtClaims = async ({ token }) => ({ warm: [token.sub].map(String) });',
    input: '{"token":{"sub":"warm-up"},"context":{},"environmentVariables":{}}',
    timeoutMs: 10_000,
  });
// A fresh worker thread stays busy for a while after its module has run (measured 90–230 ms on
// a loaded 2-core machine): announce readiness from a timer, which fires only once it is idle,
// so no call's deadline is spent waiting for that.
setTimeout(() => port.postMessage({ ready: true }), 0);
