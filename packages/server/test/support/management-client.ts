import type { TestServer } from './server.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A Machine-to-machine app holding the Management API role, and a token from client credentials. */
export async function createManagementCredentials(server: TestServer) {
  const app = await server.services.applications.create({ name: 'Test admin', type: 'MachineToMachine' });
  await server.services.stores.roles.assignToApplication(app.id, server.services.managementRoleId);
  return { clientId: app.id, clientSecret: app.secret };
}

export async function clientCredentialsToken(
  server: TestServer,
  credentials: { clientId: string; clientSecret: string },
  params: Record<string, string>,
): Promise<ApiResponse> {
  const response = await fetch(`${server.issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...params }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A small Management API client bound to one server and token. */
export async function managementApi(server: TestServer) {
  const credentials = await createManagementCredentials(server);
  const token = await clientCredentialsToken(server, credentials, {
    resource: server.config.managementApiIndicator,
    scope: 'all',
  });
  if (token.status !== 200) throw new Error(`management token: ${JSON.stringify(token.body)}`);
  return { ...apiClient(server, token.body.access_token as string), credentials };
}

/** A Management API client calling with this access token. */
export function apiClient(server: TestServer, accessToken: string) {
  async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    rawBody?: string,
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body !== undefined || rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  return {
    accessToken,
    call,
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
    patch: <T = any>(path: string, body?: unknown) => call<T>('PATCH', path, body ?? {}),
    put: <T = any>(path: string, body?: unknown) => call<T>('PUT', path, body ?? {}),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
  };
}

/** The client `managementApi` answers, for helpers that take one. */
export type ManagementApi = Awaited<ReturnType<typeof managementApi>>;

/** A client holding only the Management API's `read` permission (a viewer), set up through the roles API. */
export async function readOnlyApi(server: TestServer, api: ManagementApi) {
  const { body: resources } = await api.get('/resources');
  const management = resources.find(
    (resource: { indicator: string }) => resource.indicator === server.config.managementApiIndicator,
  );
  const { body: scopes } = await api.get(`/resources/${management.id}/scopes`);
  const read = scopes.find((scope: { name: string }) => scope.name === 'read');
  const role = (
    await api.post('/roles', {
      name: `Viewer ${Math.random().toString(36).slice(2, 8)}`,
      description: 'Reads the Management API',
      type: 'MachineToMachine',
      scopeIds: [read.id],
    })
  ).body;
  const reader = (await api.post('/applications', { name: 'Read-only app', type: 'MachineToMachine' })).body;
  await api.post(`/applications/${reader.id}/roles`, { roleIds: [role.id] });
  const token = await clientCredentialsToken(
    server,
    { clientId: reader.id, clientSecret: reader.secret },
    { resource: server.config.managementApiIndicator, scope: 'read' },
  );
  if (token.body.scope !== 'read') throw new Error(`read token: ${JSON.stringify(token.body)}`);
  return apiClient(server, token.body.access_token as string);
}
