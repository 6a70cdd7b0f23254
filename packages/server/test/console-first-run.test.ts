import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consolePassword, recordCspViolations, signInThroughConsole } from './support/console.js';
import { freePort, startMainProcess } from './support/main-process.js';
import { totpOf } from './support/mfa-sign-in.js';
import { dialect, freshDatabaseUrl } from './support/server.js';

const setupLine = /^No administrator yet\. Create the first one \(valid 1 h, single use\): (\S+)$/m;

/** The Management API token the console sends, read off one of its own requests. */
async function consoleToken(page: Page): Promise<string> {
  const request = page.waitForRequest((candidate) => candidate.url().endsWith('/api/admins/me'));
  await page.reload();
  return (await request).headers().authorization as string;
}

async function fillAccount(page: Page, account: { username: string; password: string; confirm?: string }) {
  await page.getByRole('textbox', { name: 'Username' }).fill(account.username);
  await page.getByLabel('Password (at least 12 characters)').fill(account.password);
  await page.getByLabel('Repeat the password').fill(account.confirm ?? account.password);
}

/**
 * A new install, as `npm start` runs it: the setup link from standard output, the first Owner
 * created in the browser, a Viewer invited and accepted, and the Viewer's writes refused by the API.
 */
describe.skipIf(dialect === 'postgres')('browser: the console on first start', { timeout: 90_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-console-first-'));
  let url: string;
  let chromium: Browser;
  let server: Awaited<ReturnType<typeof startMainProcess>>;
  let setupLink: string;
  const contexts: BrowserContext[] = [];
  let cspReports: string[][] = [];

  async function newPage(): Promise<Page> {
    const context = await chromium.newContext();
    context.setDefaultTimeout(15_000);
    cspReports.push(await recordCspViolations(context));
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      ENDPOINT: url,
      DB_URL: await freshDatabaseUrl(dir),
      TESSERA_DATA_DIR: dir,
      TESSERA_LOG_LEVEL: 'silent',
    };
    [server, chromium] = await Promise.all([startMainProcess(env, url), launchChromium()]);
    setupLink = (await server.output()).match(setupLine)?.[1] as string;
    cspReports = [];
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await Promise.all([chromium?.close(), server?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the Owner from the printed link, once; the link leaves the address bar', async () => {
    expect(setupLink).toMatch(new RegExp(`^${url}/console/setup#code=\\w{32}$`));
    const page = await newPage();
    await page.goto(setupLink);
    await page.getByRole('heading', { level: 1, name: 'Create the first Owner' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Refusals sit next to their field.
    await fillAccount(page, { username: 'founder', password: 'a long console passphrase', confirm: 'something else' });
    await page.getByRole('button', { name: 'Create Owner' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await fillAccount(page, { username: 'founder', password: 'short' });
    await page.getByRole('button', { name: 'Create Owner' }).click();
    const password = page.getByLabel('Password (at least 12 characters)');
    await expect.poll(() => password.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.locator('.field-error').first().textContent()).toMatch(/12/);

    await fillAccount(page, { username: 'founder', password: consolePassword });
    await page.getByRole('button', { name: 'Create Owner' }).click();
    await page.getByText('The Owner founder exists. Sign in to start.').waitFor();

    // The same link again: refused.
    const again = await newPage();
    await again.goto(setupLink);
    await fillAccount(again, { username: 'intruder', password: consolePassword });
    await again.getByRole('button', { name: 'Create Owner' }).click();
    await again
      .getByRole('alert')
      .getByText(/invalid, used or expired/)
      .waitFor();
  });

  it('lets the Owner invite a Viewer, whose writes are disabled in the console and refused by the API', async () => {
    const owner = await newPage();
    await signInThroughConsole(owner, { url }, 'founder');
    await owner.getByRole('link', { name: 'Administrators' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Administrators' }).waitFor();
    await owner.getByRole('grid', { name: 'Administrators' }).getByText('founder (you)').first().waitFor();
    await owner
      .getByRole('region', { name: 'Your two-step verification' })
      .getByText('no second factor')
      .first()
      .waitFor();
    expect(await seriousAxeViolations(owner)).toEqual([]);

    await owner.getByRole('textbox', { name: 'Their email' }).fill('viola@example.com');
    await owner.getByRole('region', { name: 'Invite by link' }).getByRole('button', { name: /Role/ }).click();
    await owner.getByRole('option', { name: 'Viewer' }).click();
    await owner.getByRole('button', { name: 'Create invitation link' }).click();
    const shown = owner.locator('.shown-once code');
    await shown.waitFor();
    const link = (await shown.textContent()) as string;
    expect(link).toMatch(new RegExp(`^${url}/console/accept#token=`));
    await owner.getByRole('grid', { name: 'Invitations' }).getByText('Waiting').first().waitFor();

    const viewer = await newPage();
    await viewer.goto(link);
    await viewer.getByRole('heading', { level: 1, name: 'Join this console' }).waitFor();
    await fillAccount(viewer, { username: 'viola', password: consolePassword });
    await viewer.getByRole('button', { name: 'Create my account' }).click();
    await viewer.getByText('Welcome, viola.').waitFor();
    await signInThroughConsole(viewer, { url }, 'viola');
    await viewer.getByRole('banner').getByText('Viewer').first().waitFor();
    await viewer.getByRole('link', { name: 'Administrators' }).click();
    const create = viewer.getByRole('button', { name: 'Create administrator' });
    await create.waitFor();
    await expect.poll(() => create.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await viewer.getByText('Only an Owner can do this.').count()).toBeGreaterThan(0);
    expect(await viewer.getByRole('grid', { name: 'Invitations' }).count()).toBe(0);

    const authorization = await consoleToken(viewer);
    const call = (method: string, pathname: string, body?: unknown) =>
      fetch(`${url}/api${pathname}`, {
        method,
        headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      }).then((response) => response.status);
    expect(await call('GET', '/applications')).toBe(200);
    expect(await call('POST', '/applications', { name: 'Nope', type: 'SPA' })).toBe(403);
    expect(await call('PATCH', '/sign-in-exp', { signInMode: 'SignIn' })).toBe(403);
    expect(await call('POST', '/admins/invitations', { email: 'x@example.com', role: 'owner' })).toBe(403);

    // The Owner sees the accepted invitation, and cannot remove the last Owner: themself.
    await owner.reload();
    await owner.getByRole('grid', { name: 'Invitations' }).getByText('Accepted').first().waitFor();
    const founderRow = owner.getByRole('row').filter({ hasText: 'founder (you)' });
    await founderRow.getByRole('button', { name: 'Remove' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Remove administrator' }).click();
    await owner.getByRole('alertdialog').getByText('There must always be an Owner').waitFor();
    await owner.keyboard.press('Escape');
    expect(cspReports.flat()).toEqual([]);
  });

  it('lets an administrator set up an authenticator app for themself from the console', async () => {
    const page = await newPage();
    await signInThroughConsole(page, { url }, 'viola');
    await page.getByRole('link', { name: 'Administrators' }).click();
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    // Signing in again, the page now offers the set-up it skipped before.
    await page.waitForURL((next) => next.pathname === '/admin/sign-in');
    await page.locator('#username').fill('viola');
    await page.locator('#password').fill(consolePassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
    await page.getByRole('button', { name: /^Authenticator app/ }).click();
    const secret = ((await page.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('Authenticator app code').fill(totpOf(secret).generate());
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
    await page.getByRole('button', { name: 'I have saved these codes' }).click();
    await page.waitForURL((next) => next.pathname === '/console/administrators');
    await page
      .getByRole('region', { name: 'Your two-step verification' })
      .getByText('authenticator app, backup codes')
      .first()
      .waitFor();
    expect(cspReports.flat()).toEqual([]);
  });
});
