import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The common-password list shipped beside this file (common-passwords.txt), read once on first
 * use. From src/ or dist/ alike: both sit two levels under the package, and the text file stays in src/.
 */
const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/sign-in-experience/common-passwords.txt',
);

let cached: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  cached ??= new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith('#')),
  );
  return cached.has(password.toLowerCase());
}
