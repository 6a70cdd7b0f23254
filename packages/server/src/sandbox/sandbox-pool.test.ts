import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBreaker } from './breaker.js';
import { createSandboxPool, type WorkerLike } from './sandbox-pool.js';
import type { SandboxReply, SandboxRequest } from './sandbox-protocol.js';

/** A worker the test drives by hand: it answers only when told to. */
class FakeWorker extends EventEmitter implements WorkerLike {
  readonly received: SandboxRequest[] = [];
  terminated = false;
  postMessage(message: SandboxRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
    this.emit('exit', 1);
  }
  start() {
    this.emit('message', { ready: true });
  }
  answer(reply: Omit<SandboxReply, 'id'>, index = this.received.length - 1) {
    this.emit('message', { ...reply, id: (this.received[index] as SandboxRequest).id });
  }
}

const claims = (value: Record<string, unknown>) => ({ outcome: { ok: true as const, value: value } });

describe('sandbox pool (fake workers, fake clock)', () => {
  let workers: FakeWorker[];
  const spawn = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };
  const settled = async <T>(promise: Promise<T>) => {
    let value: T | undefined;
    void promise.then((result) => {
      value = result;
    });
    await vi.advanceTimersByTimeAsync(0);
    return value;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
  });
  afterEach(() => vi.useRealTimers());

  it('spawns its workers on the first call only, and runs one call per worker at a time', async () => {
    const pool = createSandboxPool({ size: 2, timeoutMs: 100, spawn });
    expect(workers).toHaveLength(0);
    const first = pool.run('a', '{}');
    const second = pool.run('b', '{}');
    const third = pool.run('c', '{}');
    expect(workers).toHaveLength(2);
    for (const worker of workers) worker.start();
    expect(workers.map((worker) => worker.received.map((request) => request.script))).toEqual([['a'], ['b']]);
    expect(pool.stats()).toMatchObject({ workers: 2, busy: 2, queued: 1 });
    workers[0]?.answer(claims({ n: 1 }));
    expect(await first).toEqual({ ok: true, value: { n: 1 } });
    // The freed worker takes the queued call.
    expect(workers[0]?.received.map((request) => request.script)).toEqual(['a', 'c']);
    workers[1]?.answer(claims({ n: 2 }));
    workers[0]?.answer(claims({ n: 3 }));
    expect(await second).toEqual({ ok: true, value: { n: 2 } });
    expect(await third).toEqual({ ok: true, value: { n: 3 } });
    expect(workers[0]?.received[0]?.timeoutMs).toBe(100);
  });

  it('fails calls beyond the queue bound at once as `busy`', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 100, queueLimit: 2, spawn });
    const calls = [pool.run('a', '{}'), pool.run('b', '{}')];
    expect(await pool.run('c', '{}')).toMatchObject({ ok: false, kind: 'busy' });
    workers[0]?.start();
    workers[0]?.answer(claims({}));
    expect(await calls[0]).toMatchObject({ ok: true });
    void calls[1];
  });

  it('fails a call that waited past its budget as `timeout`, counting a longer budget before any worker started', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 10_000, queueWaitMs: 250, coldStartWaitMs: 5000, spawn });
    const cold = pool.run('a', '{}');
    await vi.advanceTimersByTimeAsync(4999);
    workers[0]?.start();
    // Started within the cold-start budget: it runs.
    expect(workers[0]?.received).toHaveLength(1);
    const waiting = pool.run('b', '{}');
    await vi.advanceTimersByTimeAsync(249);
    expect(await settled(waiting)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toMatchObject({ ok: false, kind: 'timeout' });
    // It never reached the worker.
    expect(workers[0]?.received.map((request) => request.script)).toEqual(['a']);
    workers[0]?.answer(claims({}));
    expect(await cold).toMatchObject({ ok: true });
  });

  it('terminates and replaces a worker that overruns its deadline (watchdog), then serves the next call', async () => {
    const restarts: string[] = [];
    const pool = createSandboxPool({
      size: 1,
      timeoutMs: 100,
      watchdogGraceMs: 100,
      spawn,
      onRestart: (reason) => restarts.push(reason),
    });
    const stuck = pool.run('while(true){}', '{}');
    workers[0]?.start();
    await vi.advanceTimersByTimeAsync(199);
    expect(await settled(stuck)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await stuck).toMatchObject({ ok: false, kind: 'timeout' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(restarts).toEqual(['watchdog']);
    expect(pool.stats().restarts).toBe(1);
    // A late answer of the terminated worker is ignored.
    workers[0]?.answer(claims({ late: true }));
    const next = pool.run('ok', '{}');
    workers[1]?.start();
    workers[1]?.answer(claims({ fresh: true }));
    expect(await next).toEqual({ ok: true, value: { fresh: true } });
  });

  it('lets a queued call wait for a worker that is being replaced, up to the cold-start budget', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 100, queueWaitMs: 250, coldStartWaitMs: 5000, spawn });
    const stuck = pool.run('while(true){}', '{}');
    workers[0]?.start();
    const queued = pool.run('ok', '{}');
    await vi.advanceTimersByTimeAsync(200);
    expect(await stuck).toMatchObject({ ok: false, kind: 'timeout' });
    // The replacement takes a while to start: the queued call is still waiting past 250 ms.
    await vi.advanceTimersByTimeAsync(400);
    expect(await settled(queued)).toBeUndefined();
    workers[1]?.start();
    workers[1]?.answer(claims({ ok: 1 }));
    expect(await queued).toEqual({ ok: true, value: { ok: 1 } });
  });

  it('answers `crashed` when a worker dies mid-call, and respawns it; a worker that asks to retire is replaced', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 100, spawn });
    const call = pool.run('a', '{}');
    workers[0]?.start();
    workers[0]?.emit('error', new Error('wasm abort'));
    expect(await call).toMatchObject({ ok: false, kind: 'crashed' });
    expect(workers).toHaveLength(2);
    const second = pool.run('b', '{}');
    workers[1]?.start();
    workers[1]?.answer({ outcome: { ok: false, kind: 'memory', message: 'out of memory' }, retire: true });
    expect(await second).toMatchObject({ ok: false, kind: 'memory' });
    expect(workers[1]?.terminated).toBe(true);
    expect(workers).toHaveLength(3);
    expect(pool.stats().restarts).toBe(2);
  });

  it('does not respawn in a loop a worker that dies before it ever started', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 100, coldStartWaitMs: 1000, spawn });
    const call = pool.run('a', '{}');
    workers[0]?.emit('exit', 1);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await call).toMatchObject({ ok: false, kind: 'timeout' });
    void pool.run('b', '{}');
    expect(workers).toHaveLength(2);
  });

  it('fails everything pending when closed', async () => {
    const pool = createSandboxPool({ size: 1, timeoutMs: 100, spawn });
    const running = pool.run('a', '{}');
    const queued = pool.run('b', '{}');
    workers[0]?.start();
    await pool.close();
    expect(await running).toMatchObject({ ok: false, kind: 'crashed' });
    expect(await queued).toMatchObject({ ok: false, kind: 'crashed' });
    expect(workers[0]?.terminated).toBe(true);
    expect(await pool.run('c', '{}')).toMatchObject({ ok: false, kind: 'crashed' });
  });
});

describe('circuit breaker', () => {
  it('opens after 5 consecutive costly failures of one version, for 30 s, then lets one call through', () => {
    let now = 0;
    const opened: string[] = [];
    const breaker = createBreaker({ clock: () => now, onOpen: (key) => opened.push(key) });
    for (let i = 0; i < 4; i++) breaker.record('v1', 'timeout');
    expect(breaker.isOpen('v1')).toBe(false);
    breaker.record('v1', 'memory');
    expect(breaker.isOpen('v1')).toBe(true);
    expect(opened).toEqual(['v1']);
    // Another version (an edited script) is not affected.
    expect(breaker.isOpen('v2')).toBe(false);
    now = 29_999;
    expect(breaker.isOpen('v1')).toBe(true);
    now = 30_000;
    expect(breaker.isOpen('v1')).toBe(false);
    // Half-open: one more costly failure reopens it at once.
    breaker.record('v1', 'crashed');
    expect(breaker.isOpen('v1')).toBe(true);
  });

  it('counts only consecutive timeouts, memory failures and crashes', () => {
    const breaker = createBreaker({ clock: () => 0 });
    for (let i = 0; i < 4; i++) breaker.record('v', 'timeout');
    breaker.record('v', undefined);
    for (let i = 0; i < 4; i++) breaker.record('v', 'timeout');
    expect(breaker.isOpen('v')).toBe(false);
    for (let i = 0; i < 10; i++) breaker.record('w', 'thrown');
    for (let i = 0; i < 10; i++) breaker.record('w', 'denied');
    expect(breaker.isOpen('w')).toBe(false);
  });
});
