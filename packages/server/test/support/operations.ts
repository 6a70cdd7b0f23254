import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { createServices } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';

export interface Credentials {
  id: string;
  secret: string;
}

/** Management API credentials written straight into the database, the way the CLI does it. */
export async function seedManagementCredentials(env: Record<string, string>): Promise<Credentials> {
  const services = await createServices(loadConfig(env), pino({ level: 'silent' }));
  try {
    const app = await services.applications.create({ name: 'operator', type: 'MachineToMachine' });
    await services.stores.roles.assignToApplication(app.id, services.managementRoleId);
    return { id: app.id, secret: app.secret };
  } finally {
    await services.storage.close();
  }
}

export async function managementToken(url: string, credentials: Credentials): Promise<string> {
  const response = await fetch(`${url}/oidc/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.id}:${credentials.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource: 'https://default.logto.app/api',
      scope: 'all',
    }),
  });
  if (response.status !== 200) throw new Error(`token: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** One request and what became of it, with the moments that matter to a drain. */
export interface Outcome {
  /** When the request's first bytes (its headers) were handed to the operating system. */
  sentAt?: number;
  status?: number;
  connection?: string;
  body?: string;
  error?: string;
  endedAt: number;
}

/**
 * A Management API call through a node:http agent (so keep-alive sockets are reused the way a
 * client library reuses them). With `trickleMs`, the body's second half follows that much later:
 * a slow upload still in flight.
 */
export function timedRequest(
  agent: http.Agent,
  url: string,
  token: string,
  { method, path, body, trickleMs }: { method: string; path: string; body?: unknown; trickleMs?: number },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Partial<Outcome> = {};
    const payload = body === undefined ? '' : JSON.stringify(body);
    const req = http.request(`${url}${path}`, {
      method,
      agent,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
      },
    });
    const sent = () => {
      outcome.sentAt ??= performance.now();
    };
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          ...outcome,
          status: res.statusCode,
          connection: res.headers.connection,
          body: text,
          endedAt: performance.now(),
        }),
      );
      res.on('error', (error) => resolve({ ...outcome, error: String(error), endedAt: performance.now() }));
    });
    req.on('error', (error) =>
      resolve({
        ...outcome,
        error: (error as NodeJS.ErrnoException).code ?? String(error),
        endedAt: performance.now(),
      }),
    );
    if (!payload) {
      req.end(sent);
      return;
    }
    const half = trickleMs ? Math.floor(payload.length / 2) : payload.length;
    req.write(payload.slice(0, half), sent);
    if (!trickleMs) req.end();
    else setTimeout(() => req.end(payload.slice(half)), trickleMs);
  });
}
