import fs from 'node:fs';
import { fromServerPackage } from '../package-dir.js';

/** The common-password list shipped beside this file's source, read once on first use. */
const file = fromServerPackage('src/sign-in-experience/common-passwords.txt');

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
