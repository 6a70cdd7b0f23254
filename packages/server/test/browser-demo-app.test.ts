import fs from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Screenshots for people to look at (kept out of the repository), only with TESSERA_SCREENSHOTS=1. */
const screensDir = process.env.TESSERA_SCREENS_DIR ?? '/tmp/tessera-screens';

async function photograph(page: Page, name: string) {
  if (process.env.TESSERA_SCREENSHOTS !== '1') return;
  fs.mkdirSync(screensDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${screensDir}/demo-app-${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The built-in demo app at /demo-app in Chromium: its own authorization code + PKCE client signs
 * in through the hosted pages, shows the ID token claims and the user info, and signs out.
 */
describe.skipIf(dialect === 'postgres')('built-in demo app in Chromium', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let page: Page;
  let userId: string;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    const api = await managementApi(server);
    const settings = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: {
        methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
      },
      signInMode: 'SignInAndRegister',
      languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    userId = (await server.services.users.create({ username: 'ada', password })).id;
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function openDemoApp(query = '', options: BrowserContextOptions = {}) {
    const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US', ...options });
    const violations = await recordCspViolations(context);
    page = await context.newPage();
    await page.goto(`${server.url}/demo-app${query}`);
    return violations;
  }

  const table = (name: string) => page.getByRole('table', { name });
  const cellOf = (tableName: string, claim: string) =>
    table(tableName)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: claim, exact: true }) });

  it('signs in through the hosted pages, shows the claims and user info, and signs out', async () => {
    const violations = await openDemoApp();
    await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await photograph(page, 'signed-out');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.waitForURL((url) => url.pathname === '/demo-app');
    await table('ID token claims').waitFor();
    await page.getByRole('status').filter({ hasText: 'Signed in as ada.' }).waitFor();
    expect(await cellOf('ID token claims', 'sub').getByRole('cell').textContent()).toBe(userId);
    expect(await cellOf('ID token claims', 'aud').getByRole('cell').textContent()).toBe('demo-app');
    expect(await cellOf('ID token claims', 'iss').getByRole('cell').textContent()).toBe(server.issuer);
    expect(await cellOf('ID token claims', 'username').getByRole('cell').textContent()).toBe('ada');
    expect(await cellOf('User info', 'sub').getByRole('cell').textContent()).toBe(userId);
    expect(await cellOf('User info', 'username').getByRole('cell').textContent()).toBe('ada');
    // The code and state are gone from the address: a reload shows the same session, not a replay.
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Signed in as ada.' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await photograph(page, 'signed-in');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/demo-app' && url.search === '');
    await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
    expect(await table('ID token claims').isVisible()).toBe(false);
    // The provider's session ended too: a silent authorization request comes back login_required.
    const silent = new URL(`${server.issuer}/auth`);
    silent.search = new URLSearchParams({
      client_id: 'demo-app',
      redirect_uri: `${server.url}/demo-app`,
      response_type: 'code',
      scope: 'openid',
      prompt: 'none',
      state: 'silent',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    await page.goto(silent.toString());
    await page.waitForURL((url) => url.pathname === '/demo-app');
    await page.getByRole('alert').filter({ hasText: 'login_required' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Username').waitFor();
    expect(violations).toEqual([]);
  });

  it('works from the keyboard, forwards login_hint and speaks Simplified Chinese', async () => {
    const violations = await openDemoApp('?login_hint=ada&ui_locales=zh-CN', { locale: 'zh-CN' });
    await page.getByRole('heading', { level: 1, name: '演示应用' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('登录');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    // The hosted page got login_hint (and ui_locales) from the demo app's authorization request.
    const username = page.locator('#username');
    await expect.poll(() => username.inputValue(), { timeout: 15_000 }).toBe('ada');
    await page.locator('#password').fill(password);
    await page.locator('#password').press('Enter');
    await page.waitForURL((url) => url.pathname === '/demo-app');
    await page.getByRole('table', { name: 'ID 令牌声明' }).waitFor();
    await page.getByRole('status').filter({ hasText: '已登录：ada。' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('forwards the authentication parameters it supports, and nothing else', async () => {
    const forwarded = {
      first_screen: 'register',
      identifier: 'username',
      login_hint: 'ada',
      direct_sign_in: 'social:github',
      organization_id: 'org-1',
      ui_locales: 'en',
      interaction_mode: 'signUp',
    };
    await openDemoApp(`?${new URLSearchParams({ ...forwarded, foo: 'bar', scope: 'openid admin' })}`);
    const sent = page.waitForRequest((request) => request.url().startsWith(`${server.issuer}/auth`));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const url = new URL((await sent).url());
    expect(Object.fromEntries(Object.keys(forwarded).map((name) => [name, url.searchParams.get(name)]))).toEqual(
      forwarded,
    );
    expect(url.searchParams.get('foo')).toBeNull();
    expect(url.searchParams.get('scope')).toBe('openid profile email phone');
    expect(url.searchParams.get('client_id')).toBe('demo-app');
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/demo-app`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('prompt')).toBe('login');
  });

  it('opens the create-account screen with first_screen=register', async () => {
    await openDemoApp('?first_screen=register');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/register');
  });

  it('shows the refusal when the sign-in is not completed', async () => {
    await openDemoApp('?error=access_denied&error_description=The%20user%20said%20no&state=x');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('access_denied');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
