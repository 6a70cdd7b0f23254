import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmUserCode, submitUserCode } from './support/device-flow.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { clientConfig, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';

/** The device authorization grant (RFC 8628) with Logto's `isDeviceFlow` apps, over HTTP. */

describe(`device authorization grant (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  const deviceApp = async () => {
    const created = await api.post('/applications', {
      name: 'TV app',
      type: 'Native',
      customClientMetadata: { isDeviceFlow: true },
    });
    expect(created.status).toBe(200);
    return created.body.id as string;
  };

  it('lists the device authorization endpoint in discovery and keeps device flow to native apps', async () => {
    const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery.device_authorization_endpoint).toBe(`${server.issuer}/device/auth`);
    expect(discovery.grant_types_supported).toContain('urn:ietf:params:oauth:grant-type:device_code');

    const web = await api.post('/applications', {
      name: 'Web',
      type: 'SPA',
      customClientMetadata: { isDeviceFlow: true },
    });
    expect(web.status).toBe(422);
    expect(web.body.code).toBe('application.device_flow_native_only');
    const traditional = (await api.post('/applications', { name: 'Site', type: 'Traditional' })).body.id;
    const patched = await api.patch(`/applications/${traditional}`, { customClientMetadata: { isDeviceFlow: true } });
    expect(patched.status).toBe(422);
    expect(patched.body.code).toBe('application.device_flow_native_only');

    // /device at the site root is Logto's shortcut to the "enter the code" page.
    const shortcut = await fetch(`${server.url}/device?user_code=ABCD-EFGH`, { redirect: 'manual' });
    expect(shortcut.status).toBe(302);
    expect(shortcut.headers.get('location')).toBe('/oidc/device?user_code=ABCD-EFGH');
  });

  it('signs a device in with openid-client while the person enters the code and signs in', async () => {
    const clientId = await deviceApp();
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const device = await oidc.initiateDeviceAuthorization(config, { scope: 'openid offline_access' });
    expect(device.verification_uri).toBe(`${server.issuer}/device`);
    expect(device.user_code).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    const polling = oidc.pollDeviceAuthorizationGrant(config, device);

    const browser = new Browser(server.url);
    const confirm = await submitUserCode(browser, device.user_code.toLowerCase().replace('-', ' '));
    expect(confirm.html).toContain('Is this your device?');
    const started = await confirmUserCode(browser, confirm.html, device.user_code);
    const landing = await browser.follow(started.headers.get('location') as string);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    const redirectTo = await completeExperience(browser, { username: user.username as string, password });
    const done = await browser.follow(redirectTo);
    const body = await done.response?.text();
    expect(done.response?.status).toBe(200);
    expect(body).toContain('You are signed in');

    const tokens = await polling;
    expect(tokens.claims()?.sub).toBe(user.id);
    expect(tokens.refresh_token).toBeTruthy();
    const info = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info.sub).toBe(user.id);
  }, 30_000);

  it('says a wrong code is wrong, and limits wrong guesses per client', async () => {
    const browser = new Browser(server.url);
    const wrong = await submitUserCode(browser, 'BCDF-GHJK');
    expect(wrong.status).toBe(200);
    expect(wrong.html).toContain('This code is not right');
    expect(wrong.html).toContain('aria-invalid="true"');
    // The limit is 10 wrong codes per client IP in 10 minutes: the 11th is refused unseen.
    for (let i = 0; i < 9; i++) expect((await submitUserCode(browser, 'BCDF-GHJK')).status).toBe(200);
    const limited = await submitUserCode(browser, 'BCDF-GHJK');
    expect(limited.status).toBe(429);
    expect(limited.html).toContain('Too many wrong codes');
  });
});
