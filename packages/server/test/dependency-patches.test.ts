import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types.
import { applyPatches, patches } from '../../../scripts/patch-dependencies.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../..');

interface Patch {
  package: string;
  version: string;
  file: string;
  edits: { from: string; to: string }[];
}

/** A node_modules holding `patch`'s package at `version` with the unpatched text of its file. */
function fakeInstall(patch: Patch, version: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patch-deps-'));
  const packageDir = path.join(dir, 'node_modules', patch.package);
  fs.mkdirSync(path.dirname(path.join(packageDir, patch.file)), { recursive: true });
  fs.writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify({ version }));
  fs.writeFileSync(path.join(packageDir, patch.file), patch.edits.map((edit) => `  ${edit.from}\n`).join(''));
  return dir;
}

describe('dependency patches (scripts/patch-dependencies.mjs, run by postinstall)', () => {
  it('are applied to the installed dependencies: every edit is in place', () => {
    for (const patch of patches as Patch[]) {
      const installed = JSON.parse(
        fs.readFileSync(path.join(root, 'node_modules', patch.package, 'package.json'), 'utf8'),
      );
      // An upgrade must look at the edit again: it is written against one release's source.
      expect(installed.version, `${patch.package} was upgraded: review scripts/patch-dependencies.mjs`).toBe(
        patch.version,
      );
      const source = fs.readFileSync(path.join(root, 'node_modules', patch.package, patch.file), 'utf8');
      for (const edit of patch.edits) {
        expect(source).toContain(edit.to);
        expect(source).not.toContain(edit.from);
      }
    }
    expect(applyPatches(root)).toEqual([]);
  });

  it('edit the pinned version once and leave another version untouched', () => {
    const patch = (patches as Patch[])[0] as Patch;
    const pinned = fakeInstall(patch, patch.version);
    expect(applyPatches(pinned)).toHaveLength(patch.edits.length);
    const file = path.join(pinned, 'node_modules', patch.package, patch.file);
    expect(fs.readFileSync(file, 'utf8')).toBe(patch.edits.map((edit) => `  ${edit.to}\n`).join(''));
    expect(applyPatches(pinned)).toEqual([]);

    const other = fakeInstall(patch, '0.0.1');
    expect(applyPatches(other)).toEqual([expect.stringMatching(/^skipped .*installed 0\.0\.1$/)]);
    const untouched = path.join(other, 'node_modules', patch.package, patch.file);
    expect(fs.readFileSync(untouched, 'utf8')).toContain(patch.edits[0]?.from);
  });
});
