// The `users import (CLI)` scenario of `npm run bench`: generates BENCH_IMPORT_USERS users
// (default 100,000; SHA-256 digests, so the figure measures the import, not argon2), then runs
// `tessera users import` as a child process into a fresh SQLite data folder. Prints elapsed
// time, rows per second and the child's peak RSS (process.resourceUsage().maxRSS, reported by
// bench/max-rss.js, which the child preloads).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from './server.js';

export const importScenario = 'users import (CLI)';
const execFileAsync = promisify(execFile);
const bin = path.join(root, 'packages/server/bin/tessera.js');
const preload = path.join(root, 'bench/max-rss.js');

async function generate(file, count) {
  const out = fs.createWriteStream(file);
  for (let i = 1; i <= count; i++) {
    const row = {
      username: `bench_user_${i}`,
      primaryEmail: `bench.user.${i}@example.com`,
      name: `Bench User ${i}`,
      customData: { source: 'bench', n: i },
      passwordDigest: createHash('sha256').update(`password ${i}`).digest('hex'),
      passwordAlgorithm: 'SHA256',
    };
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

/** Runs `tessera` with the peak-RSS reporter preloaded; rejects on a non-zero exit. */
async function run(args, env) {
  const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', preload, bin, ...args], {
    env: { ...process.env, ...env },
    cwd: root,
    maxBuffer: 64 * 2 ** 20,
  });
  return { stdout, maxRssKb: Number(/maxRSS (\d+)/.exec(stderr)?.[1]) };
}

export async function benchImport(count = Number(process.env.BENCH_IMPORT_USERS ?? 100_000)) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-import-'));
  try {
    const file = path.join(dataDir, 'users.jsonl');
    await generate(file, count);
    const env = { DB_URL: `sqlite:${path.join(dataDir, 'tessera.db')}`, TESSERA_DATA_DIR: dataDir };
    // Creates the database and keys first, so the figure is the import alone.
    await run(['keys', 'list', '--json'], env);
    const started = performance.now();
    const { stdout, maxRssKb } = await run(['users', 'import', file, '--json'], env);
    const seconds = (performance.now() - started) / 1000;
    const summary = JSON.parse(stdout);
    if (summary.imported !== count) throw new Error(`imported ${summary.imported} of ${count}: ${stdout}`);
    const result = {
      users: count,
      fileMb: Math.round(fs.statSync(file).size / 2 ** 20),
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(count / seconds),
      peakRssMb: Math.round(maxRssKb / 1024),
    };
    console.log(
      `sqlite: users import (CLI): ${count.toLocaleString('en-US')} users (${result.fileMb} MB JSONL) in ${result.seconds} s, ` +
        `${result.rowsPerSecond.toLocaleString('en-US')} rows/s, peak RSS ${result.peakRssMb} MB`,
    );
    return result;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
