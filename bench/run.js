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
// the 1 → N scaling is printed; default 1; rows of N > 1 are labelled `<dialect>/<N>w`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchImport, importScenario } from './import.js';
import { summarize } from './profile.js';
import { cannon, scenarios } from './scenarios.js';
import { auditLogCounts, seed } from './seed.js';
import { cpuMs, memoryMb, monotonicUs, root, startBaseline, startPostgres, startServer } from './server.js';
import { signIn } from './signin.js';

const load = {
  seconds: Number(process.env.BENCH_DURATION ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  signInConcurrency: Number(process.env.BENCH_SIGNIN_CONCURRENCY ?? 16),
};
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const workerCounts = (process.env.BENCH_WORKERS ?? '1').split(',').map(Number);
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
    console.log(`${dialect}: idle RSS ${idleRssMb} MB`);
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
    return {
      dialect,
      readyMs: server.readyMs,
      idleRssMb,
      peakRssMb: memoryMb(server.pid, 'VmHWM'),
      auditLogs,
      rows,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (profile) summarize(profileDir, windows);
  }
}

function table(rows) {
  const header = ['scenario', 'dialect', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server CPU ms/req'];
  const lines = rows.map((r) => [
    r.scenario,
    r.dialect,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    r.errors,
    r.serverCpuMsPerRequest.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => String(line[i]).length)));
  const format = (cells) =>
    cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** The targets for a 2-core machine on SQLite (see bench/README.md). */
function checkTargets(result) {
  const rps = (name) => result.rows.find((row) => row.scenario === name)?.rps;
  const targets = [
    ['client credentials ≥ 1,500/s', rps('client credentials'), (v) => v >= 1500],
    ['refresh ≥ 1,000/s', rps('refresh token (rotating)'), (v) => v >= 1000],
    ['user info ≥ 4,000/s', rps('user info'), (v) => v >= 4000],
    ['discovery ≥ 8,000/s', rps('discovery'), (v) => v >= 8000],
    ['idle RSS ≤ 150 MB', result.idleRssMb, (v) => v <= 150],
    ['ready ≤ 1.5 s', result.readyMs, (v) => v <= 1500],
  ];
  return targets
    .filter(([, value]) => value !== undefined)
    .map(([label, value, ok]) => `${ok(value) ? 'met   ' : 'MISSED'}  ${label} (got ${Math.round(value)})`);
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
    return (await measure(baseline.pid, 'baseline: bare node:http', '-', () => cannon(baseline.url, load))).row;
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
console.log(`\n${table(rows)}\n`);
for (const result of results.filter((r) => r.dialect !== '-')) {
  console.log(
    `${result.dialect}: ready ${result.readyMs} ms, idle RSS ${result.idleRssMb} MB, peak RSS ${result.peakRssMb} MB`,
  );
}
// Throughput of N workers against one, per scenario and database (BENCH_WORKERS=1,2).
for (const row of rows.filter((r) => r.dialect.includes('/'))) {
  const [dbDialect, workers] = row.dialect.split('/');
  const one = rows.find((r) => r.dialect === dbDialect && r.scenario === row.scenario);
  if (!one) continue;
  console.log(
    `scaling ${row.scenario} (${dbDialect}): 1 worker ${Math.round(one.rps)}/s → ${workers.replace('w', '')} workers ${Math.round(row.rps)}/s (×${(row.rps / one.rps).toFixed(2)}); CPU ms/req ${one.serverCpuMsPerRequest.toFixed(3)} → ${row.serverCpuMsPerRequest.toFixed(3)}`,
  );
}
const sqlite = results.find((result) => result.dialect === 'sqlite');
if (sqlite) console.log(`\nTargets (SQLite):\n${checkTargets(sqlite).join('\n')}`);

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
};
const report = {
  date: new Date().toISOString(),
  machine,
  settings: { ...load, refreshTokens: 'rotating; pool recycled from responses' },
  dialects: Object.fromEntries(
    results
      .slice(1)
      .map(({ dialect, readyMs, idleRssMb, peakRssMb, auditLogs }) => [
        dialect,
        { readyMs, idleRssMb, peakRssMb, auditLogs },
      ]),
  ),
  ...(userImport && { usersImport: userImport }),
  scenarios: rows.map((r) => ({
    scenario: r.scenario,
    dialect: r.dialect,
    rps: Math.round(r.rps),
    p50Ms: r.p50,
    p99Ms: r.p99,
    requests: r.requests,
    errors: r.errors,
    serverCpuMsPerRequest: Math.round(r.serverCpuMsPerRequest * 1000) / 1000,
  })),
};
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/results/latest.json`);
