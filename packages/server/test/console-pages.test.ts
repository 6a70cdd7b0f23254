import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { adminApi } from './support/admin-token.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consolePassword, recordCspViolations, signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { createApiResource, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { completeExperience, Browser as SignInBrowser } from './support/sign-in.js';

/**
 * A tour of every signed-in console page in the three ways people use it: a desktop in light
 * mode, a desktop in dark mode, and a 390 px phone in dark mode and Simplified Chinese. Each page
 * must finish loading, pass axe (no serious or critical violation), break no CSP rule, and fit
 * the phone's width. With TESSERA_SCREENSHOTS=1 (`npm run screenshots`) it also writes each view
 * to docs/screenshots/console/.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshotDir = path.resolve(here, '../../../docs/screenshots/console');
const takeScreenshots = process.env.TESSERA_SCREENSHOTS === '1';

/** Every route the console declares, read from its source so a new page cannot skip the tour. */
function declaredRoutes(): Array<{ path: string; isPublic: boolean }> {
  const source = fs.readFileSync(path.resolve(here, '../../console/src/routes.ts'), 'utf8');
  return [...source.matchAll(/route\(\s*'(\/console[^']*)',\s*\{([^}]*)\}/g)].map(([, route, options]) => ({
    path: route as string,
    isPublic: /public:\s*true/.test(options as string),
  }));
}

const views = [
  { name: 'light', colorScheme: 'light', width: 1280, language: 'en' },
  { name: 'dark', colorScheme: 'dark', width: 1280, language: 'en' },
  { name: 'phone-zh', colorScheme: 'dark', width: 390, language: 'zh-CN' },
] as const;

describe.skipIf(dialect === 'postgres')('browser: every console page', { timeout: 240_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let owner: Awaited<ReturnType<typeof signInToConsole>>;
  /** The value of each `:param` of the declared routes, by the path segment before it. */
  const records: Record<string, string> = {};

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    owner = await signInToConsole(chromium, server, 'owner');
    const api = await managementApi(server);
    const user = await createUser(server, { username: 'ada', name: 'Ada Lovelace', primaryEmail: 'ada@example.com' });
    const { resourceId, roleId } = await createApiResource(server, 'https://api.example.com', ['read:orders'], []);
    const organization = await api.post('/organizations', { name: 'Acme' });
    const app = await api.post('/applications', {
      name: 'Storefront',
      type: 'Traditional',
      oidcClientMetadata: {
        redirectUris: ['http://localhost:3000/callback', `${server.url}/console/sign-in-test/callback`],
        postLogoutRedirectUris: [],
      },
    });
    const connector = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(2525),
    });
    const hook = await api.post('/hooks', {
      name: 'Audit sink',
      events: ['User.Created', 'PostSignIn'],
      // A closed loopback port: the tour sends nothing off the machine.
      config: { url: 'http://127.0.0.1:9/tessera' },
    });
    const ssoConnector = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'Acme OIDC',
      domains: ['acme.example'],
    });
    for (const response of [organization, app, connector, hook, ssoConnector])
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    // A finished test sign-in, for its result page: Ada signs in, the callback redeems the code.
    const consoleApi = await adminApi(server, { username: owner.username, password: consolePassword });
    const test = await consoleApi.post(`/applications/${app.body.id}/sign-in-tests`, {});
    expect(test.status, JSON.stringify(test.body)).toBe(201);
    const person = new SignInBrowser(server.url);
    await (await person.follow(test.body.authorizationUrl)).response?.body?.cancel();
    const redirectTo = await completeExperience(person, { username: 'ada', password });
    await (await person.follow(new URL(redirectTo, server.url).href)).response?.body?.cancel();
    const finished = await consoleApi.get(`/applications/${app.body.id}/sign-in-tests/${test.body.id}`);
    expect(finished.body.status).toBe('succeeded');
    // Ada's sign-in is in the audit log: its newest entry for the log entry page.
    await server.services.auditLog.flush();
    const [entry] = (await api.get(`/logs?userId=${user.id}&page_size=1`)).body;
    expect(entry?.id).toBeTruthy();
    Object.assign(records, {
      users: user.id,
      'api-resources': resourceId,
      roles: roleId,
      organizations: organization.body.id,
      applications: app.body.id,
      connectors: connector.body.id,
      'sign-in-test': test.body.id,
      'audit-logs': entry.id,
      webhooks: hook.body.id,
      'enterprise-sso': ssoConnector.body.id,
      new: 'sms',
      'custom-jwt': 'access-token',
      actions: 'action.postSignIn',
    });
    if (takeScreenshots) fs.mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const pages = declaredRoutes()
    .filter((route) => !route.isPublic)
    .map((route) => route.path);

  it('declares the areas the tour expects', () => {
    expect(pages).toEqual(expect.arrayContaining(['/console', '/console/users/:id', '/console/roles/:id']));
  });

  for (const view of views) {
    it(`shows every page in the ${view.name} view with no axe, CSP or width problem`, async () => {
      const context = await chromium.newContext({
        storageState: owner.storageState,
        colorScheme: view.colorScheme,
        viewport: { width: view.width, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      const cspReports = await recordCspViolations(context);
      await context.addInitScript(
        (language) => localStorage.setItem('tessera.console.language', language),
        view.language,
      );
      const page = await context.newPage();
      const problems: string[] = [];
      for (const route of pages) {
        const url = route.replace(
          /\/([^/]+)\/:\w+/g,
          (_, segment: string) => `/${segment}/${records[segment] ?? 'missing'}`,
        );
        await page.goto(`${server.url}${url}`);
        await settled(page);
        const heading = page.getByRole('heading', { level: 1 });
        const title = (await heading.textContent())?.trim();
        if (!title || /not found|页面不存在/i.test(title)) problems.push(`${route}: no page (${title})`);
        for (const violation of await seriousAxeViolations(page)) problems.push(`${route}: ${violation}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > view.width)
          problems.push(
            `${route}: ${width} px wide on a ${view.width} px screen (${await overflowing(page, view.width)})`,
          );
        if (takeScreenshots) {
          const name =
            route === '/console'
              ? 'get-started'
              : route
                  .slice('/console/'.length)
                  .replace(/\/:\w+$/, '-detail')
                  .replace(/\/:\w+\//g, '-')
                  .replaceAll('/', '-');
          await page.screenshot({ path: path.join(screenshotDir, `${name}-${view.name}.png`), fullPage: true });
        }
      }
      expect(problems).toEqual([]);
      expect(cspReports).toEqual([]);
      await context.close();
    });
  }
});

/** The page's heading is up and nothing is still loading. */
async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 15_000 }).toBe(0);
}

/** The innermost elements reaching past the screen's right edge, to say what to fix. */
function overflowing(page: Page, width: number): Promise<string> {
  return page.evaluate((screen) => {
    const wide = Array.from(document.querySelectorAll('body *')).filter(
      (element) => element.getBoundingClientRect().right > screen + 0.5,
    );
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 3)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} "${element.textContent?.slice(0, 30)}"`,
      )
      .join('; ');
  }, width);
}
