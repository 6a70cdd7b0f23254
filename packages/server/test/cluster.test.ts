import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationQuery } from './support/authorization-query.js';
import { cli, ensureBuiltCli } from './support/cli.js';
import { childServerEnv, mainJs } from './support/main-process.js';
import { dialect } from './support/server.js';

/**
 * `npm start` with TESSERA_WORKERS=2: a primary and two workers sharing the port. Each request
 * below opens its own connection, which the primary hands to the workers in turn, so a run of
 * them reaches both workers.
 */
const boundMs = 1000;

/** A GET on a fresh connection: its status, or 0 when it fails or takes over 5 s. */
function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 5000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** Waits (outside a test, where expect.poll cannot run) until `check` holds. */
async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The process ids of a process's children (the workers of a primary). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

describe(`TESSERA_WORKERS=2 (${dialect})`, { timeout: 120_000 }, () => {
  let dir: string;
  let url: string;
  let primary: ChildProcess;
  let stdout = '';
  let token: string;

  const api = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${url}/api${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  /** Twelve authorization requests on fresh connections: how many were accepted (a redirect to sign in). */
  async function accepted(clientId: string, redirectUri: string): Promise<number> {
    const query = authorizationQuery(clientId, redirectUri);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => get(`${url}/oidc/auth?${query}`)));
    return statuses.filter((status) => status === 303).length;
  }

  beforeAll(async () => {
    ensureBuiltCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-cluster-'));
    const child = await childServerEnv(dir, 'cluster');
    url = child.url;
    const env = { ...child.env, TESSERA_WORKERS: '2', TESSERA_LOG_LEVEL: 'info' };
    const m2m = JSON.parse((await cli(env, ['m2m', 'create', '--name', 'Cluster test', '--json'])).stdout);
    primary = spawn(process.execPath, [mainJs], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    primary.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    primary.stderr?.resume();
    await waitFor(() => stdout.includes('"msg":"Tessera is ready"'), 60_000);
    const response = await fetch(m2m.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: m2m.id,
        client_secret: m2m.secret,
        resource: m2m.resource,
        scope: 'all',
      }),
    });
    token = (await response.json()).access_token;
  });
  afterAll(async () => {
    if (primary && primary.exitCode === null) {
      primary.kill('SIGKILL');
      for (const pid of childrenOf(primary.pid as number)) process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says it is ready once, after both workers listen, and prints the setup link once', async () => {
    expect(childrenOf(primary.pid as number)).toHaveLength(2);
    expect(stdout.match(/"msg":"Tessera is ready"/g)).toHaveLength(1);
    expect(stdout).toContain('"workers":2');
    await expect.poll(() => stdout.includes('No administrator yet'), { timeout: 10_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stdout.match(/No administrator yet/g)).toHaveLength(1);
  });

  it('a change made through one worker is in effect on every worker within a second', async () => {
    const created = await api('POST', '/applications', {
      name: 'Cluster web app',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['https://app.example/one'], postLogoutRedirectUris: [] },
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    // Both workers cache the client record.
    expect(await accepted(id, 'https://app.example/one')).toBe(12);

    const patched = await api('PATCH', `/applications/${id}`, {
      oidcClientMetadata: { redirectUris: ['https://app.example/two'] },
    });
    expect(patched.status).toBe(200);
    const started = Date.now();
    while ((await accepted(id, 'https://app.example/two')) < 12) {
      expect(Date.now() - started).toBeLessThan(boundMs);
    }
    expect(await accepted(id, 'https://app.example/one')).toBe(0);
    // Both workers answered these requests (their request log lines name them).
    const answeredBy = new Set(
      stdout
        .split('\n')
        .filter((line) => line.includes('"path":"/oidc/auth"'))
        .map((line) => JSON.parse(line).pid),
    );
    expect(answeredBy.size).toBe(2);
  });

  it('a worker that dies is replaced, and requests keep succeeding meanwhile', async () => {
    const workers = childrenOf(primary.pid as number);
    const victim = workers[0] as number;
    process.kill(victim, 'SIGKILL');
    const discovery = `${url}/oidc/.well-known/openid-configuration`;
    const statuses: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 2000) statuses.push(...(await Promise.all([get(discovery), get(discovery)])));
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.every((status) => status === 200)).toBe(true);
    let replacement = 0;
    await expect
      .poll(
        () => {
          const now = childrenOf(primary.pid as number);
          replacement = now.find((pid) => !workers.includes(pid)) ?? 0;
          return now.length === 2 && !now.includes(victim);
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBe(true);
    expect(stdout).toContain('a worker exited unexpectedly');
    // The new worker is handed connections too, once it listens (its request log lines name it).
    await expect
      .poll(
        async () => {
          const after = await Promise.all(Array.from({ length: 4 }, () => get(discovery)));
          expect(after.every((status) => status === 200)).toBe(true);
          return stdout.includes(`"pid":${replacement},`);
        },
        { timeout: 60_000, interval: 200 },
      )
      .toBe(true);
  });

  it('SIGTERM stops the workers and then the primary, with exit code 0', async () => {
    const workers = childrenOf(primary.pid as number);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
  });
});
