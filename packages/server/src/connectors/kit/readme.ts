import fs from 'node:fs';
import path from 'node:path';
import { serverPackageDir } from '../../package-dir.js';

const docsDir = path.resolve(serverPackageDir, '../../docs/connectors');

/** A connector's README: docs/connectors/<factory id>.md, or the fallback when the docs are not installed. */
export function loadReadme(factoryId: string, fallback: string): string {
  try {
    return fs.readFileSync(path.join(docsDir, `${factoryId}.md`), 'utf8');
  } catch {
    return fallback;
  }
}
