// Seeds a fresh server the way an operator would: the CLI for the first credentials, apps
// and a user, then the Management API for an API resource, its permissions and roles, and an
// organization (organization permissions, a role holding them, the user as a member).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from './server.js';

const run = promisify(execFile);
export const benchApi = 'https://api.bench.example';
export const benchScope = 'read:data';
export const redirectUri = 'http://127.0.0.1:9/callback';
export const user = { username: 'bench_user', password: 'bench-password-42' };
/** 20 permissions on the bench API, granted through 5 MachineToMachine roles of 4 each. */
const permissionGroups = ['orders', 'invoices', 'customers', 'products', 'reports'].map((noun) =>
  ['read', 'write', 'delete', 'export'].map((verb) => `${verb}:${noun}`),
);
export const benchPermissions = permissionGroups.flat();
export const organizationScopes = ['read:members', 'invite:members'];
export const organizationsResource = 'urn:logto:resource:organizations';
/** The scope of sign-ins whose refresh tokens are exchanged for organization tokens. */
export const organizationSignInScope = `openid offline_access urn:logto:scope:organizations ${organizationScopes.join(' ')}`;

/** The payload of a JWT, unverified (for checking a sample response). */
export const jwtPayload = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

async function cli(server, args, input) {
  const child = run(process.execPath, [path.join(root, 'packages/server/bin/tessera.js'), ...args, '--json'], {
    env: server.env,
  });
  if (input !== undefined) child.child.stdin.end(input);
  const { stdout } = await child;
  return JSON.parse(stdout);
}

export async function tokenRequest(server, clientId, clientSecret, params) {
  const response = await fetch(`${server.issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(params),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`token ${params.grant_type}: ${JSON.stringify(body)}`);
  return body;
}

export async function managementApi(server, m2m) {
  const { access_token: token } = await tokenRequest(server, m2m.id, m2m.secret, {
    grant_type: 'client_credentials',
    resource: m2m.resource,
    scope: 'all',
  });
  return async (method, route, body) => {
    const response = await fetch(`${server.url}/api${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /api${route}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

export async function seed(server) {
  const admin = await cli(server, ['m2m', 'create', '--name', 'Bench admin']);
  const service = await cli(server, ['app', 'create', '--name', 'Bench service', '--type', 'MachineToMachine']);
  const web = await cli(server, [
    ...['app', 'create', '--name', 'Bench web', '--type', 'Traditional'],
    ...['--redirect-uri', redirectUri],
  ]);
  const multiRole = await cli(server, [
    'app',
    'create',
    '--name',
    'Bench multi-role service',
    '--type',
    'MachineToMachine',
  ]);
  const benchUser = await cli(
    server,
    ['user', 'create', '--username', user.username, '--password-stdin'],
    user.password,
  );

  const api = await managementApi(server, admin);
  const resource = await api('POST', '/resources', { name: 'Bench API', indicator: benchApi });
  const scope = await api('POST', `/resources/${resource.id}/scopes`, { name: benchScope });
  const role = await api('POST', '/roles', {
    name: 'Bench reader',
    description: 'Reads bench data',
    type: 'MachineToMachine',
    scopeIds: [scope.id],
  });
  await api('POST', `/roles/${role.id}/applications`, { applicationIds: [service.id] });

  // The multi-role service: 5 MachineToMachine roles, each granting 4 of 20 permissions.
  const roleIds = [];
  for (const [index, names] of permissionGroups.entries()) {
    const scopeIds = [];
    for (const name of names) scopeIds.push((await api('POST', `/resources/${resource.id}/scopes`, { name })).id);
    const groupRole = await api('POST', '/roles', {
      name: `Bench role ${index + 1}`,
      description: `Grants ${names.join(', ')}`,
      type: 'MachineToMachine',
      scopeIds,
    });
    roleIds.push(groupRole.id);
  }
  await api('POST', `/applications/${multiRole.id}/roles`, { roleIds });

  // An organization with the bench user as a member holding a role with both organization permissions.
  const organizationScopeIds = [];
  for (const name of organizationScopes) {
    organizationScopeIds.push((await api('POST', '/organization-scopes', { name })).id);
  }
  const organizationRole = await api('POST', '/organization-roles', {
    name: 'Bench member manager',
    type: 'User',
    organizationScopeIds,
  });
  const organization = await api('POST', '/organizations', { name: 'Bench organization' });
  await api('POST', `/organizations/${organization.id}/users`, { userIds: [benchUser.id] });
  await api('POST', `/organizations/${organization.id}/users/${benchUser.id}/roles`, {
    organizationRoleIds: [organizationRole.id],
  });

  return {
    admin: { id: admin.id, secret: admin.secret, resource: admin.resource },
    service: { id: service.id, secret: service.secret },
    multiRole: { id: multiRole.id, secret: multiRole.secret },
    web: { id: web.id, secret: web.secret },
    organizationId: organization.id,
  };
}

/**
 * Audit log rows the server holds (`Total-Number` of `GET /api/logs`), in all and per key: proof
 * that the sign-in and token scenarios ran with audit logging on. Entries are written in batches
 * every 250 ms, so the count waits a moment first.
 */
export async function auditLogCounts(server, { admin }, keys) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { access_token: token } = await tokenRequest(server, admin.id, admin.secret, {
    grant_type: 'client_credentials',
    resource: admin.resource,
    scope: 'all',
  });
  const count = async (query) => {
    const response = await fetch(`${server.url}/api/logs?page_size=1${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET /api/logs: ${response.status} ${await response.text()}`);
    return Number(response.headers.get('total-number'));
  };
  const counts = { all: await count('') };
  for (const key of keys) counts[key] = await count(`&logKey=${encodeURIComponent(key)}`);
  return counts;
}
