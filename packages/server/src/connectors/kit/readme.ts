import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// src/connectors/kit and dist/connectors/kit sit at the same depth below the repository root.
const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../docs/connectors');

/** A connector's README: docs/connectors/<factory id>.md, or the fallback when the docs are not installed. */
export function loadReadme(factoryId: string, fallback: string): string {
  try {
    return fs.readFileSync(path.join(docsDir, `${factoryId}.md`), 'utf8');
  } catch {
    return fallback;
  }
}
