import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fromServerPackage } from '../package-dir.js';
import type {
  SandboxEntry,
  SandboxFetchPolicy,
  SandboxOutcome,
  SandboxReply,
  SandboxRequest,
  SandboxWorkerLimits,
} from './sandbox-protocol.js';

/** The part of a worker thread the pool uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: SandboxRequest): void;
  on(event: 'message', listener: (message: SandboxReply | { ready: true }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  /**
   * Takes, synchronously, a message the worker already sent but the event loop has not delivered
   * yet: the watchdog checks it before stopping a worker, so a busy host never mistakes a
   * finished call for an overrun.
   */
  takeMessage?(): SandboxReply | { ready: true } | undefined;
}

export interface SandboxPoolOptions {
  /** Worker threads; each runs one call at a time. */
  size: number;
  /** The deadline a call gets (interrupt while it computes; also bounds its `fetch` waits). */
  timeoutMs: number;
  /** The function scripts of this pool define (default `getCustomJwtClaims`). */
  entry?: SandboxEntry;
  /** The injected `fetch`; absent, scripts have none. */
  fetch?: SandboxFetchPolicy;
  /** The host watchdog terminates a worker this long after the deadline (built-ins ignore the interrupt). */
  watchdogGraceMs?: number;
  /** Calls waiting for a worker, at most; more fail at once as `busy`. */
  queueLimit?: number;
  /** How long a call may wait for a worker before it fails as `timeout`. */
  queueWaitMs?: number;
  /** The wait allowed while no worker has started yet (cold start: spawn and compile the wasm). */
  coldStartWaitMs?: number;
  spawn: () => WorkerLike;
  /** A worker was replaced (watchdog, crash, or a wasm failure it reported). */
  onRestart?: (reason: 'watchdog' | 'crashed' | 'retired') => void;
}

interface Job {
  script: string;
  input: string;
  resolve: (outcome: SandboxOutcome) => void;
  waitTimer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: WorkerLike;
  ready: boolean;
  current?: { id: number; job: Job; watchdog: ReturnType<typeof setTimeout> };
}

const fail = (kind: 'timeout' | 'busy' | 'crashed', message: string): SandboxOutcome => ({ ok: false, kind, message });

/**
 * Runs scripts on a small pool of sandbox workers with a bounded queue. A slow or hostile script
 * costs only its own calls: it never blocks the event loop, its worker is terminated and
 * replaced when it overruns, and callers waiting too long give up.
 */
export function createSandboxPool(options: SandboxPoolOptions) {
  const grace = options.watchdogGraceMs ?? 100;
  const queueLimit = options.queueLimit ?? 32;
  const queueWaitMs = options.queueWaitMs ?? 250;
  const coldStartWaitMs = options.coldStartWaitMs ?? 5000;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let restarts = 0;
  let closed = false;

  function spawnSlot(): Slot {
    const slot: Slot = { worker: options.spawn(), ready: false };
    const own = () => slots.includes(slot);
    slot.worker.on('message', (message) => onMessage(slot, message));
    const died = () => {
      if (!own()) return;
      const current = slot.current;
      if (current) {
        clearTimeout(current.watchdog);
        current.job.resolve(fail('crashed', 'The sandbox failed.'));
      }
      replace(slot, 'crashed');
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', died);
    return slot;
  }

  function onMessage(slot: Slot, message: SandboxReply | { ready: true }) {
    if (!slots.includes(slot)) return;
    if ('ready' in message) {
      slot.ready = true;
      dispatch();
      return;
    }
    const current = slot.current;
    if (!current || current.id !== message.id) return;
    clearTimeout(current.watchdog);
    slot.current = undefined;
    current.job.resolve(message.outcome);
    if (message.retire) replace(slot, 'retired');
    dispatch();
  }

  function replace(slot: Slot, reason: 'watchdog' | 'crashed' | 'retired') {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slot.current = undefined;
    // Out of the pool first, so the events of its termination are ignored.
    if (closed) slots.splice(index, 1);
    // A worker that died before it ever started (a broken install) is not respawned in a loop:
    // the next call spawns again.
    else if (!slot.ready && reason === 'crashed') slots.splice(index, 1);
    else slots[index] = spawnSlot();
    void Promise.resolve(slot.worker.terminate()).catch(() => undefined);
    restarts += 1;
    options.onRestart?.(reason);
    dispatch();
  }

  function dispatch() {
    for (const slot of slots) {
      if (!slot.ready || slot.current) continue;
      const job = queue.shift();
      if (!job) return;
      clearTimeout(job.waitTimer);
      nextId += 1;
      const id = nextId;
      const watchdog = setTimeout(() => {
        for (let late = slot.worker.takeMessage?.(); late; late = slot.worker.takeMessage?.()) onMessage(slot, late);
        if (slot.current?.id !== id) return;
        job.resolve(fail('timeout', 'The script ran past its time limit (its worker was stopped).'));
        replace(slot, 'watchdog');
      }, options.timeoutMs + grace);
      slot.current = { id, job, watchdog };
      slot.worker.postMessage({
        id,
        script: job.script,
        input: job.input,
        timeoutMs: options.timeoutMs,
        ...(options.entry && { entry: options.entry }),
        ...(options.fetch && { fetch: options.fetch }),
      });
    }
  }

  return {
    /** Runs the pool's entry function of `script` on `input` (its argument as JSON). */
    run(script: string, input: string): Promise<SandboxOutcome> {
      if (closed) return Promise.resolve(fail('crashed', 'The sandbox is shut down.'));
      if (queue.length >= queueLimit) return Promise.resolve(fail('busy', 'Too many scripts are waiting to run.'));
      while (slots.length < options.size) slots.push(spawnSlot());
      return new Promise<SandboxOutcome>((resolve) => {
        const job: Job = { script, input, resolve };
        const enqueuedAt = Date.now();
        const giveUp = () => {
          const index = queue.indexOf(job);
          if (index === -1) return;
          // While every worker is (re)starting, a call waits for one up to the cold-start budget.
          const waited = Date.now() - enqueuedAt;
          if (!slots.some((slot) => slot.ready) && waited < coldStartWaitMs) {
            job.waitTimer = setTimeout(giveUp, coldStartWaitMs - waited);
            return;
          }
          queue.splice(index, 1);
          resolve(fail('timeout', 'The script waited too long for a sandbox.'));
        };
        job.waitTimer = setTimeout(giveUp, queueWaitMs);
        queue.push(job);
        dispatch();
      });
    },
    stats() {
      return {
        workers: slots.length,
        busy: slots.filter((slot) => slot.current).length,
        queued: queue.length,
        restarts,
      };
    },
    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0)) {
        clearTimeout(job.waitTimer);
        job.resolve(fail('crashed', 'The sandbox is shut down.'));
      }
      const all = slots.splice(0);
      for (const slot of all) {
        if (slot.current) {
          clearTimeout(slot.current.watchdog);
          slot.current.job.resolve(fail('crashed', 'The sandbox is shut down.'));
        }
      }
      await Promise.all(all.map((slot) => Promise.resolve(slot.worker.terminate()).catch(() => undefined)));
    },
  };
}

export type SandboxPool = ReturnType<typeof createSandboxPool>;

/**
 * The worker's file, tsc's build of sandbox-worker.ts in dist/, whether this module runs from
 * there, from the bundle (dist/server.js) or from source in the tests (run `npm run build` first).
 */
export function sandboxWorkerUrl(): URL {
  return pathToFileURL(fromServerPackage('dist/sandbox/sandbox-worker.js'));
}

/** Spawns real sandbox workers with these limits; they never keep the process alive. */
export function workerSpawner(limits: SandboxWorkerLimits): () => WorkerLike {
  const url = sandboxWorkerUrl();
  // QuickJS's wasm is compiled once, off the event loop, and handed to every later worker, so a
  // replacement worker only instantiates it (the first worker compiles its own meanwhile).
  let compiled: WebAssembly.Module | undefined;
  let started = false;
  const compileOnce = () => {
    // Started by the first spawn, so a server whose scripts never run never compiles it.
    if (started) return;
    started = true;
    void fs.promises
      .readFile(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm'))
      .then((bytes) => WebAssembly.compile(bytes))
      .then(
        (module) => {
          compiled = module;
        },
        () => undefined,
      );
  };
  return () => {
    compileOnce();
    // Calls and answers go over a channel of our own, so the watchdog can read an answer synchronously.
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(url, {
      workerData: { limits, port: port2, ...(compiled && { wasmModule: compiled }) },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    worker.unref();
    const like: WorkerLike = {
      postMessage: (message) => port1.postMessage(message),
      on(event: 'message' | 'error' | 'exit', listener: (value: never) => void) {
        if (event === 'message') {
          port1.on('message', listener as (value: unknown) => void);
          port1.unref();
        } else worker.on(event, listener as (value: unknown) => void);
        return like;
      },
      terminate() {
        port1.close();
        return worker.terminate();
      },
      takeMessage: () => receiveMessageOnPort(port1)?.message,
    };
    return like;
  };
}
