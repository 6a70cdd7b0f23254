import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The console's generated API files, made from the Management API's OpenAPI document: the types
 * of `openapi-fetch`'s client (`schema.d.ts`) and each operation's permission level
 * (`permissions.ts`). generate-api.mjs writes them; console-api-types.test.ts checks them.
 */

/** The ENDPOINT the document is made with, so the output never depends on a port or a host. */
export const apiTypesEndpoint = 'http://localhost:3001';

const apiDir = path.resolve(fileURLToPath(import.meta.url), '../../src/api');
export const schemaFile = path.join(apiDir, 'schema.d.ts');
export const permissionsFile = path.join(apiDir, 'permissions.ts');

const banner = (what) =>
  `// ${what}, generated from the Management API's OpenAPI document by\n` +
  '// packages/console/scripts/generate-api.mjs. Do not edit: run `npm run api:types`.\n';

/** The schemes of a Management API token: any client's (`managementApi`), or only an administrator's (`consoleAdmin`). */
const tokenSchemes = ['managementApi', 'consoleAdmin'];

/**
 * An operation's level from the scopes its `security` accepts: `read` when `read` passes, `owner`
 * when only `admins:manage` does, `write` (`all`) otherwise. Operations without a Management API
 * token (public, or the signed-in user's own token) are left out.
 */
function levelOf(operation) {
  const scopes = (operation.security ?? []).flatMap((requirement) =>
    tokenSchemes.flatMap((scheme) => requirement[scheme] ?? []),
  );
  if (scopes.length === 0) return undefined;
  if (scopes.includes('read')) return 'read';
  if (scopes.includes('admins:manage')) return 'owner';
  return 'write';
}

const methodOrder = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function renderPermissions(document) {
  const rows = [];
  for (const [apiPath, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const level = levelOf(operation);
      if (level) rows.push({ apiPath, method: method.toUpperCase(), level });
    }
  }
  const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => byPath(a.apiPath, b.apiPath) || methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method));
  return `${banner('Permission levels')}
/** What an operation needs: \`read\` (\`read\` or \`all\`), \`write\` (\`all\`), \`owner\` (\`admins:manage\`). */
export type Permission = 'read' | 'write' | 'owner';

export const permissions = {
${rows.map(({ apiPath, method, level }) => `  '${method} ${apiPath}': '${level}',`).join('\n')}
} as const satisfies Record<string, Permission>;
`;
}

/** Both files' contents for an OpenAPI document (the parsed /api/swagger.json). */
export async function renderApiFiles(document) {
  const schema = `${banner('Types of the Management API')}\n${astToString(await openapiTS(document))}`;
  return { schema, permissions: renderPermissions(document) };
}
