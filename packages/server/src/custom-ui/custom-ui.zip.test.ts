import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeEntryPath, unpackCustomUi } from './custom-ui.zip.js';

const index = strToU8('<!doctype html><title>UI</title>');

describe('custom UI zips', () => {
  it('keeps the files by path and skips folders and macOS resource forks', () => {
    const zip = zipSync({
      'index.html': index,
      assets: {},
      'assets/app.js': strToU8('1'),
      '__MACOSX/._index.html': strToU8('fork'),
    });
    expect([...unpackCustomUi(zip).keys()].sort()).toEqual(['assets/app.js', 'index.html']);
  });

  it('refuses more than 50 MB unpacked in all, though each file is under 10 MB', () => {
    const nine = new Uint8Array(9 * 1024 * 1024);
    const zip = zipSync({
      'index.html': index,
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`f${n}.bin`, nine])),
    });
    expect(() => unpackCustomUi(zip)).toThrow(/more than 52428800 bytes/);
  });

  it('accepts plain relative paths and refuses every way out of the root', () => {
    expect(safeEntryPath('a/b-c.d.js')).toBe('a/b-c.d.js');
    for (const name of ['..', 'a/../../b', './a', 'a//b', '/a', 'a\\b', 'c:x', 'a\u0000b'])
      expect(() => safeEntryPath(name), name).toThrow(/unsafe path/);
  });
});
