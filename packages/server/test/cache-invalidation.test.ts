import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationQuery } from './support/authorization-query.js';
import { cli, ensureBuiltCli } from './support/cli.js';
import { apiClient, clientCredentialsToken, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Two nodes on one PostgreSQL database, as behind a load balancer: configuration cached on node B
 * follows a change made through node A's Management API within one second (LISTEN/NOTIFY), and
 * B's listener recovers from a lost connection, dropping its caches. (SQLite shares caches between
 * the workers of one machine only: cluster.test.ts.)
 */
const env = { TESSERA_MASTER_KEY: randomBytes(32).toString('base64url') };
const boundMs = 1000;
const color = (primaryColor: string) => ({ primaryColor, isDarkModeEnabled: false, darkPrimaryColor: '#8B6DFF' });

/** Polls until `check` holds; fails when it still does not after the one-second bound. */
async function withinBound(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > boundMs) throw new Error(`not in effect within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(dialect !== 'postgres')('configuration caches across two nodes (postgres)', () => {
  let a: TestServer;
  let b: TestServer;
  let apiA: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    a = await startTestServer(env);
    b = await startTestServer({ ...env, DB_URL: a.dbUrl });
    apiA = await managementApi(a);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  /** An authorization request on node B: accepted (a redirect to sign in) or refused for its redirect URI. */
  async function authorizeOnB(clientId: string, redirectUri: string): Promise<boolean> {
    const query = authorizationQuery(clientId, redirectUri);
    const response = await fetch(`${b.issuer}/auth?${query}`, { redirect: 'manual' });
    await response.arrayBuffer();
    return response.status === 303;
  }

  it("an application's redirect URIs changed on A are in effect on B within a second", async () => {
    const created = await apiA.call('POST', '/applications', {
      name: 'Cached web app',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['https://app.example/one'], postLogoutRedirectUris: [] },
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    // B caches the client record.
    expect(await authorizeOnB(id, 'https://app.example/one')).toBe(true);
    expect(await authorizeOnB(id, 'https://app.example/two')).toBe(false);

    const patched = await apiA.call('PATCH', `/applications/${id}`, {
      oidcClientMetadata: { redirectUris: ['https://app.example/two'] },
    });
    expect(patched.status).toBe(200);
    await withinBound(async () => await authorizeOnB(id, 'https://app.example/two'));
    expect(await authorizeOnB(id, 'https://app.example/one')).toBe(false);
  });

  it('a sign-in experience setting changed on A is what B serves within a second', async () => {
    const read = async () => (await (await fetch(`${b.url}/api/.well-known/sign-in-exp`)).json()).color.primaryColor;
    const before = await read();
    const next = before === '#112233' ? '#445566' : '#112233';
    const patched = await apiA.call('PATCH', '/sign-in-exp', { color: color(next) });
    expect(patched.status).toBe(200);
    await withinBound(async () => (await read()) === next);
  });

  it('a resource created on A is a valid target on B within a second, and its token lifetime follows', async () => {
    const indicator = `https://api-${randomBytes(4).toString('hex')}.example`;
    const tokenOnB = () => clientCredentialsToken(b, apiA.credentials, { resource: indicator });
    // B has looked the indicator up and found nothing.
    expect((await tokenOnB()).body.error).toBe('invalid_target');

    const created = await apiA.call('POST', '/resources', { name: 'Cached API', indicator, accessTokenTtl: 600 });
    expect(created.status).toBe(201);
    await withinBound(async () => (await tokenOnB()).status === 200);
    expect((await tokenOnB()).body.expires_in).toBe(600);

    const patched = await apiA.call('PATCH', `/resources/${created.body.id}`, { accessTokenTtl: 1200 });
    expect(patched.status).toBe(200);
    await withinBound(async () => (await tokenOnB()).body.expires_in === 1200);
  });

  it("a role taken from a machine-to-machine app on A is out of B's client credentials tokens within a second", async () => {
    const indicator = `https://api-${randomBytes(4).toString('hex')}.example`;
    const resource = await apiA.call('POST', '/resources', { name: 'Permission API', indicator });
    const scope = await apiA.call('POST', `/resources/${resource.body.id}/scopes`, { name: 'read:cached' });
    const role = await apiA.call('POST', '/roles', {
      name: `m2m-${randomBytes(4).toString('hex')}`,
      description: 'cached permissions',
      type: 'MachineToMachine',
      scopeIds: [scope.body.id],
    });
    const app = await apiA.call('POST', '/applications', { name: 'Cached M2M', type: 'MachineToMachine' });
    const credentials = { clientId: app.body.id, clientSecret: app.body.secret };
    await apiA.call('POST', `/roles/${role.body.id}/applications`, { applicationIds: [app.body.id] });
    const scopeOnB = async () => {
      const token = await clientCredentialsToken(b, credentials, { resource: indicator });
      return JSON.parse(Buffer.from(token.body.access_token.split('.')[1], 'base64url').toString()).scope;
    };
    // B caches what the app holds.
    await withinBound(async () => (await scopeOnB()) === 'read:cached');

    const removed = await apiA.call('DELETE', `/roles/${role.body.id}/applications/${app.body.id}`);
    expect(removed.status).toBe(204);
    await withinBound(async () => (await scopeOnB()) === undefined);
  });

  it("a signing key rotated through A's Management API is in B's JWKS within a second", async () => {
    const kids = async () =>
      ((await (await fetch(`${b.issuer}/jwks`)).json()).keys as Array<{ kid: string }>).map((key) => key.kid);
    const before = await kids();
    const rotated = await apiA.call('POST', '/configs/oidc/private-keys/rotate', {});
    expect(rotated.status).toBe(200);
    const newKid = (rotated.body as Array<{ id: string }>).map((key) => key.id).find((kid) => !before.includes(kid));
    expect(newKid).toBeDefined();
    await withinBound(async () => (await kids()).includes(newKid as string));
  });

  it('a key rotated with the CLI (another process) is in the JWKS of both nodes within a second of its end', async () => {
    ensureBuiltCli();
    const rotated = await cli({ ...env, DB_URL: a.dbUrl, TESSERA_DATA_DIR: a.dataDir }, ['keys', 'rotate', '--json']);
    expect(rotated.code).toBe(0);
    const newKid = JSON.parse(rotated.stdout).id as string;
    const kids = async (node: TestServer) =>
      ((await (await fetch(`${node.issuer}/jwks`)).json()).keys as Array<{ kid: string }>).map((key) => key.kid);
    await withinBound(async () => (await kids(a)).includes(newKid) && (await kids(b)).includes(newKid));
  });

  it('a listener whose connection is killed reconnects, and drops what it cached meanwhile', async () => {
    const read = async () => (await (await fetch(`${b.url}/api/.well-known/sign-in-exp`)).json()).color.primaryColor;
    await read(); // cached on B
    const listener = b.cacheListenerPid();
    expect(listener).toBeDefined();
    const admin = new pg.Client({ connectionString: b.dbUrl });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [listener]);
      // A write no node hears about (as one made while B's listener was away).
      const row = await admin.query<{ data: string }>("select data from sign_in_experiences where id = 'default'");
      const data = JSON.parse(row.rows[0]?.data ?? '{}');
      data.color = color('#a1b2c3');
      await admin.query("update sign_in_experiences set data = $1 where id = 'default'", [JSON.stringify(data)]);
    } finally {
      await admin.end();
    }
    await expect
      .poll(
        () => {
          const pid = b.cacheListenerPid();
          return pid !== undefined && pid !== listener;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await read()).toBe('#a1b2c3');

    // Listening again: the next change through A reaches B within the bound.
    await apiA.call('PATCH', '/sign-in-exp', { color: color('#0a0b0c') });
    await withinBound(async () => (await read()) === '#0a0b0c');
    // B still issues tokens, and its Management API takes them.
    const token = await clientCredentialsToken(b, apiA.credentials, {
      resource: a.config.managementApiIndicator,
      scope: 'all',
    });
    expect(token.status).toBe(200);
    expect((await apiClient(b, token.body.access_token).call('GET', '/applications')).status).toBe(200);
  });
});
