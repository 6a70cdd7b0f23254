import fs from 'node:fs';
import type LogtoClient from '@logto/browser';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateId } from '../src/crypto/ids.js';
import { launchChromium, type SpaHost, startSpaHost } from './support/browser.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

declare global {
  interface Window {
    logto: LogtoClient;
  }
}

const resource = 'https://reports.tessera.test';
const permission = 'read:reports';
const password = 'Tessera-browser-pass-42';
/** Screenshots for people to look at (kept out of the repository). */
const screensDir = process.env.TESSERA_SCREENS_DIR ?? '/tmp/tessera-screens';

/**
 * A single page app on its own origin signs in with @logto/browser against Tessera in headless
 * Chromium. Tessera answers at http://localhost:<port>, the SPA at http://127.0.0.1:<other port>
 * (or the other way round): every discovery, token, user info and refresh call is a cross-site
 * fetch, so CORS has to be right for it to pass.
 */
describe(`single page app with @logto/browser in Chromium (${dialect})`, () => {
  let server: TestServer;
  let spa: SpaHost;
  let browser: Browser;
  let spaOrigin: string;
  let foreignOrigin: string;
  let appId: string;
  let userId: string;

  beforeAll(async () => {
    [server, spa, browser] = await Promise.all([startTestServer(), startSpaHost(), launchChromium()]);
    // Another host name as well as another port, so the SPA is cross-site, not only cross-origin.
    const tesseraHost = new URL(server.url).hostname;
    spaOrigin = `http://${tesseraHost === 'localhost' ? '127.0.0.1' : 'localhost'}:${spa.port}`;
    foreignOrigin = `http://${tesseraHost === 'localhost' ? 'localhost' : '127.0.0.1'}:${spa.port}`;
    const app = await server.services.applications.create({
      name: 'Browser SPA',
      type: 'SPA',
      oidcClientMetadata: {
        redirectUris: [`${spaOrigin}/callback`],
        postLogoutRedirectUris: [`${spaOrigin}/signed-out`],
      },
      customClientMetadata: { corsAllowedOrigins: [spaOrigin, 'http://cors-only.tessera.test'] },
    });
    appId = app.id;
    spa.config = {
      logto: { endpoint: server.url, appId, resources: [resource], scopes: [permission] },
      redirectUri: `${spaOrigin}/callback`,
      postLogoutRedirectUri: `${spaOrigin}/signed-out`,
    };
    userId = (await server.services.users.create({ username: 'ada', password })).id;

    const { stores, db } = server.services;
    const now = Date.now();
    const resourceId = generateId();
    const scopeId = generateId();
    const roleId = generateId();
    await stores.resources.insert({
      id: resourceId,
      name: 'Reports',
      indicator: resource,
      is_default: 0,
      access_token_ttl: 3600,
      created_at: now,
    });
    await stores.resources.insertScope({
      id: scopeId,
      resource_id: resourceId,
      name: permission,
      description: 'Read reports',
      created_at: now,
    });
    await stores.roles.insert({
      id: roleId,
      name: 'Report reader',
      description: 'Reads reports',
      type: 'User',
      is_default: 0,
      created_at: now,
    });
    await stores.roles.addScopes(roleId, [scopeId]);
    // Straight into the table: the user-role API is being reshaped alongside the Management API.
    await db.insertInto('users_roles').values({ user_id: userId, role_id: roleId }).execute();
  });

  afterAll(async () => {
    await browser?.close();
    await spa?.close();
    await server?.stop();
  });

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    if (process.env.DEBUG_BROWSER === '1') {
      page.on('console', (m) => console.log('console', m.type(), m.text()));
      page.on('framenavigated', (f) => f === page.mainFrame() && console.log('nav', f.url()));
      page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
      page.on('response', (r) => console.log('response', r.status(), r.request().method(), r.url()));
    }
    return page;
  }

  /** Waits for the SPA to settle and returns its status line. */
  async function spaStatus(page: Page): Promise<string> {
    await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…');
    return (await page.getByRole('status').textContent()) ?? '';
  }

  /** From the SPA to Tessera's hosted sign-in page. */
  async function openSignIn(page: Page): Promise<void> {
    await page.goto(`${spaOrigin}/`);
    expect(await spaStatus(page)).toBe('Signed out');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/sign-in');
    await page.getByLabel('Username').waitFor();
  }

  /** Waits for the redirect back to the SPA, failing at once with the page's words if it shows an error. */
  async function backInSpa(page: Page): Promise<void> {
    const failure = page
      .getByRole('alert')
      .waitFor({ timeout: 20_000 })
      .then(async () => {
        throw new Error(`the sign-in page says: ${await page.getByRole('alert').textContent()}`);
      });
    failure.catch(() => undefined);
    await Promise.race([page.waitForURL((url) => url.origin === spaOrigin && url.pathname === '/'), failure]);
    expect(await spaStatus(page)).toBe('Signed in');
  }

  async function fillAndSubmit(page: Page, username: string, secret: string, button: string): Promise<void> {
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(secret);
    await page.getByRole('button', { name: button, exact: true }).click();
  }

  it('signs in, reads claims and user info, gets a resource token and signs out', async () => {
    const page = await newPage();
    // Hold back the page's first call, so the form is sent while the interaction is still starting.
    await page.route(`${server.url}/api/experience`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await openSignIn(page);
    await fillAndSubmit(page, 'ada', password, 'Sign in');
    await backInSpa(page);

    expect(await page.evaluate(() => window.logto.isAuthenticated())).toBe(true);
    const claims = await page.evaluate(() => window.logto.getIdTokenClaims());
    expect(claims).toMatchObject({ sub: userId, username: 'ada', aud: appId, iss: server.issuer });

    // Cross-origin GET /oidc/me with a bearer token (preflighted).
    const userInfo = await page.evaluate(() => window.logto.fetchUserInfo());
    expect(userInfo).toMatchObject({ sub: userId, username: 'ada' });

    // Cross-origin refresh_token grant with a resource indicator.
    const accessToken = await page.evaluate((indicator) => window.logto.getAccessToken(indicator), resource);
    const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(`${server.issuer}/jwks`)), {
      issuer: server.issuer,
      audience: resource,
    });
    expect(payload.sub).toBe(userId);
    expect(String(payload.scope).split(' ')).toContain(permission);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${spaOrigin}/signed-out`);
    expect(await spaStatus(page)).toBe('Signed out');

    // The session at Tessera is gone too: signing in again asks for credentials.
    await openSignIn(page);
    await page.context().close();
  });

  it('answers CORS only to the origins the application lists', async () => {
    const token = (origin: string) =>
      fetch(`${server.issuer}/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: appId, refresh_token: 'unknown' }),
      });
    const listed = await token('http://cors-only.tessera.test');
    expect(listed.headers.get('access-control-allow-origin')).toBe('http://cors-only.tessera.test');
    const foreign = await token('http://evil.tessera.test');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.status).toBe(400);

    // In the browser: the same SPA served from an unlisted origin cannot read the token endpoint.
    const page = await newPage();
    await page.goto(`${foreignOrigin}/`);
    const outcome = await page.evaluate(
      async ({ url, clientId }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            body: new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, refresh_token: 'x' }),
          });
          return `read ${response.status}`;
        } catch (error) {
          return `blocked: ${(error as Error).name}`;
        }
      },
      { url: `${server.issuer}/token`, clientId: appId },
    );
    expect(outcome).toBe('blocked: TypeError');
    await page.context().close();
  });

  it('signs up through the hosted page', async () => {
    const page = await newPage();
    await openSignIn(page);
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Create account');
    expect(new URL(page.url()).pathname).toBe('/register');

    // A taken username is said in words, and focus goes back to the field to change.
    await fillAndSubmit(page, 'ada', password, 'Create account');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'This username is already taken. Choose another one or sign in.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');

    await fillAndSubmit(page, 'grace', password, 'Create account');
    await backInSpa(page);
    const claims = await page.evaluate(() => window.logto.getIdTokenClaims());
    expect(claims.username).toBe('grace');
    const created = await server.services.stores.users.findById(claims.sub);
    expect(created?.username).toBe('grace');
    await page.context().close();
  });

  it('says a wrong password in words and keeps the form accessible', async () => {
    const page = await newPage();
    await openSignIn(page);

    // Every field has a label and every button a name; keyboard order follows the form.
    const unnamed = await page.evaluate(() => [
      ...Array.from(document.querySelectorAll('input:not([type=hidden])'))
        .filter((input) => (input as HTMLInputElement).labels?.length === 0 && !input.getAttribute('aria-label'))
        .map((input) => input.outerHTML),
      ...Array.from(document.querySelectorAll('button'))
        .filter((button) => !button.textContent?.trim() && !button.getAttribute('aria-label'))
        .map((button) => button.outerHTML),
    ]);
    expect(unnamed).toEqual([]);
    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).toContain('textbox "Username"');
    expect(snapshot).toContain('textbox "Password"');
    expect(snapshot).toContain('button "Sign in"');
    await page.getByLabel('Username').focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order).toEqual(['password', 'submit', 'switch']);

    await fillAndSubmit(page, 'ada', 'not-the-password', 'Sign in');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('The username or password is incorrect.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Username').inputValue()).toBe('ada');
    // Focus returns to the form (the password to retype), not to the page body.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    expect(await page.getByLabel('Password').getAttribute('aria-describedby')).toBe('error');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');

    // The right password still works after the error.
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await backInSpa(page);
    await page.context().close();
  });

  it('renders the sign-in page in light, dark and phone sizes', async () => {
    fs.mkdirSync(screensDir, { recursive: true });
    // Dark mode follows the system only where the settings turn it on.
    const api = await managementApi(server);
    const darkMode = { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#A796FF' };
    expect((await api.patch('/sign-in-exp', { color: darkMode })).status).toBe(200);
    const shots: [string, BrowserContextOptions][] = [
      ['light', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
      ['dark', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } }],
      ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true }],
    ];
    for (const [name, options] of shots) {
      const page = await newPage(options);
      await openSignIn(page);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, name).toBe(
        name === 'dark' ? 'rgb(18, 19, 22)' : name === 'phone' ? 'rgb(255, 255, 255)' : 'rgb(245, 245, 247)',
      );
      await page.screenshot({ path: `${screensDir}/sign-in-${name}.png` });
      await fillAndSubmit(page, 'lin', 'wrong-password', 'Sign in');
      await page.getByRole('alert').waitFor();
      await page.screenshot({ path: `${screensDir}/sign-in-${name}-error.png` });
      // Nothing may overflow the viewport sideways (phones scroll vertically only).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      await page.context().close();
    }
  });
});
