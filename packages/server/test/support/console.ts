import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AdminRole } from '../../src/realm/admin-seed.js';
import type { TestServer } from './server.js';

/** Long enough for the admin realm's policy (12 characters). */
export const consolePassword = 'a long console passphrase';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Records every CSP violation report on the context's pages (console, sign-in, sign-out), in
 * Node, so reports survive navigations. Any entry is a page the CSP breaks.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const reports: string[] = [];
  await context.exposeBinding('__tesseraCspReport', (_source, report: string) => {
    reports.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __tesseraCspReport: (report: string) => void }).__tesseraCspReport;
      report(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return reports;
}

/** From /console (signed out) through the admin sign-in page, skipping the MFA offer, back to Get started. */
export async function signInThroughConsole(page: Page, server: { url: string }, username: string): Promise<void> {
  await page.goto(`${server.url}/console`);
  await page.waitForURL((url) => url.pathname === '/admin/sign-in');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(consolePassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The admin realm offers two-step verification at sign-in; a skip is allowed and remembered.
  const skip = page.getByRole('button', { name: 'Skip for now' });
  const home = page.getByRole('heading', { level: 1, name: 'Get started' });
  await skip.or(home).waitFor();
  if (await skip.isVisible()) await skip.click();
  await page.waitForURL((url) => url.pathname === '/console');
  await home.waitFor();
}

/**
 * A new administrator with `role`, signed in through the UI once. Later tests of the file open
 * `browser.newContext({ storageState })` and start signed in (the SDK's tokens in localStorage,
 * the `_admin_*` session cookies).
 */
export async function signInToConsole(browser: Browser, server: TestServer, role: AdminRole = 'owner') {
  const username = `${role}-${randomBytes(4).toString('hex')}`;
  const name = `Console ${role}`;
  const admin = await server.services.admins.create({ username, name, password: consolePassword, role });
  const context = await browser.newContext();
  try {
    await signInThroughConsole(await context.newPage(), server, username);
    const storageState: StorageState = await context.storageState();
    return { admin, username, name, storageState };
  } finally {
    await context.close();
  }
}

/** The text of what a field's aria-describedby points at: its description and its error. */
export const descriptionOf = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

/**
 * A fresh context holding an administrator's console sign-in (`signInToConsole`'s storage state),
 * recording CSP reports, with a page open on `path`.
 */
export async function openConsoleAs(
  browser: Browser,
  server: { url: string },
  as: { storageState: StorageState },
  path: string,
) {
  const context = await browser.newContext({ storageState: as.storageState });
  const cspReports = await recordCspViolations(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return { context, page, cspReports };
}

/** Replaces the text of a CodeMirror editor as a person would: select all, then type (paste-like). */
export async function replaceCode(page: Page, name: string, text: string) {
  const editor = page.getByRole('textbox', { name, exact: true });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await expect.poll(() => editor.textContent(), { timeout: 5_000 }).toContain(text.split('\n')[0]?.trim());
  return editor;
}

/** Ticks a search picker's option by its name (the label starts with it), clicking its label. */
export async function tick(page: Page, name: string) {
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  await checkbox.locator('xpath=ancestor::label').click();
  expect(await checkbox.isChecked()).toBe(true);
}
