import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark, seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser as SignInBrowser, signIn } from './support/sign-in.js';

const appCallback = 'http://localhost:3000/callback';
const passwordCheck = 'Interaction.SignIn.Verification.Password.Submit';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;
type User = Awaited<ReturnType<typeof createUser>>;

/**
 * The console's audit log (issue 13): entries that real sign-ins leave, filtered by the server,
 * one entry's details, and the user page's tabs (Logs, custom data, social identities).
 */
describe.skipIf(dialect === 'postgres')('browser: the console audit logs and user tabs', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let api: ManagementApi;
  let app: { id: string; name: string };
  let ada: User;
  let bob: User;

  /** Signs in on the hosted pages through the Experience API, as the app's user does. */
  async function signInAs(config: oidc.Configuration, username: string) {
    const request = await authorizationRequest(config, { redirect_uri: appCallback });
    await signIn(new SignInBrowser(server.url), request.url, { username, password });
  }

  /** A wrong password at the sign-in page: refused, and logged as an Error. */
  async function failSignIn(config: oidc.Configuration, username: string) {
    const request = await authorizationRequest(config, { redirect_uri: appCallback });
    const browser = new SignInBrowser(server.url);
    await (await browser.follow(request.url)).response?.body?.cancel();
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const identifier = { type: 'username', value: username };
    const refused = await browser.api('POST', '/verification/password', { identifier, password: 'not-the-password' });
    expect([refused.status, refused.body.code]).toEqual([422, 'session.invalid_credentials']);
  }

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
    const spa = await createApp(server, 'SPA', [appCallback]);
    await server.services.applications.update(spa.id, { name: 'Storefront' });
    app = { id: spa.id, name: 'Storefront' };
    const config = await clientConfig(server, spa.id);
    ada = await createUser(server, { username: 'ada', name: 'Ada Lovelace' });
    bob = await createUser(server, { username: 'bob', name: 'Bob Babbage' });
    await signInAs(config, 'ada');
    await signInAs(config, 'bob');
    await failSignIn(config, 'ada');
    await server.services.auditLog.flush();
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const open = (path: string) => openConsoleAs(chromium, server, admin, path);

  /** The API's own answer for a filter: how many entries match. */
  async function apiTotal(query: string): Promise<number> {
    const answer = await api.get(`/logs?${query}`);
    expect(answer.status).toBe(200);
    return Number(answer.headers.get('total-number'));
  }

  /** The event keys of the table's rows (each row shows its raw key under the words). */
  const rowKeys = (page: Page) =>
    page.getByRole('grid', { name: 'Audit log entries' }).locator('tbody code').allTextContents();
  const totalShown = (page: Page) =>
    page.getByRole('navigation', { name: 'Pages of Audit log entries' }).locator('span').first().textContent();

  it('lists entries in words, results as words, and filters by event, user, application and days on the server', async () => {
    const { context, page, cspReports } = await open('/console/users');
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Audit logs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit logs' }).waitFor();
    const table = page.getByRole('grid', { name: 'Audit log entries' });
    await table.getByRole('link', { name: 'Sign-in: password checked' }).first().waitFor();
    // The failed attempt says Error in words, next to its readable event and its key.
    const failedRow = table.getByRole('row').filter({ hasText: 'Error' }).filter({ hasText: passwordCheck });
    expect(await failedRow.count()).toBe(1);
    expect(await failedRow.getByRole('link', { name: 'Storefront' }).getAttribute('href')).toBe(
      `/console/applications/${app.id}`,
    );
    expect(await axeLightAndDark(page)).toEqual([]);

    // By event: the picker names Logto's keys in words.
    await page.getByRole('button', { name: /Event/ }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('option', { name: 'Sign-in: password checked' }).click();
    await expect.poll(() => rowKeys(page), { timeout: 15_000 }).toEqual([passwordCheck, passwordCheck, passwordCheck]);
    expect(await totalShown(page)).toBe(`${await apiTotal(`logKey=${passwordCheck}`)} in total`);
    expect(await table.getByText('Success', { exact: true }).count()).toBe(2);
    expect(await table.getByText('Error', { exact: true }).count()).toBe(1);

    // By user: searched on the server, picked by name; the rows link to the user.
    await page.getByRole('combobox', { name: 'User' }).fill('Bob');
    await page.getByRole('option', { name: /Bob Babbage/ }).click();
    await expect.poll(() => rowKeys(page), { timeout: 15_000 }).toEqual([passwordCheck]);
    expect(await table.getByRole('link', { name: 'Bob Babbage' }).getAttribute('href')).toBe(
      `/console/users/${bob.id}`,
    );

    // Without the event filter, every one of Bob's entries, as the API counts them.
    await page.getByRole('button', { name: /Event/ }).click();
    await page.getByRole('option', { name: 'All events' }).click();
    const bobs = await apiTotal(`userId=${bob.id}`);
    expect(bobs).toBeGreaterThan(3);
    await expect.poll(() => totalShown(page), { timeout: 15_000 }).toBe(`${bobs} in total`);
    await expect.poll(async () => (await rowKeys(page)).length).toBe(bobs);

    // By application, after clearing the filters.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'User' }).inputValue()).toBe('');
    await page.getByRole('button', { name: /Application/ }).click();
    await page.getByRole('option', { name: 'Storefront' }).click();
    const fromApp = await apiTotal(`applicationId=${app.id}`);
    await expect.poll(() => totalShown(page), { timeout: 15_000 }).toBe(`${fromApp} in total`);

    // Days: today has them all; an end before the start is said next to the field.
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await page.getByLabel('From', { exact: true }).fill(today);
    await page.getByLabel('To', { exact: true }).fill(today);
    await expect.poll(() => totalShown(page), { timeout: 15_000 }).toBe(`${fromApp} in total`);
    await page.getByLabel('From', { exact: true }).fill('2099-01-02');
    await table.getByText('No entry matches these filters.').waitFor();
    const to = page.getByLabel('To', { exact: true });
    expect(await descriptionOf(to)).toContain('The end date is before the start date.');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it("opens an entry: the failed attempt's error, where it came from, and its payload as JSON", async () => {
    const { context, page, cspReports } = await open('/console/audit-logs');
    const table = page.getByRole('grid', { name: 'Audit log entries' });
    const failedRow = table.getByRole('row').filter({ hasText: 'Error' }).filter({ hasText: passwordCheck });
    await failedRow.getByRole('link', { name: 'Sign-in: password checked' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign-in: password checked' }).waitFor();
    const [entry] = (await api.get(`/logs?logKey=${passwordCheck}&page_size=100`)).body.filter(
      (log: { payload: { result: string } }) => log.payload.result === 'Error',
    );
    expect(new URL(page.url()).pathname).toBe(`/console/audit-logs/${entry.id}`);

    const facts = page.getByRole('definition');
    const fact = async (term: string) => (await page.locator(`dt:text-is("${term}") + dd`).textContent())?.trim() ?? '';
    expect(await facts.count()).toBeGreaterThan(5);
    expect(await fact('Event key')).toBe(passwordCheck);
    expect(await fact('Result')).toBe('Error');
    expect(await fact('Error')).toContain('session.invalid_credentials');
    expect(await fact('IP address')).toBe(entry.payload.ip);
    expect(await fact('User agent')).toBe(entry.payload.userAgent);
    expect(await page.locator('dt:text-is("Application") + dd').getByRole('link', { name: 'Storefront' }).count()).toBe(
      1,
    );

    // The payload, formatted: one field a line, and never the password tried.
    const payload = page.getByRole('figure', { name: 'Payload of the entry, as JSON' });
    const json = (await payload.locator('pre').textContent()) ?? '';
    expect(JSON.parse(json)).toEqual(entry.payload);
    expect(json).toContain('\n  "key": "Interaction.SignIn.Verification.Password.Submit"');
    expect(json).not.toContain('not-the-password');
    expect(await axeLightAndDark(page)).toEqual([]);

    // A successful step names its user, linked to their page.
    await page.getByRole('link', { name: 'Back to audit logs' }).click();
    await page.getByRole('button', { name: /Event/ }).click();
    await page.getByRole('option', { name: 'Sign-in: completed' }).click();
    await expect
      .poll(() => rowKeys(page), { timeout: 15_000 })
      .toEqual(['Interaction.SignIn.Submit', 'Interaction.SignIn.Submit']);
    await table
      .getByRole('row')
      .filter({ hasText: 'Ada Lovelace' })
      .getByRole('link', { name: 'Sign-in: completed' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Sign-in: completed' }).waitFor();
    expect(await fact('Result')).toBe('Success');
    expect(await fact('Error')).toBe('None');
    // Back returns to the list as it was filtered (the filters live in the address).
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Audit logs' }).waitFor();
    expect(await page.getByRole('button', { name: /Event/ }).textContent()).toContain('Sign-in: completed');
    await expect.poll(() => rowKeys(page), { timeout: 15_000 }).toHaveLength(2);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Sign-in: completed' }).waitFor();
    await page.locator('dt:text-is("User") + dd').getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it("shows a user's own entries on their Logs tab, each opening its entry", async () => {
    const { context, page, cspReports } = await open(`/console/users/${ada.id}`);
    await page.getByRole('tab', { name: 'Logs' }).click();
    const table = page.getByRole('grid', { name: 'Log entries of Ada Lovelace' });
    const own = await api.get(`/users/${ada.id}/logs`);
    const total = Number(own.headers.get('total-number'));
    expect(total).toBeGreaterThan(3);
    await expect
      .poll(() => table.locator('tbody code').allTextContents(), { timeout: 15_000 })
      .toEqual(own.body.map((log: { key: string }) => log.key));
    // Only Ada's: every row with a user names her, none names Bob.
    expect(await table.getByRole('link', { name: 'Bob Babbage' }).count()).toBe(0);
    expect(await table.getByRole('link', { name: 'Ada Lovelace' }).count()).toBe(own.body.length);
    expect(await axeLightAndDark(page)).toEqual([]);
    await table.getByRole('link', { name: 'Sign-in: completed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign-in: completed' }).waitFor();
    const entry = own.body.find((log: { key: string }) => log.key === 'Interaction.SignIn.Submit');
    expect(new URL(page.url()).pathname).toBe(`/console/audit-logs/${entry.id}`);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('edits custom data as JSON, refusing what is not a JSON object in words next to the field', async () => {
    const { context, page, cspReports } = await open(`/console/users/${bob.id}`);
    await page.getByRole('heading', { level: 1, name: 'Bob Babbage' }).waitFor();
    const field = page.getByRole('textbox', { name: 'Custom data (JSON)' });
    const save = page.getByRole('button', { name: 'Save custom data' });
    expect(await field.inputValue()).toBe('{}');

    await field.fill('{ "plan": ');
    await save.click();
    await expect.poll(() => descriptionOf(field)).toContain('This is not valid JSON');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await field.fill('["pro"]');
    await save.click();
    await expect.poll(() => descriptionOf(field)).toContain('Custom data must be a JSON object in braces');
    expect(await descriptionOf(field)).toContain('not a list');
    expect((await api.get(`/users/${bob.id}/custom-data`)).body).toEqual({});

    await field.fill('{"plan": "pro", "seats": 3, "flags": {"beta": true}}');
    await save.click();
    await page.getByRole('status').getByText('Custom data saved.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect((await api.get(`/users/${bob.id}/custom-data`)).body).toEqual({
      plan: 'pro',
      seats: 3,
      flags: { beta: true },
    });
    // Shown back formatted, as stored.
    await expect.poll(() => field.inputValue()).toContain('\n  "seats": 3');
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('unlinks a social identity after asking, and the API no longer has it', async () => {
    const user = await createUser(server, { username: 'grace', name: 'Grace Hopper' });
    await server.services.users.linkSocialIdentity(user.id, 'github', {
      userId: 'gh-1906',
      details: { name: 'Grace Hopper', email: 'grace@example.com' },
    });
    await server.services.users.linkSocialIdentity(user.id, 'google', { userId: 'g-1992' });
    const { context, page, cspReports } = await open(`/console/users/${user.id}`);
    await page.getByRole('tab', { name: 'Social identities' }).click();
    const table = page.getByRole('grid', { name: 'Social identities of Grace Hopper' });
    await table.getByRole('rowheader', { name: 'github' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'github' }).textContent()).toContain(
      'gh-1906Grace Hopper · grace@example.com',
    );
    expect(await axeLightAndDark(page)).toEqual([]);

    await table.getByRole('button', { name: 'Unlink github' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Unlink the github account from Grace Hopper?' });
    expect(await confirm.textContent()).toContain('Signing in with this github account');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Unlink', exact: true }).click();
    await page.getByRole('status').getByText('github account unlinked.').waitFor();
    await table.getByRole('rowheader', { name: 'github' }).waitFor({ state: 'detached' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['google']);
    expect((await api.get(`/users/${user.id}`)).body.identities).toEqual({ google: { userId: 'g-1992' } });

    await table.getByRole('button', { name: 'Unlink google' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Unlink', exact: true }).click();
    await table.getByText('This user has not linked a social account.').waitFor();
    expect((await api.get(`/users/${user.id}`)).body.identities).toEqual({});
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
