import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema } from './config.js';

describe('README configuration table', () => {
  it('documents every environment variable the server reads', () => {
    const readme = fs.readFileSync(path.resolve(fileURLToPath(import.meta.url), '../../../../../README.md'), 'utf8');
    const missing = Object.keys(configSchema.in.shape).filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });
});
