// `npm run bench`: starts Tessera as a child process on SQLite (and PostgreSQL when its
// binaries are installed), seeds it, measures start-up time and idle memory, then drives
// each scenario. Prints a table and writes bench/results/latest.json.
//
// Env: BENCH_DURATION (seconds per scenario, default 10), BENCH_CONNECTIONS (default 50),
// BENCH_SIGNIN_CONCURRENCY (default 16), BENCH_DIALECTS (sqlite,postgres),
// BENCH_SCENARIOS (comma-separated names), BENCH_PROFILE=1 (CPU profile of the server
// per dialect into bench/results/profiles/, summarised per scenario by bench/profile.js),
// BENCH_NODE_ARGS (extra node flags for the server, e.g. "--import ./experiment.js"),
// BENCH_IMPORT_USERS (users for the `users import (CLI)` scenario, default 100000),
// BENCH_WORKERS (comma-separated TESSERA_WORKERS values, e.g. 1,2: each runs the scenarios and
// the 1 → N scaling is printed; default 1,2 on two or more cores, else 1; rows of N > 1 are labelled `<dialect>/<N>w`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchImport, importScenario } from './import.js';
import { summarize } from './profile.js';
import { cannon, loadGenerator, scenarios } from './scenarios.js';
import { auditLogCounts, seed } from './seed.js';
import { cpuMs, memoryMb, monotonicUs, privateMb, root, startBaseline, startPostgres, startServer } from './server.js';
import { signIn } from './signin.js';

const load = {
  seconds: Number(process.env.BENCH_DURATION ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  signInConcurrency: Number(process.env.BENCH_SIGNIN_CONCURRENCY ?? 16),
};
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
// One worker, then two where there are two cores: the 1 → 2 scaling is part of every default run.
const workerCounts = (process.env.BENCH_WORKERS ?? (os.cpus().length >= 2 ? '1,2' : '1')).split(',').map(Number);
const selected = process.env.BENCH_SCENARIOS?.split(',') ?? [...Object.keys(scenarios), importScenario];
const serverScenarios = selected.filter((name) => name !== importScenario);
const profile = process.env.BENCH_PROFILE === '1';
const resultsDir = path.join(root, 'bench/results');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const loadAtStart = os.loadavg().map((v) => Math.round(v * 100) / 100);
if (loadAtStart[0] > os.cpus().length / 2) {
  console.warn(`Load average is ${loadAtStart[0]} on ${os.cpus().length} CPUs: other work will lower the figures.`);
}

/** One request of each kind, so lazy code paths and caches are in place before measuring. */
async function warmUp(server, seeded) {
  for (const url of ['/.well-known/openid-configuration', '/jwks']) await (await fetch(server.issuer + url)).text();
  for (let i = 0; i < 3; i++) {
    const tokens = await signIn(server, seeded.web);
    await (await fetch(`${server.issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).text();
  }
}

async function runDialect(dialect, workers) {
  const postgres = dialect === 'postgres' ? await startPostgres() : undefined;
  if (dialect === 'postgres' && !postgres) {
    console.log('PostgreSQL binaries not found (apt-get install postgresql): skipping postgres');
    return undefined;
  }
  try {
    return await runOn(dialect, postgres?.url, workers);
  } finally {
    postgres?.stop();
  }
}

async function runOn(dbDialect, postgresUrl, workers) {
  const dialect = workers === 1 ? dbDialect : `${dbDialect}/${workers}w`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tessera-bench-${dbDialect}-`));
  const dbUrl = postgresUrl ?? `sqlite:${path.join(dataDir, 'tessera.db')}`;
  const profileDir = path.join(resultsDir, 'profiles', dialect.replace('/', '-'));
  if (profile) fs.rmSync(profileDir, { recursive: true, force: true });
  const nodeArgs = [
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  const server = await startServer({ dbUrl, dataDir, nodeArgs, workers }).catch((error) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const windows = [server.startup];
  try {
    console.log(`${dialect}: ready in ${server.readyMs} ms (pid ${server.pid})`);
    const seeded = await seed(server);
    await warmUp(server, seeded);
    await sleep(3000);
    const idleRssMb = memoryMb(server.pid);
    const idlePrivateMb = privateMb(server.pid);
    console.log(`${dialect}: idle RSS ${idleRssMb} MB, of which private ${idlePrivateMb} MB`);
    const rows = [];
    for (const name of serverScenarios) {
      const scenario = scenarios[name];
      if (!scenario) throw new Error(`unknown scenario "${name}" (known: ${Object.keys(scenarios).join(', ')})`);
      const state = scenario.prepare ? await scenario.prepare(server, seeded, load) : seeded;
      const { row, window } = await measure(server.pid, name, dialect, () => scenario.run(server, state, load));
      rows.push(row);
      windows.push(window);
    }
    const auditLogs = await auditLogCounts(server, seeded, [
      'ExchangeTokenBy.AuthorizationCode',
      'ExchangeTokenBy.ClientCredentials',
      'ExchangeTokenBy.RefreshToken',
      'Interaction.SignIn.Submit',
    ]);
    console.log(`${dialect}: audit log rows written ${JSON.stringify(auditLogs)}`);
    const peakRssMb = memoryMb(server.pid, 'VmHWM');
    // A restart on the same database and data folder: what a rolling deploy or a new replica
    // waits for (the first start above also creates the schema and the keys).
    await server.stop();
    const again = await startServer({ dbUrl, dataDir, workers });
    await again.stop();
    console.log(`${dialect}: ready again in ${again.readyMs} ms on the same database`);
    return {
      dialect,
      readyMs: server.readyMs,
      restartReadyMs: again.readyMs,
      idleRssMb,
      idlePrivateMb,
      peakRssMb,
      auditLogs,
      rows,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (profile) {
      // Kept beside the profiles, so `node bench/profile.js <dir>` can summarise per scenario again.
      fs.writeFileSync(path.join(profileDir, 'windows.json'), JSON.stringify(windows));
      summarize(profileDir, windows);
    }
  }
}

const bareNode = 'baseline: bare node:http';
/** Rows run by autocannon at `BENCH_CONNECTIONS`, off the password hashing path (for the p99 target). */
const offHashingPath = (row) => row.scenario !== bareNode && !row.scenario.startsWith('password sign-in');

function formatTable(header, lines) {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => String(line[i]).length)));
  const format = (cells) =>
    cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/**
 * Every row with the server's CPU per request and its throughput as a share of bare node:http
 * on the same machine in the same run. The sign-in row counts complete flows: flows/s, and
 * latency and CPU per flow.
 */
function table(rows) {
  const baseline = rows.find((r) => r.scenario === bareNode)?.rps;
  const header = ['scenario', 'dialect', 'req/s', '% bare node', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req'];
  const lines = rows.map((r) => [
    r.scenario,
    r.dialect,
    r.rps.toFixed(0),
    baseline && r.scenario !== bareNode && offHashingPath(r) ? `${((r.rps / baseline) * 100).toFixed(0)}%` : '',
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    r.errors,
    r.serverCpuMsPerRequest.toFixed(3),
  ]);
  return formatTable(header, lines);
}

/** Start-up and memory per dialect. */
function processTable(results) {
  const header = ['process', 'dialect', 'ready ms', 'restart ms', 'idle RSS MB', 'idle private MB', 'peak RSS MB'];
  // A `/2w` dialect is a run with two workers: its memory is summed over the server's processes.
  const lines = results.map((r) => [
    r.dialect.includes('/') ? `tessera (${r.dialect.split('/')[1].replace('w', '')} workers)` : 'tessera (1 process)',
    r.dialect,
    r.readyMs,
    r.restartReadyMs,
    r.idleRssMb,
    r.idlePrivateMb,
    r.peakRssMb,
  ]);
  return formatTable(header, lines);
}

/** Issue 15's targets, per dialect: CPU per request on one core, share of bare node, tail latency, memory, start. */
function checkTargets(result, baselineRps) {
  const row = (name) => result.rows.find((r) => r.scenario === name);
  const cpu = (name) => row(name)?.serverCpuMsPerRequest;
  const share = (name) => (row(name) && baselineRps ? (row(name).rps / baselineRps) * 100 : undefined);
  const offPath = result.rows.filter(offHashingPath);
  const worstP99 = offPath.length ? Math.max(...offPath.map((r) => r.p99)) : undefined;
  const targets = [
    ['client credentials ≤ 0.4 ms CPU/req', cpu('client credentials'), (v) => v <= 0.4, 3],
    ['refresh ≤ 0.7 ms CPU/req', cpu('refresh token (rotating)'), (v) => v <= 0.7, 3],
    ['user info ≤ 0.2 ms CPU/req', cpu('user info'), (v) => v <= 0.2, 3],
    ['discovery ≥ 40% of bare node:http', share('discovery'), (v) => v >= 40, 0, '%'],
    ['JWKS ≥ 40% of bare node:http', share('jwks'), (v) => v >= 40, 0, '%'],
    ['password sign-in ≤ 20 ms CPU/flow', cpu('password sign-in (flows)'), (v) => v <= 20, 1],
    [`p99 < 50 ms off the hashing path (worst of ${offPath.length} rows)`, worstP99, (v) => v < 50, 0, ' ms'],
    ['idle RSS ≤ 100 MB', result.idleRssMb, (v) => v <= 100, 1, ' MB'],
    ['ready ≤ 1 s, first start (creates the schema and keys)', result.readyMs, (v) => v <= 1000, 0, ' ms'],
    ['ready ≤ 1 s, restart on the same database', result.restartReadyMs, (v) => v <= 1000, 0, ' ms'],
  ];
  return targets
    .filter(([, value]) => value !== undefined)
    .map(
      ([label, value, ok, digits, unit = '']) =>
        `${ok(value) ? 'met   ' : 'MISSED'}  ${label} (got ${value.toFixed(digits)}${unit})`,
    );
}

/** Measures one run of a scenario and the server CPU it cost. */
async function measure(pid, name, dialect, run) {
  process.stdout.write(`${dialect}: ${name} …`);
  const cpuBefore = cpuMs(pid);
  const window = { scenario: name, from: monotonicUs() };
  const result = await run();
  window.to = monotonicUs();
  // Server CPU per request: comparable across runs even when the machine is busy.
  const serverCpuMsPerRequest = (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests);
  process.stdout.write(` ${Math.round(result.rps)}/s\n`);
  return { row: { scenario: name, dialect, ...result, serverCpuMsPerRequest }, window };
}

async function runBaseline() {
  const baseline = await startBaseline(2500);
  try {
    return (await measure(baseline.pid, bareNode, '-', () => cannon(baseline.url, load))).row;
  } finally {
    await baseline.stop();
  }
}

const results = [{ dialect: '-', rows: [await runBaseline()] }];
// Only the CLI import selected: no server to start.
for (const dialect of serverScenarios.length > 0 ? dialects : []) {
  for (const workers of workerCounts) {
    const result = await runDialect(dialect, workers);
    if (result) results.push(result);
  }
}
// The CLI import runs on its own (no server): a fresh SQLite data folder.
const userImport = selected.includes(importScenario) && dialects.includes('sqlite') ? await benchImport() : undefined;
const rows = results.flatMap((result) => result.rows);
const dialectResults = results.filter((r) => r.dialect !== '-');
const baselineRps = rows.find((r) => r.scenario === bareNode)?.rps;
const cpus = os.cpus();
// Throughput of N workers against one, per scenario and database (BENCH_WORKERS=1,2).
const scaling = rows
  .filter((r) => r.dialect.includes('/'))
  .flatMap((row) => {
    const [dbDialect, workers] = row.dialect.split('/');
    const one = rows.find((r) => r.dialect === dbDialect && r.scenario === row.scenario);
    if (!one) return [];
    return [
      `scaling ${row.scenario} (${dbDialect}): 1 worker ${Math.round(one.rps)}/s → ${workers.replace('w', '')} workers ${Math.round(row.rps)}/s (×${(row.rps / one.rps).toFixed(2)}); CPU ms/req ${one.serverCpuMsPerRequest.toFixed(3)} → ${row.serverCpuMsPerRequest.toFixed(3)}`,
    ];
  });
const machine = {
  cpus: cpus.length,
  cpuModel: cpus[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
  // Other work on the machine (load above half the CPUs at start): throughput is then low and
  // noisy; CPU ms per request holds up better.
  shared: loadAtStart[0] > cpus.length / 2,
};
const printed = [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, load average at start ${loadAtStart.join(' ')}${machine.shared ? ' (shared: figures are noisy)' : ''}`,
  `Load: ${load.connections} connections, ${load.seconds} s per row, by ${loadGenerator}; sign-in: ${load.signInConcurrency} concurrent flows`,
  '',
  table(rows),
  ...(dialectResults.length ? ['', processTable(dialectResults)] : []),
  ...(scaling.length ? ['', ...scaling] : []),
  // Targets are per process on one core: checked on the single-worker rows.
  ...dialectResults
    .filter((result) => !result.dialect.includes('/'))
    .flatMap((result) => ['', `Targets (${result.dialect}):`, ...checkTargets(result, baselineRps)]),
].join('\n');
console.log(`\n${printed}`);

const date = new Date();
const report = {
  date: date.toISOString(),
  machine,
  settings: { ...load, loadGenerator, refreshTokens: 'rotating; pool recycled from responses' },
  dialects: Object.fromEntries(
    dialectResults.map(({ dialect, readyMs, restartReadyMs, idleRssMb, idlePrivateMb, peakRssMb, auditLogs }) => [
      dialect,
      { readyMs, restartReadyMs, idleRssMb, idlePrivateMb, peakRssMb, auditLogs },
    ]),
  ),
  ...(userImport && { usersImport: userImport }),
  scenarios: rows.map((r) => ({
    scenario: r.scenario,
    dialect: r.dialect,
    rps: Math.round(r.rps),
    ...(baselineRps && offHashingPath(r) && { shareOfBareNode: Math.round((r.rps / baselineRps) * 1000) / 1000 }),
    p50Ms: r.p50,
    p99Ms: r.p99,
    requests: r.requests,
    errors: r.errors,
    serverCpuMsPerRequest: Math.round(r.serverCpuMsPerRequest * 1000) / 1000,
  })),
  // The tables as printed, for the README and for comparing runs by eye.
  printed: printed.split('\n'),
};
fs.mkdirSync(resultsDir, { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
// latest.json is overwritten by every run; the dated copy is the record a change is compared against.
const dated = `${date.toISOString().slice(0, 16).replace(':', '')}Z.json`;
fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);
fs.writeFileSync(path.join(resultsDir, dated), json);
console.log(`\nWrote bench/results/latest.json and bench/results/${dated}`);
