import * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser as SignInBrowser, signIn } from './support/sign-in.js';

const callback = 'http://localhost:3000/callback';
const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;
type Json = Record<string, any>;

/** The number a dashboard figure shows, found by its term. */
const figure = (page: Page, term: string) =>
  page.locator('.stat').filter({ has: page.getByRole('term').getByText(term, { exact: true }) });

describe.skipIf(dialect === 'postgres')('browser: the console Dashboard', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let owner: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);

  async function get(path: string): Promise<Json> {
    const answer = await api.get(path);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [owner, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'owner'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
    // Three users through the Management API; one signs in through a real client today.
    const users: Json[] = [];
    for (const name of ['grace', 'alan', 'edsger']) {
      const created = await api.post('/users', { username: name, password });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      users.push(created.body);
    }
    const app = await createApp(server, 'SPA', [callback]);
    const config = await clientConfig(server, app.id);
    const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
    const landing = await signIn(new SignInBrowser(server.url), request.url, { username: 'grace', password });
    await oidc.authorizationCodeGrant(config, landing, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    await server.services.activity.flush();
    // Two earlier active days, so the curve and the reference day have something to show.
    const { dashboard } = server.services.stores;
    await dashboard.markActive(users[1]?.id, today - dayMs, today - dayMs);
    await dashboard.markActive(users[2]?.id, today - 3 * dayMs, today - 3 * dayMs);
    await dashboard.markActive(users[1]?.id, today - 3 * dayMs, today - 3 * dayMs);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('shows the totals, new users and active users the API reports, with changes in words, and the chart as a table', async () => {
    const { page, cspReports } = await openConsoleAs(chromium, server, owner, '/console/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Console sections' }).getByRole('link');
    expect((await nav.allTextContents())[0]).toBe('Dashboard');

    const [total, fresh, active] = await Promise.all([
      get('/dashboard/users/total'),
      get('/dashboard/users/new'),
      get('/dashboard/users/active'),
    ]);
    expect(total.totalUserCount).toBe(3);
    expect(fresh.today).toEqual({ count: 3, delta: 3 });
    expect(active.dau).toEqual({ count: 1, delta: 0 });

    await figure(page, 'Total users').waitFor();
    expect(await figure(page, 'Total users').locator('dd').textContent()).toBe('3');
    expect(await figure(page, 'New users, last 24 hours').locator('dd').textContent()).toBe(
      '3+3, up from the 24 hours before',
    );
    expect(await figure(page, 'New users, last 7 days').locator('dd').textContent()).toBe(
      '3+3, up from the 7 days before',
    );
    await figure(page, 'Daily active users').waitFor();
    expect(await figure(page, 'Daily active users').locator('dd').textContent()).toBe(
      `${active.dau.count}±0, the same as the day before`,
    );
    expect(await figure(page, 'Weekly active users').locator('dd').textContent()).toBe(
      `${active.wau.count}+${active.wau.delta}, up from the 7 days before`,
    );
    expect(await figure(page, 'Monthly active users').locator('dd').textContent()).toBe(
      `${active.mau.count}+${active.mau.delta}, up from the 30 days before`,
    );

    // The chart is drawn by the chart library and named for screen readers.
    const chart = page.getByRole('img', { name: /^Line chart of daily active users/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe(
      `Line chart of daily active users from ${isoDay(today - 29 * dayMs)} to ${isoDay(today)}. Highest: 2 on ${isoDay(today - 3 * dayMs)}. On ${isoDay(today)}: 1.`,
    );
    expect(await chart.locator('svg .recharts-line-curve').count()).toBe(1);

    // The same numbers as a table, on request.
    const toggle = page.getByRole('button', { name: 'Show as a table' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const table = page.getByRole('table', { name: 'Daily active users by day' });
    await table.waitFor();
    expect(await page.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(active.dauCurve.map((point: Json) => `${point.date}${point.count}`));
    expect(await axeLightAndDark(page)).toEqual([]);

    // Another reference day moves the counts and the curve.
    const day = isoDay(today - 3 * dayMs);
    const past = await get(`/dashboard/users/active?date=${day}`);
    await page.getByLabel('Reference day (UTC)').fill(day);
    await page.getByRole('img', { name: new RegExp(`to ${day}\\.`) }).waitFor();
    await expect
      .poll(() => figure(page, 'Daily active users').locator('.stat-value').textContent(), { timeout: 15_000 })
      .toBe(String(past.dau.count));
    const pastRows = await page
      .getByRole('table', { name: 'Daily active users by day' })
      .getByRole('row')
      .allTextContents();
    expect(pastRows.slice(1)).toEqual(past.dauCurve.map((point: Json) => `${point.date}${point.count}`));
    expect(pastRows.at(-1)).toBe(`${day}2`);

    // A day after today is refused next to the field, in words; the last good day stays.
    await page.getByLabel('Reference day (UTC)').fill(isoDay(today + 2 * dayMs));
    const field = page.getByLabel('Reference day (UTC)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Pick a day on or before today.').waitFor();
    expect(await figure(page, 'Daily active users').locator('.stat-value').textContent()).toBe(String(past.dau.count));
    expect(cspReports).toEqual([]);
  });

  it('shows a Viewer the same numbers (they are read-only)', async () => {
    const { page, cspReports } = await openConsoleAs(chromium, server, viewer, '/console/dashboard');
    await figure(page, 'Total users').waitFor();
    expect(await figure(page, 'Total users').locator('.stat-value').textContent()).toBe('3');
    await page.getByRole('img', { name: /^Line chart of daily active users/ }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
  });
});
