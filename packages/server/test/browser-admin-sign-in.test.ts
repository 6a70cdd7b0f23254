import * as oidc from 'openid-client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleApplicationId } from '../src/realm/admin-seed.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { authorizationRequest, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const adminPassword = 'a long admin passphrase';

/** The hosted page under /admin: the same files, talking to /admin/api and returning through /admin/oidc. */
describe(`browser: an administrator signs in at /admin/sign-in (${dialect})`, () => {
  let server: TestServer;
  let chromium: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('signs in with a password, offers MFA set-up with a skip, and returns to the console with a code', async () => {
    const admin = await server.services.admins.create({ username: 'root', password: adminPassword, role: 'owner' });
    const issuer = `${server.url}/admin/oidc`;
    const callback = `${server.url}/console/callback`;
    const config = await oidc.discovery(new URL(issuer), consoleApplicationId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const page = await (await chromium.newContext()).newPage();
    await page.goto(request.url.toString());
    await page.waitForURL((url) => url.pathname === '/admin/sign-in');
    // Sign-up is closed: the page offers no account creation.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create account' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('#username').fill('root');
    await page.locator('#password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const atConsole = page.waitForRequest((sent) => sent.url().startsWith(callback));
    await page.getByRole('button', { name: 'Skip for now' }).click();
    const tokens = await redeemCode(config, request, new URL((await atConsole).url()));
    expect(tokens.claims()).toMatchObject({ iss: issuer, sub: admin.id });
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name.startsWith('_admin_session')).map((c) => c.path)).toContain('/admin');
    expect(cookies.some((c) => c.name === '_session')).toBe(false);
  });
});
