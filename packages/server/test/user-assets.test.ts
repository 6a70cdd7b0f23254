import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng, uploadFile } from './support/account-client.js';
import { apiClient, type ManagementApi, managementApi } from './support/management-client.js';
import { clientConfig, createApp } from './support/oidc-fixtures.js';
import { rawRequest } from './support/raw-http.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { appCallback, openInteraction } from './support/social-sign-in.js';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

/**
 * Logto's user assets: `POST /api/user-assets` (Management API), its service status, and the
 * Experience API's avatar upload. Files live in the database, so any node serves any upload.
 */
describe(`User assets (${dialect})`, () => {
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
    await second.stop();
    await server.stop();
  });

  const upload = (bytes: Uint8Array, options: Parameters<typeof uploadFile>[2] = {}) =>
    uploadFile(`${server.url}/api/user-assets`, bytes, { token: api.accessToken, ...options });

  it('tells what it accepts, as Logto’s service status', async () => {
    expect(await api.get('/user-assets/service-status')).toMatchObject({
      status: 200,
      body: {
        status: 'ready',
        allowUploadMimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
        maxUploadFileSize: 2 * 1024 * 1024,
      },
    });
    expect((await fetch(`${server.url}/api/user-assets/service-status`)).status).toBe(401);
  });

  it('stores each accepted type by its bytes and serves it from every node at a stable URL', async () => {
    for (const [bytes, type, extension] of [
      [tinyPng, 'image/png', 'png'],
      [jpeg, 'image/jpeg', 'jpg'],
      [gif, 'image/gif', 'gif'],
      [webp, 'image/webp', 'webp'],
    ] as const) {
      const uploaded = await upload(bytes, { type: 'application/octet-stream', filename: 'picture' });
      expect(uploaded.status, `${type}: ${JSON.stringify(uploaded.body)}`).toBe(200);
      expect(uploaded.body.url).toMatch(new RegExp(`^${server.url}/user-assets/[a-z0-9]{21}\\.${extension}$`));
      const path = new URL(uploaded.body.url).pathname;
      for (const node of [server, second]) {
        const served = await fetch(`${node.url}${path}`);
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe(type);
        expect(served.headers.get('x-content-type-options')).toBe('nosniff');
        expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
        expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
      }
      // The extension is part of the name: another one does not serve the file as that type.
      const other = path.replace(/\.[a-z]+$/, extension === 'png' ? '.gif' : '.png');
      expect((await fetch(`${server.url}${other}`)).status).toBe(404);
    }
    expect((await fetch(`${server.url}/user-assets/aaaaaaaaaaaaaaaaaaaaa.png`)).status).toBe(404);
    const dotted = await rawRequest(server.url, 'GET', '/user-assets/../api/swagger.json');
    expect(dotted.type).not.toContain('image/');
  });

  it('refuses files that only claim to be images, too large files, other bodies and other callers', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    for (const [bytes, type] of [
      [svg, 'image/svg+xml'],
      [svg, 'image/png'],
      [html, 'image/gif'],
      [Buffer.from('%PDF-1.7'), 'application/pdf'],
      [jpeg, 'image/png'],
    ] as const)
      expect(await upload(bytes, { type }), type).toMatchObject({
        status: 400,
        body: { code: 'guard.mime_type_not_allowed' },
      });
    expect(await upload(Buffer.concat([tinyPng, Buffer.alloc(2 * 1024 * 1024)]))).toMatchObject({
      status: 400,
      body: { code: 'guard.file_size_exceeded' },
    });
    // A body far over the limit is refused by its declared length, before it is read.
    const huge = await rawRequest(server.url, 'POST', '/api/user-assets', {
      headers: {
        authorization: `Bearer ${api.accessToken}`,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(64 * 1024 * 1024),
      },
      body: '--x\r\n',
    });
    expect(huge).toMatchObject({ status: 400, body: { code: 'guard.file_size_exceeded' } });
    expect(await upload(Buffer.alloc(0))).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    const json = await api.post('/user-assets', { file: tinyPng.toString('base64') });
    expect(json).toMatchObject({ status: 415, body: { code: 'guard.unsupported_media_type' } });
    expect((await uploadFile(`${server.url}/api/user-assets`, tinyPng)).status).toBe(401);
    const wrongField = new FormData();
    wrongField.append('image', new Blob([new Uint8Array(tinyPng)], { type: 'image/png' }), 'a.png');
    const missing = await fetch(`${server.url}/api/user-assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.accessToken}` },
      body: wrongField,
    });
    expect(missing.status).toBe(400);
    expect(await apiClient(server, 'not-a-token').get('/user-assets/service-status')).toMatchObject({ status: 401 });
  });

  it('takes an avatar in the Experience API, only within an interaction of this site', async () => {
    const url = `${server.url}/api/experience/user-assets/avatar`;
    expect(await uploadFile(url, tinyPng)).toMatchObject({
      status: 400,
      body: { code: 'session.interaction_not_found' },
    });

    const config = await clientConfig(server, (await createApp(server, 'SPA', [appCallback])).id);
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    expect((await browser.api('PUT', '', { interactionEvent: 'Register' })).status).toBe(204);
    const send = async (bytes: Buffer, headers: Record<string, string> = {}) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'me.png');
      const response = await browser.request(url, { method: 'POST', body: form, headers });
      return { status: response.status, body: await response.json() };
    };
    const uploaded = await send(tinyPng);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect((await fetch(uploaded.body.url)).headers.get('content-type')).toBe('image/png');
    expect(await send(tinyPng, { 'sec-fetch-site': 'cross-site' })).toMatchObject({
      status: 403,
      body: { code: 'session.cross_origin_request' },
    });
    expect(await send(Buffer.from('<svg/>'))).toMatchObject({
      status: 400,
      body: { code: 'guard.mime_type_not_allowed' },
    });
    // Uploads from one address are limited (30 an hour), counted before the body is read.
    const statuses: number[] = [];
    for (let index = 0; index < 30; index++) statuses.push((await send(tinyPng)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(28);
    expect(await send(tinyPng)).toMatchObject({ status: 429, body: { code: 'user_assets.too_many_uploads' } });
  });
});
