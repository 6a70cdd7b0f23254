import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiTypesEndpoint,
  permissionsFile,
  renderApiFiles,
  renderPermissions,
  schemaFile,
} from '../../console/scripts/api-types.mjs';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * The console's typed client and its permission map come from the OpenAPI document: a route or
 * field changed on the server must be regenerated, so the console's type check sees it.
 */
describe(`the console's generated API files (${dialect})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    // The document names ENDPOINT; the committed files are made with a fixed one.
    server = await startTestServer({ ENDPOINT: apiTypesEndpoint });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('match the server they were generated from', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/swagger.json`);
    expect(response.status).toBe(200);
    const files = await renderApiFiles(await response.json());
    for (const [file, expected] of [
      [schemaFile, files.schema],
      [permissionsFile, files.permissions],
    ] as const) {
      const committed = fs.readFileSync(file, 'utf8');
      // A boolean, not a diff of 370 KB of types; the message says what to do.
      expect(committed === expected, `${file} is stale: run npm run api:types`).toBe(true);
    }
  });

  it('give each operation the level its security asks for', () => {
    const permissions = renderPermissions({
      paths: {
        '/api/things': {
          get: { security: [{ managementApi: ['read'] }, { managementApi: ['all'] }] },
          post: { security: [{ managementApi: ['all'] }] },
        },
        '/api/admins/{id}': {
          get: { security: [{ consoleAdmin: ['read'] }, { consoleAdmin: ['all'] }] },
          delete: { security: [{ consoleAdmin: ['admins:manage'] }] },
        },
        '/api/status': { get: { security: [] } },
      },
    });
    expect(permissions).toContain(`'GET /api/things': 'read',`);
    expect(permissions).toContain(`'POST /api/things': 'write',`);
    expect(permissions).toContain(`'GET /api/admins/{id}': 'read',`);
    expect(permissions).toContain(`'DELETE /api/admins/{id}': 'owner',`);
    expect(permissions).not.toContain('/api/status');
  });
});
