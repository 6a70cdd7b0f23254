import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import {
  consolePassword,
  openConsoleAs,
  recordCspViolations,
  signInThroughConsole,
  signInToConsole,
} from './support/console.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Picks an option of a labelled select (React Aria: a button that opens a listbox). */
async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe.skipIf(dialect === 'postgres')('browser: the console shell', () => {
  let server: TestServer;
  let chromium: Browser;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('signs an Owner in through /admin/sign-in, shows Get started, switches theme and language, and signs out', async () => {
    await server.services.admins.create({
      username: 'grace',
      name: 'Grace Hopper',
      password: consolePassword,
      role: 'owner',
    });
    const context = await chromium.newContext();
    const cspReports = await recordCspViolations(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    await signInThroughConsole(page, server, 'grace');
    const account = page.getByRole('region', { name: 'Your account' });
    await expect.poll(() => account.textContent()).toContain('Grace Hopper');
    expect(await account.textContent()).toContain('Owner');
    const endpoints = page.getByRole('region', { name: 'Endpoints of this instance' });
    await expect.poll(() => endpoints.textContent()).toContain(`${server.url}/oidc`);
    expect(await endpoints.textContent()).toContain(`${server.url}/oidc/.well-known/openid-configuration`);
    expect(await endpoints.textContent()).toContain(`${server.url}/oidc/jwks`);
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Grace Hopper, Owner');

    await page.getByRole('button', { name: 'Copy Issuer' }).click();
    await page.getByRole('status').getByText('Issuer copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/oidc`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Dark, remembered across a reload.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await choose(page, /Theme/, 'Dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await endpoints.getByText(`${server.url}/oidc/jwks`).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await choose(page, /Theme/, 'Light');
    expect(await background()).toBe(light);

    // Simplified Chinese, remembered across a reload, then English again.
    await choose(page, /Language/, '简体中文');
    await page.getByRole('heading', { level: 1, name: '开始使用' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('navigation').textContent()).toContain('开始使用');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '开始使用' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await choose(page, /语言/, 'English');
    await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Sign-out ends the admin session too: the console then offers to sign in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Signed out' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/sign-in');
    await page.locator('#username').waitFor();

    expect(cspReports).toEqual([]);
    await context.close();
  }, 60_000);

  it('says in words when a sign-in cannot finish, and offers to sign in again', async () => {
    const context = await chromium.newContext();
    const cspReports = await recordCspViolations(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    // A callback this tab never started (an old bookmark, a replayed link).
    await page.goto(`${server.url}/console/callback?code=stale&state=stale`);
    await page.getByRole('heading', { level: 1, name: 'Sign-in did not finish' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/could not complete the sign-in: \w+/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/sign-in');
    expect(cspReports).toEqual([]);
    await context.close();
  });

  describe('signed in once', () => {
    let owner: Awaited<ReturnType<typeof signInToConsole>>;
    beforeAll(async () => {
      owner = await signInToConsole(chromium, server, 'owner');
    });
    const openConsole = (path: string) => openConsoleAs(chromium, server, owner, path);

    it('lists in the nav only the areas that exist', async () => {
      const { context, page, cspReports } = await openConsole('/console');
      await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Console sections' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Dashboard',
        'Get started',
        'Applications',
        'Connectors',
        'Enterprise SSO',
        'Sign-in experience',
        'API resources',
        'Roles',
        'Organization template',
        'Organizations',
        'Users',
        'Audit logs',
        'Webhooks',
        'Custom token claims',
        'Actions',
        'Administrators',
        'Settings',
      ]);
      expect(await nav.getByRole('link', { name: 'Get started' }).getAttribute('aria-current')).toBe('page');
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('works by keyboard alone: skip link, nav links and the pickers', async () => {
      const { context, page, cspReports } = await openConsole('/console/nowhere');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The skip link comes first and lands in the main region.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Tab from the top to the nav's link, then Enter follows it inside the app.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      for (let presses = 0; presses < 15 && (await focused()) !== 'Get started'; presses++)
        await page.keyboard.press('Tab');
      expect(await focused()).toBe('Get started');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console');
      // Focus moves to the new page, so screen readers start there.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // A picker by keyboard: focus, open with Enter, move with the arrows, choose with Enter.
      await page.getByRole('button', { name: /Theme/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it("shows a Viewer's role, read from the sign-in", async () => {
      const viewer = await signInToConsole(chromium, server, 'viewer');
      const context = await chromium.newContext({ storageState: viewer.storageState });
      const page = await context.newPage();
      await page.goto(`${server.url}/console`);
      const account = page.getByRole('region', { name: 'Your account' });
      await expect.poll(() => account.textContent()).toContain('Viewer');
      expect(await account.textContent()).toContain(viewer.name);
      await context.close();
    });
  });
});
