// `npm run compat:table`: brings docs/logto-compatibility.md in line with the routes the built
// server registers. Each row is one Logto 1.42 operation; a row Tessera now serves that said
// `absent` becomes `same` (review it, and write `different — how` where it is), a row Tessera
// does not serve becomes `absent` with its reason kept. `--from <LOGTO-COMPAT.md>` makes the rows
// from that reference's route list first (its "METHOD path; METHOD path" lines).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const tableFile = path.join(root, 'docs/logto-compatibility.md');
const serverDist = path.join(root, 'packages/server/dist');

/**
 * Documents served at the site root, outside the API documents' registries: a `GET` that answers
 * 200 counts as served.
 */
export const rootDocuments = ['/.well-known/webauthn'];

/**
 * Form-post callbacks at the site root (providers answering with `response_mode=form_post`): a
 * form POST that answers 303 counts as served.
 */
export const rootFormCallbacks = ['/callback/:connectorId', '/account/callback/social/:connectorId'];

/** The operations a running server serves: its registered routes, and the root documents and callbacks it answers. */
export async function servedBy(routes, baseUrl) {
  const served = new Set(routes.map((route) => operationKey(route.method, route.path)));
  for (const document of rootDocuments) {
    const response = await fetch(`${baseUrl}${document}`);
    if (response.status === 200) served.add(operationKey('get', document));
  }
  for (const callback of rootFormCallbacks) {
    const response = await fetch(`${baseUrl}${callback.replace(':connectorId', 'probe')}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'state=probe',
    });
    if (response.status === 303) served.add(operationKey('post', callback));
  }
  return served;
}

/** `/api/users/:userId` and `/api/users/:id` are one operation: parameter names differ, places do not. */
export const operationKey = (method, route) => `${method.toUpperCase()} ${route.replace(/:\w+/g, ':param')}`;

const rowPattern = /^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \| ([^|]+) \| ([^|]*) \|$/;

/** The rows of the table: `{ method, path, group, status, note }`, in file order. */
export function readRows(text) {
  const rows = [];
  let group = '';
  for (const line of text.split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) group = heading[1];
    const row = rowPattern.exec(line);
    if (row) rows.push({ method: row[1], path: row[2], group, status: row[3].trim(), note: row[4].trim() });
  }
  return rows;
}

function rowsFromReference(file) {
  const rows = [];
  let group = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const section = /^#### ([^—]+?) —/.exec(line);
    if (section) group = section[1].trim();
    const item = /^- `[^`]+` \(\d+\): (.+)$/.exec(line);
    if (!item || !group) continue;
    for (const operation of item[1].split('; ')) {
      const [method, route] = operation.trim().split(' ');
      if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) && route?.startsWith('/'))
        rows.push({ method, path: route, group, status: 'absent', note: '' });
    }
  }
  return rows;
}

async function servedOperations() {
  if (!fs.existsSync(path.join(serverDist, 'app.js'))) throw new Error('Run `npm run build:server` first.');
  const { startServer } = await import(pathToFileURL(path.join(serverDist, 'app.js')).href);
  const { loadConfig } = await import(pathToFileURL(path.join(serverDist, 'config/config.js')).href);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-compat-'));
  try {
    const server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        ENDPOINT: 'http://localhost:3001',
        DB_URL: 'sqlite::memory:',
        TESSERA_DATA_DIR: dataDir,
        TESSERA_MASTER_KEY: randomBytes(32).toString('base64url'),
        TESSERA_LOG_LEVEL: 'silent',
      }),
    );
    try {
      const routes = [...server.registry.routes, ...server.userRegistry.routes];
      return await servedBy(routes, `http://127.0.0.1:${server.port}`);
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function render(rows) {
  const counts = { same: 0, different: 0, absent: 0 };
  for (const row of rows) counts[row.status.split(' ')[0]] = (counts[row.status.split(' ')[0]] ?? 0) + 1;
  const out = [
    '# Logto compatibility',
    '',
    "Every operation of Logto 1.42's HTTP API (Management API, Experience API, legacy Interaction API,",
    "Account API and anonymous routes), and whether Tessera serves it in Logto's shape:",
    '',
    "- **same**: same method, path, request and answer shapes (Tessera may add fields, never drop Logto's),",
    "  as far as Tessera's tests of the route check them against Logto's documented shapes; Logto's own",
    '  API test suite does not run in this repository;',
    '- **different**: served, with the difference named;',
    '- **absent**: not served, and why.',
    '',
    `Totals: ${rows.length} operations; ${counts.same} same, ${counts.different} different, ${counts.absent} absent.`,
    '',
    '`packages/server/test/logto-compatibility.test.ts` keeps the table true: a row that says `same`',
    'or `different` must be a route the server registers, and an `absent` one must not be.',
    '`npm run compat:table` updates the statuses after routes are added (then review the new rows).',
    '',
  ];
  let group;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      out.push('', `### ${group}`, '', '| operation | status | notes |', '| --- | --- | --- |');
    }
    out.push(`| \`${row.method} ${row.path}\` | ${row.status} | ${row.note} |`);
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const from = process.argv.indexOf('--from');
  const rows = from > 0 ? rowsFromReference(process.argv[from + 1]) : readRows(fs.readFileSync(tableFile, 'utf8'));
  const served = await servedOperations();
  for (const row of rows) {
    const isServed = served.has(operationKey(row.method, row.path));
    if (isServed && row.status === 'absent') {
      row.status = 'same';
      row.note = '';
    } else if (!isServed && row.status !== 'absent') {
      row.status = 'absent';
    }
  }
  fs.writeFileSync(tableFile, render(rows));
  console.log(`Wrote ${path.relative(root, tableFile)} (${rows.length} operations).`);
}
