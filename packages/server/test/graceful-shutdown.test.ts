import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childServerEnv, startMainProcess } from './support/main-process.js';
import {
  type Credentials,
  managementToken,
  type Outcome,
  seedManagementCredentials,
  timedRequest,
} from './support/operations.js';
import { dialect, freshDatabaseUrl, startTestServer } from './support/server.js';

/**
 * The real server (`node dist/server.js`) under load from keep-alive clients, with slow uploads in
 * flight, stopped with SIGTERM.
 *
 * "Sent before the signal" means: the request's headers had been handed to the operating system
 * (the write callback of node:http ran) before the test sent SIGTERM. Every such request must get
 * its normal answer, whether it was being processed, its body was still arriving, or it sat in the
 * server's socket buffer. A request that starts after the signal may instead fail to connect
 * (the listener is closed: ECONNREFUSED) or find its idle keep-alive socket closed (ECONNRESET,
 * socket hang up), which is how a client learns to go to another node; it never gets an error
 * status.
 */
describe(`graceful shutdown under load (${dialect})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-shutdown-'));
  const applicationName = `tessera_shutdown_${process.pid}`;
  let env: Record<string, string>;
  let url: string;
  let credentials: Credentials;

  beforeAll(async () => {
    ({ env, url } = await childServerEnv(dir, 'shutdown'));
    if (dialect === 'postgres') env.DB_URL = `${env.DB_URL}?application_name=${applicationName}`;
    env.TESSERA_LOG_LEVEL = 'info';
    env.TESSERA_SHUTDOWN_TIMEOUT_SECONDS = '10';
    credentials = await seedManagementCredentials(env);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finishes every request sent before SIGTERM, closes the database and exits 0', async () => {
    const server = await startMainProcess(env, url);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      server.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const token = await managementToken(url, credentials);

    // Four keep-alive clients, one socket each, reading and writing until their server goes away.
    const outcomes: Outcome[] = [];
    let stopAt = Number.POSITIVE_INFINITY;
    const agents: http.Agent[] = [];
    const client = async (n: number) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      for (let i = 0; performance.now() < stopAt; i++) {
        const outcome = await timedRequest(
          agent,
          url,
          token,
          i % 2
            ? { method: 'GET', path: '/api/users?page_size=5' }
            : { method: 'POST', path: '/api/users', body: { username: `load_${n}_${i}` } },
        );
        outcomes.push(outcome);
        if (outcome.error) return;
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // Three uploads whose body is half sent when the signal comes, and completed 1.5 s later.
    const slowAgent = new http.Agent({ keepAlive: true });
    agents.push(slowAgent);
    const slow = [0, 1, 2].map((n) =>
      timedRequest(slowAgent, url, token, {
        method: 'POST',
        path: '/api/users',
        body: { username: `slow_${n}`, name: 'x'.repeat(120) },
        trickleMs: 1500,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalAt = performance.now();
    server.child.kill('SIGTERM');
    // The clients go on until they fail; no new request starts 3 s after the signal.
    stopAt = signalAt + 3000;
    const slowOutcomes = await Promise.all(slow);
    await Promise.all(clients);
    const { code, signal } = await exited;
    for (const agent of agents) agent.destroy();

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const all = [...outcomes, ...slowOutcomes];
    const before = all.filter((outcome) => outcome.sentAt !== undefined && outcome.sentAt < signalAt);
    const failedBefore = before.filter((outcome) => outcome.status !== 200);
    expect(failedBefore, 'requests sent before the signal that did not get their answer').toEqual([]);
    expect(before.length).toBeGreaterThan(10);
    // The slow uploads were in flight: answered after the signal, and in full.
    for (const outcome of slowOutcomes) {
      expect(outcome.sentAt).toBeLessThan(signalAt);
      expect(outcome.endedAt).toBeGreaterThan(signalAt + 1000);
      expect(outcome.status).toBe(200);
      expect(JSON.parse(outcome.body ?? '{}').name).toBe('x'.repeat(120));
    }
    // Answers given during the drain tell the client not to reuse the connection.
    const answeredAfter = all.filter((outcome) => outcome.status !== undefined && outcome.endedAt > signalAt);
    expect(answeredAfter.length).toBeGreaterThanOrEqual(slowOutcomes.length);
    for (const outcome of answeredAfter) {
      if ((outcome.sentAt ?? 0) > signalAt) expect(outcome.connection).toBe('close');
    }
    // Whatever started after the signal was refused at the connection, never answered with an error.
    for (const outcome of all.filter((o) => !before.includes(o))) {
      if (outcome.status !== undefined) expect(outcome.status).toBe(200);
      else expect(outcome.error).toMatch(/ECONNREFUSED|ECONNRESET|socket hang up/);
    }

    const log = await server.output(0);
    expect(log).toContain('"msg":"Tessera is stopping"');
    expect(log).toContain('"msg":"Tessera stopped"');
    expect(log).not.toContain('shutdown timeout reached');

    if (dialect === 'postgres') expect(await backends(env.DB_URL as string, applicationName)).toBe(0);
  }, 60_000);

  it('cuts requests still running at the shutdown timeout, says so and still exits 0', async () => {
    const server = await startMainProcess({ ...env, TESSERA_SHUTDOWN_TIMEOUT_SECONDS: '1' }, url);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    const token = await managementToken(url, credentials);
    const agent = new http.Agent({ keepAlive: true });
    // An upload whose body would end only after 20 s.
    const stuck = timedRequest(agent, url, token, {
      method: 'POST',
      path: '/api/users',
      body: { username: 'stuck' },
      trickleMs: 20_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalAt = performance.now();
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const outcome = await stuck;
    agent.destroy();
    expect(outcome.error).toMatch(/ECONNRESET|socket hang up/);
    expect(outcome.endedAt - signalAt).toBeGreaterThan(900);
    expect(outcome.endedAt - signalAt).toBeLessThan(10_000);
    const log = await server.output(0);
    expect(log).toContain('"requests":1,"msg":"shutdown timeout reached: requests still in flight were cut"');
    expect(log).toContain('"msg":"Tessera stopped"');
  });

  // In this process, so the pool's connections can only have ended because close() ended them.
  it.runIf(dialect === 'postgres')('close() ends every database connection of the node', async () => {
    const name = `tessera_close_${process.pid}`;
    const dbUrl = `${await freshDatabaseUrl(fs.mkdtempSync(path.join(dir, 'close-')))}?application_name=${name}`;
    const server = await startTestServer({ DB_URL: dbUrl, TESSERA_DB_POOL_SIZE: '4' });
    const seeded = await seedManagementCredentials({ DB_URL: dbUrl, TESSERA_DATA_DIR: server.dataDir });
    const token = await managementToken(server.url, seeded);
    await Promise.all(
      [1, 2, 3, 4].map(() => fetch(`${server.url}/api/users`, { headers: { authorization: `Bearer ${token}` } })),
    );
    expect(await backends(dbUrl, name)).toBeGreaterThan(0);
    await server.stop();
    await expect.poll(() => backends(dbUrl, name), { timeout: 5000 }).toBe(0);
  });
});

/** PostgreSQL connections open under this application name. */
async function backends(dbUrl: string, applicationName: string): Promise<number> {
  const admin = new pg.Client({ connectionString: new URL('/postgres', dbUrl).href.split('?')[0] });
  await admin.connect();
  try {
    const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where application_name = $1', [
      applicationName,
    ]);
    return rows[0].n;
  } finally {
    await admin.end();
  }
}
