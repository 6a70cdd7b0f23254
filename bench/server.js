// Starts Tessera as a child process (the way `npm start` does) and a throwaway PostgreSQL.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(fileURLToPath(import.meta.url), '../..');
/** The node flags of the `start` script (a bounded young generation, docs/deployment.md "Memory"). */
export const serverNodeFlags = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word) => word.startsWith('--'));
/** V8 CPU profiles time their samples on the same monotonic clock as process.hrtime. */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Resident memory of a process and its children from /proc, in MB: `VmRSS` now, or `VmHWM` (the peaks). */
export function memoryMb(pid, field = 'VmRSS') {
  let kb = 0;
  for (const one of processTree(pid)) {
    const status = fs.readFileSync(`/proc/${one}/status`, 'utf8');
    kb += Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  }
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * Memory only this server holds, in MB: the private pages of it and its children
 * (`Private_Clean` + `Private_Dirty` from /proc/<pid>/smaps_rollup). RSS also counts the pages of
 * the node binary it has touched (about 50 MB for Node 24), which every Node process on the
 * machine shares.
 */
export function privateMb(pid) {
  let kb = 0;
  for (const one of processTree(pid)) {
    const rollup = fs.readFileSync(`/proc/${one}/smaps_rollup`, 'utf8');
    for (const field of ['Private_Clean', 'Private_Dirty'])
      kb += Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  }
  return Math.round((kb / 1024) * 10) / 10;
}

/** The process and its children (a TESSERA_WORKERS primary and its workers). */
export function processTree(pid) {
  const file = `/proc/${pid}/task/${pid}/children`;
  const children = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  return [pid, ...children.map(Number)];
}

/** CPU time (user + system) a process and its children have used so far, in ms (/proc/<pid>/stat, 100 Hz ticks). */
export function cpuMs(pid) {
  let total = 0;
  for (const one of processTree(pid)) {
    const stat = fs.readFileSync(`/proc/${one}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return total;
}

/** Whether every worker of a primary holds the listening socket of `port` (it called listen). */
function allWorkersListen(pid, port, workers) {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const line = fs
    .readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .find((row) => row.trim().split(/\s+/)[1]?.endsWith(hexPort) && row.trim().split(/\s+/)[3] === '0A');
  const socket = line && `socket:[${line.trim().split(/\s+/)[9]}]`;
  const children = processTree(pid).slice(1);
  const holds = (child) =>
    fs.readdirSync(`/proc/${child}/fd`).some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${child}/fd/${fd}`) === socket;
      } catch {
        return false;
      }
    });
  return Boolean(socket) && children.length === workers && children.every(holds);
}

/**
 * Spawns `node packages/server/dist/server.js` on a free loopback port with its own data folder
 * and measures spawn → first 200 from discovery (with `workers` > 1: until every worker
 * listens). `nodeArgs` lets a run add --cpu-prof.
 */
export async function startServer({ dbUrl, dataDir, nodeArgs = [], workers = 1 }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ENDPOINT: url,
    DB_URL: dbUrl,
    TESSERA_DATA_DIR: dataDir,
    TESSERA_LOG_LEVEL: 'warn',
    // The sign-in scenario signs one bench user in from 16 connections at once. Each password
    // check in flight holds one of the identifier's attempts until it succeeds (counted first, so
    // concurrent wrong guesses can never pass the limit), so the default 10 would refuse some.
    TESSERA_PASSWORD_MAX_ATTEMPTS: '100',
    TESSERA_WORKERS: String(workers),
  };
  const started = performance.now();
  const spawnedAt = monotonicUs();
  // The flags `npm start` and the container image start the server with.
  const child = spawn(
    process.execPath,
    [...serverNodeFlags, ...nodeArgs, path.join(root, 'packages/server/dist/server.js')],
    {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const discovery = `${url}/oidc/.well-known/openid-configuration`;
  const fail = (message) => {
    child.kill('SIGKILL');
    throw new Error(`${message}: ${stderr}`);
  };
  for (;;) {
    if (child.exitCode !== null) fail(`server exited with ${child.exitCode}`);
    const ok = await fetch(discovery).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok && (workers === 1 || allWorkersListen(child.pid, port, workers))) break;
    if (performance.now() - started > 30_000 * workers) fail(`server not ready after ${30 * workers} s`);
    await sleep(5);
  }
  return {
    pid: child.pid,
    url,
    issuer: `${url}/oidc`,
    env,
    readyMs: Math.round(performance.now() - started),
    startup: { scenario: 'start-up (spawn to ready)', from: spawnedAt, to: monotonicUs() },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The ceiling on this machine right now: bare node:http answering a fixed JSON body the size
 * of the discovery document. Every HTTP scenario is bounded by it; on a busy machine it
 * shows how much of a low figure is the machine rather than Tessera.
 */
export async function startBaseline(bytes) {
  const port = await freePort();
  const code = `const body = JSON.stringify({ pad: 'x'.repeat(${bytes}) });
require('node:http').createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(body); })
  .listen(${port}, '127.0.0.1', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function pgBinDir() {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : [];
  const candidates = [
    fromConfig.status === 0 ? fromConfig.stdout.trim() : '',
    ...versions.sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`),
  ];
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'initdb')));
}

/**
 * A throwaway PostgreSQL cluster (initdb + pg_ctl on a free port; as `postgres` when root,
 * since initdb refuses root), or undefined when the binaries are not installed.
 */
export async function startPostgres() {
  const bin = pgBinDir();
  if (!bin) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // Durable settings (fsync on) as a real install would run; only the socket goes to the temp folder.
  const options = `-p ${port} -k ${dir} -h 127.0.0.1 -c max_connections=200 -c shared_buffers=128MB`;
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', options, 'start']);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'tessera']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/tessera`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
