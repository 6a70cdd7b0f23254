import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { createUser } from './support/oidc-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';
import type { Browser } from 'playwright-core';

describe('scratch', () => {
  let server: TestServer;
  let chromium: Browser;
  beforeAll(async () => { [server, chromium] = await Promise.all([startTestServer(), launchChromium()]); });
  afterAll(async () => { await Promise.all([chromium?.close(), server?.stop()]); });
  it('shots', async () => {
    const admin = await signInToConsole(chromium, server, 'admin');
    const api = await managementApi(server);
    await api.post('/roles', { name: 'Editor', description: 'Edits articles', type: 'User' });
    const org = await api.post('/organizations', { name: 'Acme Corp' });
    const u = await createUser(server, { username: 'ada', name: 'Ada Lovelace', primaryEmail: 'ada@example.com', primaryPhone: '4915112345678' });
    await createUser(server, { username: 'bob', avatar: null });
    await api.post(`/organizations/${org.body.id}/users`, { userIds: [u.id] });
    await api.post(`/users/${u.id}/mfa-verifications`, { type: 'Totp' });
    await api.patch(`/users/${u.id}/is-suspended`, { isSuspended: true });
    for (const [w, scheme] of [[1280, 'light'], [390, 'dark']] as const) {
      const context = await chromium.newContext({ storageState: admin.storageState, viewport: { width: w, height: 900 }, colorScheme: scheme });
      context.setDefaultTimeout(15000);
      const page = await context.newPage();
      await page.goto(`${server.url}/console/users`);
      await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
      await page.screenshot({ path: `/tmp/shots/list-${w}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: `/tmp/shots/create-${w}.png` });
      await page.getByRole('textbox', { name: 'Username' }).fill(`x${w}`);
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      await page.getByRole('dialog', { name: 'User created' }).waitFor();
      await page.screenshot({ path: `/tmp/shots/created-${w}.png` });
      await page.goto(`${server.url}/console/users/${u.id}`);
      await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
      await page.getByRole('rowheader', { name: 'Authenticator app' }).waitFor();
      await page.screenshot({ path: `/tmp/shots/user-${w}.png`, fullPage: true });
      console.log('overflow', w, await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
      await context.close();
    }
  }, 120000);
});
