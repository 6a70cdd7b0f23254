import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, replaceCode, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser as HttpBrowser, signIn } from './support/sign-in.js';

const script = `const runAction = async ({ event, environmentVariables }) => {
  return { action: 'updateUser', user: { name: environmentVariables.PREFIX + event.user.username } };
};`;

describe.skipIf(dialect === 'postgres')('browser: actions in the console', { timeout: 120_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let owner: Awaited<ReturnType<typeof signInToConsole>>;
  let api: ManagementApi;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [owner, api] = await Promise.all([signInToConsole(chromium, server, 'owner'), managementApi(server)]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('writes, tests, enables and saves a post sign-in action that then renames a signing-in user', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, owner, '/console/actions');
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await page.getByText('No script').first().waitFor();
    expect(await page.getByText('No script').count()).toBe(2);
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('link', { name: 'Set up Post sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Post sign-in' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Script', exact: true }).textContent()).toContain('runAction');
    const enabled = page.getByRole('switch', { name: 'Run this action during sign-in' });
    expect(await enabled.isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Refuse the sign-in' }).isChecked()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);

    await replaceCode(page, 'Script', script);
    await page.getByRole('button', { name: 'Add a variable' }).click();
    await page.getByRole('textbox', { name: 'Name of variable 1' }).fill('PREFIX');
    await page.getByRole('textbox', { name: 'Value of variable 1' }).fill('Dr. ');
    await page.getByRole('button', { name: 'Run test' }).click();
    const result = page.locator('.test-result pre');
    await result.waitFor();
    expect(JSON.parse((await result.textContent()) as string)).toEqual({
      action: 'updateUser',
      user: { name: 'Dr. sample_user' },
    });

    await enabled.locator('xpath=ancestor::label').click();
    expect(await enabled.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Action saved.').waitFor();
    expect((await api.get('/configs/actions/action.postSignIn')).body).toMatchObject({
      script,
      environmentVariables: { PREFIX: 'Dr. ' },
      enabled: true,
      onExecutionError: 'block',
    });

    // A real sign-in (openid-client and the Experience API) runs the saved action.
    const app = await createApp(server, 'Traditional', ['http://localhost:3999/callback']);
    const config = await clientConfig(server, app.id, app.secret);
    const request = await authorizationRequest(config, { redirect_uri: 'http://localhost:3999/callback' });
    const user = await createUser(server, { username: 'who_signs_in' });
    const back = await signIn(new HttpBrowser(server.url), request.url, {
      username: 'who_signs_in',
      password: 'correct-horse-battery-staple',
    });
    expect((await redeemCode(config, request, back)).claims()?.sub).toBe(user.id);
    expect((await api.get(`/users/${user.id}`)).body.name).toBe('Dr. who_signs_in');

    await page.goto(`${server.url}/console/actions`);
    await page.getByText('Enabled', { exact: true }).waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
