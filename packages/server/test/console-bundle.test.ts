import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const distDir = path.resolve(import.meta.dirname, '../../console/dist');
/** What a first visit downloads, gzipped, at most (DESIGN.md §7: a bundle-size check fails over budget). */
const budgetKb = 300;

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The entry chunk, the chunks it imports statically (not the lazy pages) and their CSS. */
function firstScreenFiles(manifest: Record<string, Chunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...files];
}

describe('the console bundle', () => {
  it(`keeps the first screen within ${budgetKb} KB gzipped`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
    const files = firstScreenFiles(manifest);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    const bytes = files.reduce(
      (sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length,
      0,
    );
    // React's production build: a NODE_ENV inherited by the build would ship the development one.
    const scripts = files.filter((file) => file.endsWith('.js'));
    for (const file of scripts)
      expect(fs.readFileSync(path.join(distDir, file), 'utf8')).not.toContain('should have a unique "key" prop');
    const kb = bytes / 1000;
    console.log(`console first screen: ${kb.toFixed(1)} KB gzipped (${files.join(', ')})`);
    expect(kb).toBeLessThanOrEqual(budgetKb);
  });
});
