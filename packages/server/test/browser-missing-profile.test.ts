import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { addCodeConnectors } from './support/code-connectors.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { socialApp } from './support/social-sign-in.js';

/**
 * The hosted sign-up page when the sign-in experience requires an email
 * (`signUp.secondaryIdentifiers`): after username and password it asks for the email, confirms
 * it with a code sent through the SMTP fake, and goes on to the app by itself.
 */
describe.skipIf(dialect === 'postgres')(
  `sign-in pages: required email (missing profile) in Chromium (${dialect})`,
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let fakes: ProviderFakes;
    let chromium: Browser;
    let page: Page;
    let config: oidc.Configuration;
    let api: Awaited<ReturnType<typeof managementApi>>;

    const lastMailCode = () => /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;

    beforeAll(async () => {
      fakes = await startProviderFakes();
      [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
      api = await managementApi(server);
      ({ config } = await socialApp(server));
      await addCodeConnectors(api, fakes);
      const patched = await api.patch('/sign-in-exp', {
        signUp: {
          identifiers: ['username'],
          password: true,
          verify: false,
          secondaryIdentifiers: [{ identifier: 'email', verify: true }],
        },
        signIn: {
          methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
        },
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    });
    afterEach(async () => {
      await page?.context().close();
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
      await fakes?.close();
    });

    it('asks for the email after username and password, confirms it by code, then returns to the app', async () => {
      page = await (await chromium.newContext({ colorScheme: 'light' })).newPage();
      const request = await openHostedSignIn(page, config, { first_screen: 'register' });
      expect(new URL(page.url()).pathname).toBe('/register');
      await page.getByRole('heading', { name: 'Create account' }).waitFor();
      await page.getByLabel('Username', { exact: true }).fill('mail_needed');
      await page.getByLabel('Password', { exact: true }).fill('Violet-Anchor-42');
      await page.getByRole('button', { name: 'Create account', exact: true }).click();

      // The step for the missing email: its own title, an "Email" field focused, keyboard first.
      await page.getByRole('heading', { name: 'Add your email' }).waitFor();
      const email = page.getByLabel('Email', { exact: true });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
      expect(await email.inputValue()).toBe('');
      expect(await page.getByLabel('Password').isVisible()).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Not an address: said in words on the field, which keeps the focus.
      await email.fill('not-an-address');
      await email.press('Enter');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('Enter a valid email address.');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');

      const sentBefore = fakes.smtp.messages.length;
      await email.fill('mail.needed@example.com');
      await email.press('Enter');
      const codeField = page.getByLabel('Verification code');
      await codeField.waitFor();
      await expect.poll(() => fakes.smtp.messages.length, { timeout: 15_000 }).toBe(sentBefore + 1);
      expect(fakes.smtp.messages.at(-1)?.to).toEqual(['mail.needed@example.com']);
      expect(await page.getByRole('heading', { name: 'Add your email' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
      const code = lastMailCode();
      expect(code).toMatch(/^\d{6}$/);

      // A wrong code: said in words next to the code field.
      await codeField.fill(`${(Number(code[0]) + 1) % 10}${code.slice(1)}`);
      await codeField.press('Enter');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('The verification code is incorrect.');
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The right code: the account is created with the email, and the app gets its code.
      const atApp = appCallbackRequest(page);
      await codeField.fill(code);
      await codeField.press('Enter');
      const claims = await claimsAtApp(config, request, atApp);
      const user = await api.get(`/users/${claims.sub}`);
      expect(user.status).toBe(200);
      expect(user.body).toMatchObject({ username: 'mail_needed', primaryEmail: 'mail.needed@example.com' });
    });

    it('at sign-in, asks an account without an email for one, then submits again by itself', async () => {
      const existing = await createUser(server);
      await createUser(server, { primaryEmail: 'taken@example.com' });
      page = await (await chromium.newContext({ colorScheme: 'dark' })).newPage();
      const request = await openHostedSignIn(page, config);
      await page.getByLabel('Username', { exact: true }).fill(existing.username as string);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();

      await page.getByRole('heading', { name: 'Add your email' }).waitFor();
      const email = page.getByLabel('Email', { exact: true });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // An address another account holds: refused once its code is given, said on the email field.
      await email.fill('taken@example.com');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      const codeField = page.getByLabel('Verification code');
      await codeField.waitFor();
      await expect.poll(() => fakes.smtp.messages.at(-1)?.to, { timeout: 15_000 }).toEqual(['taken@example.com']);
      await codeField.fill(lastMailCode());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe(
        'An account with this email already exists. Sign in instead.',
      );
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');

      await email.fill('signed.in@example.com');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await codeField.waitFor();
      await expect.poll(() => fakes.smtp.messages.at(-1)?.to, { timeout: 15_000 }).toEqual(['signed.in@example.com']);

      // "Back" returns to the email step, which sends again.
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('heading', { name: 'Add your email' }).waitFor();
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await codeField.waitFor();
      await expect.poll(() => fakes.smtp.messages.at(-1)?.to, { timeout: 15_000 }).toEqual(['signed.in@example.com']);

      const atApp = appCallbackRequest(page);
      await codeField.fill(lastMailCode());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const claims = await claimsAtApp(config, request, atApp);
      expect(claims.sub).toBe(existing.id);
      expect((await api.get(`/users/${existing.id}`)).body).toMatchObject({ primaryEmail: 'signed.in@example.com' });
    });
  },
);
