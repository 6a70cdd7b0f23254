import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCookieKeys, loadSigningKeys } from '../src/oidc/keys.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dropStaleConnections } from './support/restart.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience, signIn } from './support/sign-in.js';

/** What the database holds after real flows: hashes and sealed values, never a usable secret. */

const callback = 'http://localhost:3000/callback';
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

async function allModelRows(server: TestServer) {
  return server.services.db.selectFrom('oidc_model_instances').selectAll().execute();
}

function expectAbsent(rows: Record<string, unknown>[], secrets: Record<string, string>) {
  const dump = JSON.stringify(rows);
  for (const [name, secret] of Object.entries(secrets)) {
    expect(secret.length, name).toBeGreaterThan(10);
    expect(dump.includes(secret), `${name} stored in plaintext`).toBe(false);
  }
}

describe(`OIDC storage at rest (${dialect})`, () => {
  let server: TestServer;
  let app: Awaited<ReturnType<typeof createApp>>;
  let config: oidc.Configuration;
  let credentials: { username: string; password: string };

  beforeAll(async () => {
    server = await startTestServer();
    app = await createApp(server, 'SPA', [callback]);
    config = await clientConfig(server, app.id);
    const user = await createUser(server);
    credentials = { username: user.username as string, password };
  });
  afterAll(() => server.stop());

  it('keeps interactions, codes, tokens and sessions only under their hashes', async () => {
    const browser = new Browser(server.url);
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    await (await browser.follow(request.url)).response?.body?.cancel();
    const interactionId = browser.jar.value('_interaction') as string;
    expectAbsent(await allModelRows(server), { interactionId });

    const redirectTo = await completeExperience(browser, credentials);
    const callbackUrl = (await browser.follow(redirectTo)).url;
    const code = callbackUrl.searchParams.get('code') as string;
    const sessionId = browser.jar.value('_session') as string;
    expectAbsent(await allModelRows(server), { code, sessionId });

    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    const rows = await allModelRows(server);
    expectAbsent(rows, {
      code,
      sessionId,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token as string,
    });
    // The rows are there, under the hash: a lookup by the presented value still works.
    const ids = new Set(rows.map((row) => `${row.model_name}:${row.id}`));
    expect(ids.has(`RefreshToken:${sha256(tokens.refresh_token as string)}`)).toBe(true);
    expect(ids.has(`AccessToken:${sha256(tokens.access_token)}`)).toBe(true);
    expect(ids.has(`Session:${sha256(sessionId)}`)).toBe(true);

    // A new interaction of a signed-in browser (prompt=login) refers to its session cookie.
    const again = await authorizationRequest(config, { redirect_uri: callback, prompt: 'login' });
    const landing = await browser.follow(again.url);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    const secondInteraction = browser.jar.value('_interaction') as string;
    expectAbsent(await allModelRows(server), { sessionId, secondInteraction });
    const back = await browser.follow(await completeExperience(browser, credentials));
    expect(back.url.searchParams.get('code')).toBeTruthy();
  });

  it('seals signing keys, cookie keys and client secrets with the master key', async () => {
    const { db, box } = server.services;
    const configs = JSON.stringify(await db.selectFrom('configs').selectAll().execute());
    const signingKeys = await loadSigningKeys(db, box);
    expect(signingKeys.length).toBeGreaterThan(0);
    for (const { jwk } of signingKeys) {
      expect(configs.includes(jwk.d as string)).toBe(false);
      expect(configs.includes(jwk.x as string)).toBe(false);
    }
    for (const cookieKey of await loadCookieKeys(db, box)) expect(configs.includes(cookieKey)).toBe(false);

    const web = await createApp(server, 'Traditional', [callback]);
    const secrets = await db
      .selectFrom('application_secrets')
      .selectAll()
      .where('application_id', '=', web.id)
      .execute();
    expect(secrets).toHaveLength(1);
    expect(JSON.stringify(secrets).includes(web.secret)).toBe(false);
    expect(box.open(secrets[0]?.value_encrypted as string)).toBe(web.secret);
  });
});

describe(`a restarted server on the same database (${dialect})`, () => {
  let first: TestServer;
  let second: TestServer | undefined;

  beforeAll(async () => {
    first = await startTestServer();
  });
  afterAll(async () => {
    await second?.stop();
    fs.rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('keeps sessions, refresh tokens and signing keys', async () => {
    const app = await createApp(first, 'SPA', [callback]);
    const user = await createUser(first);
    const config = await clientConfig(first, app.id);
    const browser = new Browser(first.url);
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const url = await signIn(browser, request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    const keysBefore = await (await fetch(`${first.issuer}/jwks`)).json();

    await first.close();
    second = await startTestServer({
      DB_URL: first.dbUrl,
      TESSERA_DATA_DIR: first.dataDir,
      PORT: String(first.config.port),
    });
    expect(second.issuer).toBe(first.issuer);
    await dropStaleConnections(`${second.issuer}/jwks`);

    expect(await (await fetch(`${second.issuer}/jwks`)).json()).toEqual(keysBefore);
    const jwks = createRemoteJWKSet(new URL(`${second.issuer}/jwks`));
    await expect(jwtVerify(tokens.id_token as string, jwks, { issuer: second.issuer })).resolves.toBeTruthy();

    const restartedConfig = await clientConfig(second, app.id);
    await expect(oidc.fetchUserInfo(restartedConfig, tokens.access_token, user.id)).resolves.toMatchObject({
      sub: user.id,
    });
    const refreshed = await oidc.refreshTokenGrant(restartedConfig, tokens.refresh_token as string);
    expect(refreshed.claims()?.sub).toBe(user.id);

    // The browser's session survived: prompt=none answers with a code, not login_required.
    const silent = await authorizationRequest(restartedConfig, { redirect_uri: callback, prompt: 'none' });
    const result = await browser.follow(silent.url);
    expect(result.leftServer).toBe(true);
    expect(result.url.searchParams.get('code')).toBeTruthy();
  });
});
