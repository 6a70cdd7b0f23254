import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mainJs } from './support/main-process.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const { inlinedPackages, packageOf } = (await import(path.join(root, 'scripts/bundle-server.mjs'))) as {
  inlinedPackages: string[];
  packageOf: (specifier: string) => string;
};
const dependenciesOf = (packageJson: string): string[] =>
  Object.keys((JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { dependencies?: object }).dependencies ?? {});

/** The packages the bundle still imports (not its own chunks): esbuild puts static imports at line starts. */
function externalImports(bundle: string): Set<string> {
  const staticImports = [
    ...bundle.matchAll(/^import\s[^;]*?from\s*"([^"]+)";$/gm),
    ...bundle.matchAll(/^import\s*"([^"]+)";$/gm),
  ];
  const dynamicImports = [...bundle.matchAll(/\bimport\("([^"]+)"\)/g)];
  return new Set(
    [...staticImports, ...dynamicImports]
      .map((match) => match[1] as string)
      .filter((specifier) => !/^(node:|\.)/.test(specifier) && !builtinModules.includes(specifier))
      .map(packageOf),
  );
}

describe('the server bundle (dist/server.js and its chunks, what npm start and the container run)', () => {
  const chunks = path.join(path.dirname(mainJs), 'chunks');
  const files = [
    mainJs,
    ...fs
      .readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => path.join(chunks, name)),
  ];
  const externals = externalImports(files.map((file) => fs.readFileSync(file, 'utf8')).join('\n'));

  it('is what the tests start, and inlines the start-up libraries instead of importing them', () => {
    expect(path.basename(mainJs)).toBe('server.js');
    expect(externals.size).toBeGreaterThan(5);
    // Imported as well as inlined, a library would load twice, as two copies that disagree.
    for (const name of inlinedPackages) expect(externals, name).not.toContain(name);
  });

  it("leaves the server proper to a chunk a cluster's primary never loads", () => {
    const entry = fs.readFileSync(mainJs, 'utf8');
    expect(entry).toMatch(/\bimport\("\.\/chunks\/app-\w+\.js"\)/);
    expect(entry).not.toMatch(/^import\s[^;]*?"\.\/chunks\/app-\w+\.js";$/m);
  });

  it('imports only packages a production install has', () => {
    // The container's deps stage runs `npm ci --omit=dev`: the server's dependencies and theirs.
    const production = new Set([
      ...dependenciesOf(path.join(root, 'packages/server/package.json')),
      ...inlinedPackages.flatMap((name) => dependenciesOf(path.join(root, 'node_modules', name, 'package.json'))),
    ]);
    expect([...externals].filter((name) => !production.has(name))).toEqual([]);
  });

  it('is started with the same node flags by npm start and the container image', () => {
    const startScript = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts.start as string;
    const scriptFlags = startScript.split(' ').filter((word) => word.startsWith('--'));
    const cmd = /^CMD (\[.*\])$/m.exec(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'))?.[1];
    const imageFlags = (JSON.parse(cmd ?? '[]') as string[]).filter((word) => word.startsWith('--'));
    // A young generation sized from the host's memory grows to 128 MB on a large machine.
    expect(scriptFlags).toContain('--max-semi-space-size=16');
    expect(imageFlags).toEqual(scriptFlags);
  });
});
