import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** The application's OAuth extension settings in the console: device flow, PAR, DPoP, back-channel logout. */
describe.skipIf(dialect === 'postgres')('browser: console OAuth extension settings', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Awaited<ReturnType<typeof signInToConsole>>;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    admin = await signInToConsole(chromium, server, 'admin');
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const toggle = async (page: Page, name: string) => {
    const box = page.getByRole('checkbox', { name });
    expect(await box.isChecked()).toBe(false);
    await box.locator('xpath=ancestor::label[1]').click();
    expect(await box.isChecked()).toBe(true);
  };

  it('saves the switches and the back-channel logout URI, with the error next to the field', async () => {
    const api = await managementApi(server);
    const native = (await api.post('/applications', { name: 'TV', type: 'Native' })).body.id as string;
    const { context, page, cspReports } = await openConsoleAs(
      chromium,
      server,
      admin,
      `/console/applications/${native}`,
    );
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'OAuth extensions' }).waitFor();
    await toggle(page, 'Device flow');
    await toggle(page, 'Require pushed authorization requests (PAR)');
    await toggle(page, 'Require DPoP-bound tokens');
    const uri = page.getByRole('textbox', { name: 'Back-channel logout URI' });
    await uri.fill('not a url');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => uri.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await page.getByText('Enter an http or https URL').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await uri.fill('https://tv.example.com/logout');
    await toggle(page, 'Include the session ID (sid) in logout tokens');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Application saved.').waitFor();
    expect((await api.get(`/applications/${native}`)).body).toMatchObject({
      oidcClientMetadata: {
        backchannelLogoutUri: 'https://tv.example.com/logout',
        backchannelLogoutSessionRequired: true,
      },
      customClientMetadata: {
        isDeviceFlow: true,
        requirePushedAuthorizationRequests: true,
        dpopBoundAccessTokens: true,
      },
    });
    // The provider takes the saved settings: this app now gets device codes.
    const device = await fetch(`${server.issuer}/device/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: native, scope: 'openid' }),
    });
    expect(device.status).toBe(200);
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
