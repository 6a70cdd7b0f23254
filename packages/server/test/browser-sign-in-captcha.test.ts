import type * as oidc from 'openid-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captchaKeys, captchaTokens, startTurnstileFake } from './fakes/captcha-providers.js';
import type { HttpFake } from './fakes/http-fake.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { socialApp } from './support/social-sign-in.js';

/**
 * A stand-in for Cloudflare's widget script (Chromium here cannot reach Cloudflare): the page
 * loads it from Cloudflare's address, routed to this body. It renders a button that, once
 * pressed, hands the page this token, as the real widget's callback does. The server still
 * checks the token with the local siteverify fake.
 */
const widgetStub = (token: string) => `
window.turnstile = {
  render(container, options) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Verify you are human';
    button.addEventListener('click', () => {
      button.textContent = 'Success!';
      button.disabled = true;
      options.callback(${JSON.stringify(token)});
    });
    container.replaceChildren(button);
    if (options.sitekey !== ${JSON.stringify(captchaKeys.turnstile.siteKey)}) throw new Error('wrong site key');
    return 'widget-1';
  },
  reset() {
    const button = document.querySelector('#captcha-widget button');
    button.textContent = 'Verify you are human';
    button.disabled = false;
  },
};`;

describe.skipIf(dialect === 'postgres')(
  `sign-in pages with CAPTCHA in Chromium (${dialect})`,
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let turnstile: HttpFake;
    let config: oidc.Configuration;
    let context: BrowserContext | undefined;
    const scriptRequests: string[] = [];

    /** A fresh context whose Cloudflare widget script is the stub handing out this token. */
    async function openPage(token: string): Promise<{ page: Page; cspReports: string[] }> {
      context = await chromium.newContext({ colorScheme: 'light' });
      const cspReports = await recordCspViolations(context);
      await context.route('https://challenges.cloudflare.com/**', (route) => {
        scriptRequests.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: widgetStub(token) });
      });
      context.setDefaultTimeout(15_000);
      return { page: await context.newPage(), cspReports };
    }

    beforeAll(async () => {
      turnstile = await startTurnstileFake();
      [server, chromium] = await Promise.all([
        startTestServer({ TESSERA_INTERNAL_TEST_CAPTCHA_BASE_URLS: JSON.stringify({ Turnstile: turnstile.url }) }),
        launchChromium(),
      ]);
      const api = await managementApi(server);
      ({ config } = await socialApp(server, { enableSocialConnectors: false }));
      expect(
        (await api.put('/captcha-provider', { config: { type: 'Turnstile', ...captchaKeys.turnstile } })).status,
      ).toBe(200);
      expect((await api.patch('/sign-in-exp', { captchaPolicy: { enabled: true } })).status).toBe(200);
    });
    afterEach(async () => {
      await context?.close();
      context = undefined;
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
      await turnstile?.close();
    });

    it('asks for the security check, then signs in with the token the server checked', async () => {
      const user = await createUser(server);
      const { page, cspReports } = await openPage(captchaTokens.good);
      const pageAnswer = page.waitForResponse((response) => new URL(response.url()).pathname === '/sign-in');
      const request = await openHostedSignIn(page, config);
      const csp = (await pageAnswer).headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self' https://challenges.cloudflare.com;");
      expect(csp).toContain('frame-src https://challenges.cloudflare.com;');

      const check = page.getByRole('group', { name: 'Security check' });
      await check.getByRole('button', { name: 'Verify you are human' }).waitFor();
      expect(scriptRequests.at(-1)).toBe('https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit');
      expect(await axeLightAndDark(page)).toEqual([]);

      await page.getByLabel('Username', { exact: true }).fill(user.username as string);
      await page.getByLabel('Password', { exact: true }).fill(password);
      const before = turnstile.requests.length;
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Complete the security check first.' }).waitFor();
      expect(turnstile.requests.length).toBe(before);

      await check.getByRole('button', { name: 'Verify you are human' }).click();
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const claims = await claimsAtApp(config, request, atApp);
      expect(claims.sub).toBe(user.id);

      const checked = turnstile.requests.slice(before).map((sent) => new URLSearchParams(sent.body));
      expect(checked.map((form) => form.get('response'))).toEqual([captchaTokens.good]);
      expect(turnstile.violations).toEqual([]);
      expect(cspReports).toEqual([]);
    });

    it('shows the refusal in words and resets the widget when the provider refuses the token', async () => {
      const user = await createUser(server);
      const { page, cspReports } = await openPage('widget-token-forged');
      await openHostedSignIn(page, config);
      const check = page.getByRole('group', { name: 'Security check' });
      await check.getByRole('button', { name: 'Verify you are human' }).click();
      await page.getByLabel('Username', { exact: true }).fill(user.username as string);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'The security check did not pass. Complete it again and retry.' })
        .waitFor();
      await check.getByRole('button', { name: 'Verify you are human' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(cspReports).toEqual([]);
    });
  },
);
