// Bundles the compiled server (packages/server/dist/main.js, from `tsc -b`) into
// packages/server/dist/server.js, the file `npm start`, the container and the tests run, and
// dist/chunks/ (the server proper, which server.js imports once it is not a cluster's primary).
//
// Why: Node's ES module loader resolves, reads and links every file on its own. The server and
// the ES-module libraries it loads at start (Kysely, oidc-provider, zod, jose) are about 1,000
// files; resolving them was half of the time to ready and about 18 MB of the idle RSS.
// Only those libraries are inlined: CommonJS packages, native addons, packages loaded on first
// use (pg, the SAML stack, nodemailer) and pino (whose transports load files by path) stay in
// node_modules, so one copy of each package is ever loaded.
//
// Input is tsc's output, not the sources, so the bundle holds exactly what the type check
// passed; esbuild follows tsc's source maps, so `node --enable-source-maps` reports positions in
// the TypeScript sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(fileURLToPath(import.meta.url), '../../packages/server');
/** ES-module packages loaded at start-up whose files are worth inlining (server-bundle.test.ts reads it). */
export const inlinedPackages = ['kysely', 'oidc-provider', 'zod', 'jose'];
const inlined = new Set(inlinedPackages);
/** `@scope/name` or `name` of a bare specifier such as `zod/v4/core`. */
export const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

export async function bundleServer() {
  const { build } = await import('esbuild');
  const started = performance.now();
  // Chunk names carry a content hash: drop the previous build's, or they would pile up.
  fs.rmSync(path.join(serverDir, 'dist/chunks'), { recursive: true, force: true });
  await build({
    entryPoints: { server: path.join(serverDir, 'dist/main.js') },
    outdir: path.join(serverDir, 'dist'),
    // The server behind main.js's dynamic import is a chunk of its own, so a cluster's primary,
    // which only forks and watches the workers, never loads it.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'tessera-externals',
        setup(esbuild) {
          // Bare specifiers: node's built-ins and every package not listed above stay imports.
          esbuild.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
            specifier.startsWith('node:') || !inlined.has(packageOf(specifier))
              ? { path: specifier, external: true }
              : undefined,
          );
        },
      },
    ],
  });
  console.log(`server bundled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundleServer();
