import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from './support/account-client.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { clientConfig, createApp } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction } from './support/social-sign-in.js';

const indexHtml =
  '<!doctype html><html><head><title>Acme sign-in</title><script type="module" src="/assets/app-1a2b.js"></script></head><body><h1>Acme custom sign-in</h1></body></html>';
const customUiZip = (files: Record<string, string | Uint8Array> = {}) =>
  zipSync(
    Object.fromEntries(
      Object.entries({ 'index.html': indexHtml, 'assets/app-1a2b.js': 'console.log("acme")', ...files }).map(
        ([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content],
      ),
    ),
  );

/**
 * Logto's "bring your own UI": `POST /api/sign-in-exp/default/custom-ui-assets` takes a zip, and
 * the sign-in experience's `customUiAssets` then makes the server serve it instead of the
 * built-in pages, from the database (every node), as static files under their own CSP.
 */
describe(`Custom sign-in UI assets (${dialect})`, () => {
  const env = { TESSERA_MASTER_KEY: randomBytes(32).toString('base64url') };
  let server: TestServer;
  let second: TestServer;
  let api: ManagementApi;

  beforeAll(async () => {
    server = await startTestServer(env);
    second = await startTestServer({ ...env, DB_URL: server.dbUrl });
    api = await managementApi(server);
  });
  afterAll(async () => {
    await second?.stop();
    await server?.stop();
  });

  const upload = (bytes: Uint8Array, type = 'application/zip') =>
    uploadFile(`${server.url}/api/sign-in-exp/default/custom-ui-assets`, bytes, {
      token: api.accessToken,
      type,
      filename: 'dist.zip',
    });

  it('serves an uploaded UI where the authorization request lands, on every node, until it is unset', async () => {
    // A type that says nothing (as some clients send a zip) defers to the bytes.
    const uploaded = await upload(customUiZip({ 'data.bin': 'raw' }), 'application/octet-stream');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body).toEqual({ customUiAssetId: expect.stringMatching(/^[a-z0-9]{8}$/) });
    const customUiAssets = { id: uploaded.body.customUiAssetId, createdAt: Date.now() };
    const patched = await api.patch('/sign-in-exp', { customUiAssets });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.customUiAssets).toEqual(customUiAssets);

    const app = await createApp(server, 'Traditional', ['https://app.example.test/callback']);
    const config = await clientConfig(server, app.id, app.secret as string);
    // The app's authorization request lands on the custom UI (the provider's redirect, followed).
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    expect(await (await browser.request('/sign-in')).text()).toBe(indexHtml);
    // Every node serves it from the database.
    for (const node of [server, second]) {
      const landing = await fetch(`${node.url}/sign-in`);
      expect(landing.status).toBe(200);
      expect(await landing.text()).toBe(indexHtml);
      expect(landing.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = landing.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      // The UI's own files, as bundled; its SPA routes get index.html; the server's surfaces stay its own.
      const script = await fetch(`${node.url}/assets/app-1a2b.js`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await script.text()).toBe('console.log("acme")');
      expect(await (await fetch(`${node.url}/identifier-sign-in`)).text()).toBe(indexHtml);
      const raw = await fetch(`${node.url}/data.bin`);
      expect(raw.headers.get('content-type')).toBe('application/octet-stream');
      expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await fetch(`${node.url}/assets/missing.js`)).status).toBe(404);
      // The social callback is the custom UI's too, except the account page's (state `ac_…`).
      expect(await (await fetch(`${node.url}/callback/conn-1?code=c&state=se_1`)).text()).toBe(indexHtml);
      const toAccount = await fetch(`${node.url}/callback/conn-1?code=c&state=ac_1`, { redirect: 'manual' });
      expect(toAccount.headers.get('location')).toBe('/account/callback/social/conn-1?code=c&state=ac_1');
      expect(await (await fetch(`${node.url}/consent`)).text()).not.toBe(indexHtml);
      expect((await fetch(`${node.url}/oidc/.well-known/openid-configuration`)).status).toBe(200);
      expect(await (await fetch(`${node.url}/sign-in/assets/style.css`)).text()).not.toBe(indexHtml);
    }

    expect((await api.patch('/sign-in-exp', { customUiAssets: null })).status).toBe(200);
    const builtIn = await (await fetch(`${server.url}/sign-in`)).text();
    expect(builtIn).not.toBe(indexHtml);
    expect((await fetch(`${server.url}/assets/app-1a2b.js`)).status).toBe(404);
  });

  it('refuses zips with paths that leave the root, without index.html, too large, or not zips', async () => {
    for (const name of [
      '../evil.html',
      'assets/../../evil.html',
      '/etc/evil.html',
      'a\\..\\evil.html',
      'C:/evil.html',
    ]) {
      const refused = await upload(customUiZip({ [name]: 'x' }));
      expect(refused, name).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
      expect(refused.body.message).toContain('unsafe path');
    }
    const noIndex = zipSync({ 'app.html': strToU8(indexHtml) });
    expect(await upload(noIndex)).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    // A file over 10 MB unpacked (it compresses to almost nothing): refused before it is inflated.
    const bomb = customUiZip({ 'big.bin': new Uint8Array(10 * 1024 * 1024 + 1) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await upload(bomb)).toMatchObject({ status: 400, body: { code: 'guard.file_size_exceeded' } });
    const tooMany = customUiZip(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect(await upload(tooMany)).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    const huge = randomBytes(20 * 1024 * 1024 + 1);
    expect(await upload(huge)).toMatchObject({ status: 400, body: { code: 'guard.file_size_exceeded' } });
    expect(await upload(strToU8('not a zip'))).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    expect(await upload(customUiZip(), 'text/html')).toMatchObject({
      status: 400,
      body: { code: 'guard.mime_type_not_allowed' },
    });
    const anonymous = await uploadFile(`${server.url}/api/sign-in-exp/default/custom-ui-assets`, customUiZip(), {
      type: 'application/zip',
    });
    expect(anonymous.status).toBe(401);
  });
});
