import { decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, replaceCode, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

const claimsScript = `const getCustomJwtClaims = async ({ token, context, environmentVariables }) => {
  return { plan: context.application ? 'service' : 'none', region: environmentVariables.REGION, client: token.clientId };
};`;

describe.skipIf(dialect === 'postgres')('browser: custom token claims in the console', { timeout: 120_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let owner: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [owner, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'owner'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('writes, tests and saves a machine-to-machine script whose claims a real client then gets', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, owner, '/console/custom-jwt');
    await page.getByRole('heading', { level: 1, name: 'Custom token claims' }).waitFor();
    await page.getByText('No script').first().waitFor();
    expect(await page.getByText('No script').count()).toBe(2);
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('link', { name: 'Set up Machine-to-machine tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'Machine-to-machine tokens' }).waitFor();
    // A new script starts from the documented function and refuses tokens when it fails.
    const script = page.getByRole('textbox', { name: 'Script', exact: true });
    expect(await script.textContent()).toContain('getCustomJwtClaims');
    expect(await page.getByRole('radio', { name: 'Refuse the token' }).isChecked()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);

    // Tab leaves the editor: the page works with the keyboard alone.
    await script.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);

    await replaceCode(page, 'Script', claimsScript);
    await page.getByRole('button', { name: 'Add a variable' }).click();
    await page.getByRole('textbox', { name: 'Name of variable 1' }).fill('REGION');
    await page.getByRole('textbox', { name: 'Value of variable 1' }).fill('eu-west');

    // A token sample that is not JSON is named next to its field, in words, and nothing runs.
    const tokenSample = await replaceCode(page, 'Token sample (JSON)', '{ "clientId": ');
    await page.getByRole('button', { name: 'Run test' }).click();
    await expect.poll(() => descriptionOf(tokenSample)).toContain('This is not valid JSON');
    await page.getByRole('button', { name: 'Restore the samples' }).click();
    await page.getByRole('button', { name: 'Run test' }).click();
    const result = page.locator('.test-result pre');
    await result.waitFor();
    expect(JSON.parse((await result.textContent()) as string)).toEqual({
      plan: 'service',
      region: 'eu-west',
      client: 'sample-m2m-app-id',
    });

    // A script that never ends is stopped by the sandbox and reported; the page stays usable.
    const looping = 'const getCustomJwtClaims = async () => { while (true) {} };';
    await replaceCode(page, 'Script', looping);
    await page.getByRole('button', { name: 'Run test' }).click();
    await page.getByRole('alert').filter({ hasText: 'The script failed' }).waitFor();
    await replaceCode(page, 'Script', claimsScript);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const stored = await api.get('/configs/jwt-customizer/client-credentials');
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      script: claimsScript,
      environmentVariables: { REGION: 'eu-west' },
      blockIssuanceOnError: true,
    });

    // The claims reach a real client's access token (openid-client, client credentials).
    const resource = await api.post('/resources', { name: 'Orders', indicator: 'https://orders.example.com' });
    const app = await api.post('/applications', { name: 'Fulfilment', type: 'MachineToMachine' });
    expect(app.status).toBe(200);
    const config = await oidc.discovery(
      new URL(server.issuer),
      app.body.id,
      app.body.secret,
      oidc.ClientSecretBasic(app.body.secret),
      { execute: [oidc.allowInsecureRequests] },
    );
    const tokens = await oidc.clientCredentialsGrant(config, { resource: resource.body.indicator });
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      plan: 'service',
      region: 'eu-west',
      client: app.body.id,
      aud: 'https://orders.example.com',
    });

    await page.goto(`${server.url}/console/custom-jwt`);
    await page.getByText('Script set').waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('lets a Viewer run a test but not save or delete', async () => {
    const put = await api.put('/configs/jwt-customizer/access-token', {
      script: 'const getCustomJwtClaims = async ({ context }) => ({ plan: context.user.customData.plan });',
      environmentVariables: { SECRET_KEY: 'do-not-show' },
    });
    expect(put.status).toBeLessThan(300);
    const { context, page } = await openConsoleAs(chromium, server, viewer, '/console/custom-jwt/access-token');
    await page.getByRole('heading', { level: 1, name: 'User access tokens' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete script' }).isDisabled()).toBe(true);
    expect(await page.getByText('can view but not change this').count()).toBeGreaterThan(0);
    // Environment values are secrets: a read-only administrator never receives them.
    expect(await page.content()).not.toContain('do-not-show');
    await page.getByRole('button', { name: 'Run test' }).click();
    expect(JSON.parse((await page.locator('.test-result pre').textContent()) as string)).toEqual({ plan: 'pro' });
    expect(await axeLightAndDark(page)).toEqual([]);
    await context.close();
  });

  it('deletes a script after asking, and says what is lost', async () => {
    const { context, page } = await openConsoleAs(chromium, server, owner, '/console/custom-jwt/access-token');
    // Act once the page knows the administrator's rights: until then the editor is read-only.
    const editor = page.getByRole('textbox', { name: 'Script', exact: true });
    await expect.poll(() => editor.getAttribute('aria-readonly'), { timeout: 15_000 }).toBeNull();
    await page.getByRole('button', { name: 'Delete script' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete the script for User access tokens?' });
    expect(await dialog.textContent()).toContain('New tokens no longer get the custom claims.');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Custom token claims' }).waitFor();
    expect((await api.get('/configs/jwt-customizer/access-token')).status).toBe(404);
    await context.close();
  });
});
