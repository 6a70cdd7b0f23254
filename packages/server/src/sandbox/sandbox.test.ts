import { afterAll, describe, expect, it } from 'vitest';
import { createSandboxPool, workerSpawner } from './sandbox-pool.js';

/**
 * The real sandbox (QuickJS/wasm in a worker thread, from the built dist/): what a hostile or
 * broken script gets, and that the host process and the next call are unharmed.
 */
describe('sandbox workers (QuickJS in WebAssembly)', { timeout: 60_000 }, () => {
  const restarts: string[] = [];
  const pool = createSandboxPool({
    size: 1,
    timeoutMs: 100,
    spawn: workerSpawner({ memoryMb: 64, heapMb: 32, stackKb: 512 }),
    onRestart: (reason) => restarts.push(reason),
  });
  afterAll(() => pool.close());
  const input = JSON.stringify({
    token: { sub: 'user-1' },
    context: { user: { customData: { plan: 'pro' } } },
    environmentVariables: { KEY: 'value' },
  });
  const run = (body: string) =>
    pool.run(`const getCustomJwtClaims = async ({ token, context, environmentVariables, api }) => { ${body} };`, input);
  const healthy = async () =>
    expect(await run('return { plan: context.user.customData.plan };')).toEqual({ ok: true, value: { plan: 'pro' } });

  it('gives the script the token, the context and the environment, and answers its claims', async () => {
    expect(
      await run('return { sub: token.sub, plan: context.user.customData.plan, key: environmentVariables.KEY };'),
    ).toEqual({
      ok: true,
      value: { sub: 'user-1', plan: 'pro', key: 'value' },
    });
    // Other script shapes Logto accepts: a function declaration.
    expect(await pool.run('function getCustomJwtClaims() { return { a: 1 }; }', input)).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it('tells api.denyAccess apart from other errors', async () => {
    expect(await run("api.denyAccess('Plan expired');")).toEqual({
      ok: false,
      kind: 'denied',
      message: 'Plan expired',
    });
    expect(await run("throw new Error('boom');")).toEqual({ ok: false, kind: 'thrown', message: 'boom' });
    expect(await pool.run('const x = 1;', input)).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await pool.run('this is not javascript', input)).toMatchObject({ ok: false, kind: 'thrown' });
  });

  it('exposes no host: process, require, fetch, timers, the file system, or the host global', async () => {
    expect(
      await run(
        'return { process: typeof process, require: typeof require, fetch: typeof fetch, setTimeout: typeof setTimeout, Buffer: typeof Buffer };',
      ),
    ).toEqual({
      ok: true,
      value: {
        process: 'undefined',
        require: 'undefined',
        fetch: 'undefined',
        setTimeout: 'undefined',
        Buffer: 'undefined',
      },
    });
    expect(await run("const fs = await import('fs'); return { read: typeof fs.readFileSync };")).toMatchObject({
      ok: false,
      kind: 'thrown',
    });
    expect(await run("const fs = await import('node:fs'); return {};")).toMatchObject({ ok: false, kind: 'thrown' });
    expect(
      await run(
        "const g = ({}).constructor.constructor('return this')(); return { process: typeof g.process, require: typeof g.require };",
      ),
    ).toEqual({ ok: true, value: { process: 'undefined', require: 'undefined' } });
  });

  it('contains an endless loop, before and after an await, within the deadline plus the watchdog', async () => {
    for (const body of [
      'while (true) {}',
      'await null; while (true) {}',
      'for (;;) { try { while (true) {} } catch {} }',
    ]) {
      const started = performance.now();
      expect(await run(body), body).toMatchObject({ ok: false, kind: 'timeout' });
      expect(performance.now() - started, body).toBeLessThan(1000);
      await healthy();
    }
  });

  it('contains huge allocations and unbounded recursion without harming the host', async () => {
    const rssBefore = process.memoryUsage().rss;
    for (const body of [
      'new Array(1e8).fill(1); return {};',
      "const parts = []; for (;;) parts.push('x'.repeat(1 << 20) + parts.length);",
      'const f = (n) => f(n + 1) + 1; return { n: f(0) };',
    ]) {
      const outcome = await run(body);
      expect(outcome.ok, body).toBe(false);
      expect(['memory', 'timeout'], body).toContain(outcome.ok ? 'ok' : outcome.kind);
      await healthy();
    }
    // The worker's wasm memory has a hard ceiling (64 MB): the host grew by far less than the script asked for.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  });

  it('stops a built-in that ignores the interrupt with the watchdog, and replaces the worker', async () => {
    const before = restarts.length;
    const started = performance.now();
    expect(
      await run("const s = 'a'.repeat(1 << 23) + 'b'; const n = 'a'.repeat(1 << 12) + 'c'; for (;;) s.indexOf(n);"),
    ).toMatchObject({ ok: false, kind: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(restarts.slice(before)).toEqual(['watchdog']);
    await healthy();
  });

  it('answers `invalid` for a promise that never settles and for a result that is not a plain object', async () => {
    expect(await run('return new Promise(() => {});')).toMatchObject({ ok: false, kind: 'invalid' });
    for (const body of ['return 42;', 'return [1];', 'return null;', 'return;'])
      expect(await run(body), body).toMatchObject({ ok: false, kind: 'invalid' });
    await healthy();
  });

  it('keeps nothing from one call to the next (a fresh context each time)', async () => {
    expect(await pool.run('globalThis.leak = 42; function getCustomJwtClaims() { return {}; }', input)).toMatchObject({
      ok: true,
    });
    expect(await run('return { leaked: typeof globalThis.leak };')).toEqual({
      ok: true,
      value: { leaked: 'undefined' },
    });
  });

  it('replaced workers only when it had to (watchdog or wasm failures)', () => {
    expect(restarts.every((reason) => reason === 'watchdog' || reason === 'retired')).toBe(true);
    expect(pool.stats().workers).toBe(1);
  });
});
