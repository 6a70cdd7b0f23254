// Seeds a fresh server the way an operator would: the CLI for the first credentials, an app
// and a user, then the Management API for an API resource, a permission and a role.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from './server.js';

const run = promisify(execFile);
export const benchApi = 'https://api.bench.example';
export const benchScope = 'read:data';
export const redirectUri = 'http://127.0.0.1:9/callback';
export const user = { username: 'bench_user', password: 'bench-password-42' };

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

async function managementApi(server, m2m) {
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
  await cli(server, ['user', 'create', '--username', user.username, '--password-stdin'], user.password);

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
  return { service: { id: service.id, secret: service.secret }, web: { id: web.id, secret: web.secret } };
}
