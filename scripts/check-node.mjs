// Runs before `npm start` and `npm run cli`: says what to do when this Node.js is
// older than package.json's `engines` (rather than a warning from a dependency and a crash
// later), and when better-sqlite3 was built for another Node.js (after switching Node versions).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const packageJson = new URL('../package.json', import.meta.url);
const range = JSON.parse(fs.readFileSync(packageJson, 'utf8')).engines.node; // ">=22.13.0"
const [minMajor, minMinor] = (/^>=(\d+)\.(\d+)/.exec(range) ?? []).slice(1).map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);

const below = major < minMajor || (major === minMajor && minor < minMinor);
// Node 20 still runs Tessera (its suite passed on 20 until this release): warn and go on, so
// `npm install && npm start` keeps working on a machine that has only 20. Older lines lack
// APIs Tessera uses: stop there.
if (below) {
  const fix = [
    `Install Node.js 24, for example without root:`,
    '',
    '  npm install --global --prefix ~/.node24 node@24 && export PATH="$HOME/.node24/bin:$PATH"',
    '',
    'or with your version manager (`nvm install 24`), then run `npm install` and this command again.',
  ];
  const supported = `Tessera supports Node.js ${minMajor}.${minMinor} or later (the LTS lines 22, 24 and 26; 24 is the default).`;
  if (major >= 20) {
    console.warn(
      [
        `Warning: Node.js ${process.version} has reached end of life and is not supported. ${supported}`,
        'Tessera starts anyway; upgrade before you run it in production.',
        ...fix,
        '',
      ].join('\n'),
    );
  } else {
    console.error([supported, `This is Node.js ${process.version} (${process.execPath}).`, ...fix].join('\n'));
    process.exit(1);
  }
}

try {
  const Database = createRequire(packageJson)('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  if (String(error?.message).includes('NODE_MODULE_VERSION')) {
    console.error(
      `better-sqlite3 was built for another Node.js than this one (${process.version}): run \`npm rebuild better-sqlite3\`.`,
    );
    process.exit(1);
  }
  // Not installed yet, or another problem: the command itself reports it.
}
