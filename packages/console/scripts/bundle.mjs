import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const consoleDir = path.resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Vite's production build of the console into dist/. Imported from here, so `vite` resolves to
 * this package's Vite 8 and not to the one vitest keeps at the root.
 */
export async function bundleConsole() {
  // Always the production build: Vite keeps a NODE_ENV it inherits (vitest's `test`), which would
  // ship React's development build.
  process.env.NODE_ENV = 'production';
  await build({
    root: consoleDir,
    configFile: path.join(consoleDir, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  });
  return path.join(consoleDir, 'dist');
}
