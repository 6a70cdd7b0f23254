// Builds the Admin Console into packages/console/dist for the server to serve at /console, or
// says "console up to date" when dist/.stamp already names the sources' hash. Part of
// `npm run build`, so `npm start` and `npm test` pay for a build only after a change.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const consoleDir = path.join(root, 'packages/console');
const distDir = path.join(consoleDir, 'dist');
const stampFile = path.join(distDir, '.stamp');

const filesUnder = (dir) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    return entry.isFile() ? [path.join(entry.parentPath, entry.name)] : [];
  });

/**
 * The server modules bundled through `@tessera/server/schemas`: the import graph of its entry.
 * A plain scan is enough here; type-only imports count too, which only errs towards rebuilding.
 */
function schemaSources() {
  const seen = new Set();
  const pending = [path.join(root, 'packages/server/src/schemas.ts')];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      pending.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
  }
  return [...seen];
}

/** Everything the bundle is made from, and how it is made. */
function buildInputs() {
  const named = ['package.json', 'index.html', 'vite.config.ts', 'tsconfig.json', 'scripts/bundle.mjs'];
  return [
    ...named.map((name) => path.join(consoleDir, name)),
    ...filesUnder(path.join(consoleDir, 'src')),
    ...schemaSources(),
    path.join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
}

/** SHA-256 over the inputs' paths and contents, in path order. */
export function sourcesHash() {
  const hash = createHash('sha256');
  const files = buildInputs()
    .map((file) => path.relative(root, file))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** `.gz` and `.br` siblings of each asset, for clients that accept them (http/console.ts picks one). */
function precompress(dir) {
  for (const file of filesUnder(dir)) {
    const content = fs.readFileSync(file);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(content, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
  }
}

export async function buildConsole() {
  const hash = sourcesHash();
  const built = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim();
  if (built === hash && fs.existsSync(path.join(distDir, 'index.html'))) {
    console.log('console up to date');
    return;
  }
  const started = Date.now();
  const { bundleConsole } = await import(pathToFileURL(path.join(consoleDir, 'scripts/bundle.mjs')).href);
  // Vite empties dist first, the old stamp with it: an interrupted build is built again.
  await bundleConsole();
  precompress(path.join(distDir, 'assets'));
  fs.writeFileSync(stampFile, `${hash}\n`);
  console.log(`console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildConsole();
