import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder (packages/server), found by walking up from this module, so files
 * beside the code (hosted pages, the console, connector READMEs) resolve the same from src/
 * (tests), from tsc's dist/ tree and from the single-file bundle dist/server.js.
 */
export const serverPackageDir = findServerPackageDir(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the server package, e.g. `fromServerPackage('dist/sandbox/sandbox-worker.js')`. */
export const fromServerPackage = (...segments: string[]) => path.join(serverPackageDir, ...segments);

function findServerPackageDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isServerPackage(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no @tessera/server package.json above ${start}`);
  }
}

function isServerPackage(file: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === '@tessera/server';
  } catch {
    return false;
  }
}
