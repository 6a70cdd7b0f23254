// `postinstall`: small, exact source edits to installed dependencies, each pinned to the version it
// was written for. An edit whose text is not found (the dependency changed) is reported and skipped:
// the server stays correct without it, only slower, and the test in dependency-patches.test.ts fails
// so the edit is looked at again on upgrade.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');

/**
 * oidc-provider builds an `InvalidToken` error for every `ctx.assert` in its access-token checks
 * before knowing whether the check fails: three errors, each capturing a stack trace, on every
 * successful user info call (about a tenth of its CPU time in the bench profile). The edit builds
 * the error only when the check fails; the status, code and message are unchanged.
 */
const lazyAssert = (subject, message) => ({
  from: `ctx.assert(${subject}, new InvalidToken('${message}'));`,
  to: `if (!${subject}) throw new InvalidToken('${message}');`,
});

export const patches = [
  {
    package: 'oidc-provider',
    version: '9.13.3',
    file: 'lib/shared/access_token.js',
    edits: [
      lazyAssert('accessToken', 'access token not found'),
      lazyAssert('client', 'associated client not found'),
      lazyAssert('account', 'associated account not found'),
    ],
  },
];

/** Applies the edits in `node_modules` under `dir`; returns what was done, one line per edit. */
export function applyPatches(dir = root) {
  const report = [];
  for (const patch of patches) {
    const packageDir = path.join(dir, 'node_modules', patch.package);
    const manifest = path.join(packageDir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const file = path.join(packageDir, patch.file);
    if (version !== patch.version) {
      report.push(`skipped ${patch.package}/${patch.file}: written for ${patch.version}, installed ${version}`);
      continue;
    }
    let source = fs.readFileSync(file, 'utf8');
    for (const { from, to } of patch.edits) {
      if (source.includes(to)) continue;
      if (source.split(from).length !== 2) {
        report.push(`skipped in ${patch.package}/${patch.file}: text not found once: ${from}`);
        continue;
      }
      source = source.replace(from, to);
      report.push(`patched ${patch.package}/${patch.file}: ${to}`);
    }
    // A new file rather than writing in place: installs may hard-link files between folders.
    fs.writeFileSync(`${file}.tmp`, source);
    fs.renameSync(`${file}.tmp`, file);
  }
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of applyPatches()) console.log(`patch-dependencies: ${line}`);
}
