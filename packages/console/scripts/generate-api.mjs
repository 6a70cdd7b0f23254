// `npm run api:types`: starts the built server in this process on an in-memory database, reads
// its OpenAPI document and writes the console's generated API files (see api-types.mjs).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiTypesEndpoint, permissionsFile, renderApiFiles, schemaFile } from './api-types.mjs';

const serverDist = path.resolve(fileURLToPath(import.meta.url), '../../../server/dist');
if (!fs.existsSync(path.join(serverDist, 'app.js'))) {
  console.error('The server is not built: run `npm run build:server` first.');
  process.exit(1);
}
const { startServer } = await import(pathToFileURL(path.join(serverDist, 'app.js')).href);
const { loadConfig } = await import(pathToFileURL(path.join(serverDist, 'config/config.js')).href);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-api-types-'));
let document;
try {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ENDPOINT: apiTypesEndpoint,
    DB_URL: 'sqlite::memory:',
    TESSERA_DATA_DIR: dataDir,
    TESSERA_MASTER_KEY: randomBytes(32).toString('base64url'),
    TESSERA_LOG_LEVEL: 'silent',
  });
  const server = await startServer(config);
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/swagger.json`);
    if (!response.ok) throw new Error(`GET /api/swagger.json answered ${response.status}`);
    document = await response.json();
  } finally {
    await server.close();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const files = await renderApiFiles(document);
fs.writeFileSync(schemaFile, files.schema);
fs.writeFileSync(permissionsFile, files.permissions);
const operations = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);
console.log(
  `Wrote ${path.relative(process.cwd(), schemaFile)} and ${path.relative(process.cwd(), permissionsFile)} (${operations} operations).`,
);
