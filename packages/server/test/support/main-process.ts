import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';

/** The built server's entry point, as `npm start` runs it. */
export const mainJs = path.resolve(fileURLToPath(import.meta.url), '../../../dist/server.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/oidc/.well-known/openid-configuration`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

/** The server as a child process whose standard output the test reads, ready to take requests. */
export async function startMainProcess(env: Record<string, string>, url: string) {
  const child: ChildProcess = spawn(process.execPath, [mainJs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.resume();
  await waitReady(url);
  return {
    child,
    /** Everything printed so far (the setup line is printed right after the server is ready). */
    async output(settleMs = 300): Promise<string> {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return stdout;
    },
    async stop(): Promise<void> {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The environment of a server run as a child process on a free port: a SQLite file in `dir`, or a
 * new PostgreSQL database named after `prefix` and `dir` when TEST_POSTGRES=1.
 */
export async function childServerEnv(
  dir: string,
  prefix: string,
): Promise<{ env: Record<string, string>; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let dbUrl = `sqlite:${path.join(dir, 'tessera.db')}`;
  const base = inject('postgresUrl');
  if (base) {
    const name = `${prefix}_${path.basename(dir).replace(/\W/g, '_').toLowerCase()}`;
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    dbUrl = `${base}/${name}`;
  }
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    ENDPOINT: url,
    DB_URL: dbUrl,
    TESSERA_DATA_DIR: dir,
    TESSERA_LOG_LEVEL: 'silent',
    // One process: tests of several workers say so (cluster.test.ts).
    TESSERA_WORKERS: '1',
  };
  return { env, url };
}

/** Starts (and restarts) the built server as a child process, and kills it with SIGKILL. */
export function killableServer(getEnv: () => { env: Record<string, string>; url: string }) {
  let child: ChildProcess | undefined;
  return {
    async start(): Promise<void> {
      const { env, url } = getEnv();
      child = spawn(process.execPath, [mainJs], { env: { ...process.env, ...env }, stdio: 'ignore' });
      await waitReady(url);
    },
    async kill(): Promise<void> {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
