import * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consentPage } from './support/consent-fixtures.js';
import { managementApi } from './support/management-client.js';
import { clientConfig, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * The device flow as a person meets it: a TV (openid-client's device helpers) shows a code; the
 * person opens /device in Chromium, types the code with the keyboard, confirms it, signs in on the
 * hosted sign-in page and sees that the device is signed in, while the TV's polling gets tokens.
 */
describe.skipIf(dialect === 'postgres')(`device flow pages in a browser (${dialect})`, { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let config: oidc.Configuration;
  let page: Page;
  let cspReports: string[];
  let username: string;
  let userId: string;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    const api = await managementApi(server);
    const app = await api.post('/applications', {
      name: 'Living room TV',
      type: 'Native',
      customClientMetadata: { isDeviceFlow: true },
    });
    config = await clientConfig(server, app.body.id);
    const user = await createUser(server);
    username = user.username as string;
    userId = user.id;
  });
  afterEach(async () => {
    await page?.context().close();
    expect(cspReports).toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const codeField = () => page.getByRole('textbox', { name: 'Device code' });

  it('takes the code by keyboard, says when it is wrong, and signs the device in', async () => {
    ({ page, cspReports } = await consentPage(chromium));
    const device = await oidc.initiateDeviceAuthorization(config, { scope: 'openid offline_access' });
    const polling = oidc.pollDeviceAuthorizationGrant(config, device);

    await page.goto(`${server.url}/device`);
    await page.getByRole('heading', { name: 'Sign in on your device' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/oidc/device');
    expect(await axeLightAndDark(page)).toEqual([]);

    // The field has the focus: type a wrong code and press Enter.
    await page.keyboard.type('BCDF-GHJK');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'This code is not right' }).waitFor();
    await expect.poll(() => codeField().getAttribute('aria-invalid')).toBe('true');
    expect(await codeField().evaluate((input) => input.getAttribute('aria-describedby'))).toBe('user-code-error');
    expect(await axeLightAndDark(page)).toEqual([]);

    await codeField().fill('');
    await codeField().focus();
    await page.keyboard.type(device.user_code);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Is this your device?' }).waitFor();
    await page.getByText(device.user_code, { exact: true }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, continue' }).focus();
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Username', { exact: true }).fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'You are signed in' }).waitFor();
    await page.getByText('You can close this window and go back to your device.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    const tokens = await polling;
    expect(tokens.claims()?.sub).toBe(userId);
  });

  it('opens the confirmation straight from the complete verification link, cancels in Simplified Chinese, and the device is refused', async () => {
    ({ page, cspReports } = await consentPage(chromium, { locale: 'zh-CN' }));
    const device = await oidc.initiateDeviceAuthorization(config, { scope: 'openid' });
    const polling = oidc.pollDeviceAuthorizationGrant(config, device);

    // The link a device shows as a QR code carries the code: no typing.
    expect(device.verification_uri_complete).toBe(`${server.issuer}/device?user_code=${device.user_code}`);
    await page.goto(device.verification_uri_complete as string);
    await page.getByRole('heading', { name: '这是你的设备吗？' }).waitFor();
    await page.getByText(device.user_code, { exact: true }).waitFor();
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('登录已取消。你可以关闭此窗口。').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await expect(polling).rejects.toMatchObject({ error: 'access_denied' });
  });
});
