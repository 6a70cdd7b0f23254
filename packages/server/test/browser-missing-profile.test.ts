import type * as oidc from 'openid-client';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderFakes } from './fakes/providers.js';
import { seriousAxeViolations } from './support/axe.js';
import { type CodePagesEnv, startCodePages } from './support/browser-code-pages.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import type { ManagementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';

/**
 * The hosted sign-up page when the sign-in experience requires an email, a phone number, or
 * either (`signUp.secondaryIdentifiers`): after username and password it asks for it, confirms
 * it with a code sent through the SMTP or Twilio fake, and goes on to the app by itself.
 */
describe.skipIf(dialect === 'postgres')(
  `sign-in pages: required email or phone (missing profile) in Chromium (${dialect})`,
  { timeout: 90_000 },
  () => {
    let env: CodePagesEnv;
    let fakes: ProviderFakes;
    let page: Page;
    let config: oidc.Configuration;
    let api: ManagementApi;
    const lastMailCode = () => env.lastMailCode();
    const secondary = (identifier: string) =>
      api.patch('/sign-in-exp', {
        signUp: {
          identifiers: ['username'],
          password: true,
          verify: false,
          secondaryIdentifiers: [{ identifier, verify: true }],
        },
      });

    beforeAll(async () => {
      env = await startCodePages({
        connectors: 'email-and-sms',
        signInExperience: {
          signIn: {
            methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
          },
        },
      });
      ({ fakes, config, api } = env);
    });
    beforeEach(async () => {
      expect((await secondary('email')).status).toBe(200);
    });
    afterEach(async () => {
      await page?.context().close();
    });
    afterAll(() => env?.close());

    it('asks for the email after username and password, confirms it by code, then returns to the app', async () => {
      page = await env.newPage();
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
      const existing = await createUser(env.server);
      await createUser(env.server, { primaryEmail: 'taken@example.com' });
      page = await env.newPage({ colorScheme: 'dark' });
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

    /** Registers with username and password up to the step asking for the missing contact. */
    async function registerUpToContact(username: string, heading: string) {
      page = await env.newPage();
      const request = await openHostedSignIn(page, config, { first_screen: 'register' });
      await page.getByLabel('Username', { exact: true }).fill(username);
      await page.getByLabel('Password', { exact: true }).fill('Violet-Anchor-42');
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      return request;
    }
    async function confirmByCode(request: Awaited<ReturnType<typeof registerUpToContact>>, code: () => string) {
      const atApp = appCallbackRequest(page);
      await page.getByLabel('Verification code').fill(code());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const claims = await claimsAtApp(config, request, atApp);
      return (await api.get(`/users/${claims.sub}`)).body;
    }

    it('asks for a required phone number, confirms it by a code sent by SMS', async () => {
      expect((await secondary('phone')).status).toBe(200);
      const request = await registerUpToContact('phone_needed', 'Add your phone number');
      const phone = page.getByLabel('Phone number', { exact: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Not a number: said in words on the field.
      await phone.fill('call me');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await phone.getAttribute('aria-invalid')).toBe('true');

      const sent = fakes.twilio.messages.length;
      await phone.fill('+1 415 555 0199');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await page.getByLabel('Verification code').waitFor();
      await expect.poll(() => fakes.twilio.messages.length, { timeout: 15_000 }).toBe(sent + 1);
      const user = await confirmByCode(request, env.lastSmsCode);
      expect(user).toMatchObject({ username: 'phone_needed', primaryPhone: '14155550199' });
    });

    it('asks for an email or a phone number (emailOrPhone) and takes either', async () => {
      expect((await secondary('emailOrPhone')).status).toBe(200);
      const byMail = await registerUpToContact('either_mail', 'Add your email or phone number');
      const field = page.getByLabel('Email or phone', { exact: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      const mailed = fakes.smtp.messages.length;
      await field.fill('either@example.com');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await page.getByLabel('Verification code').waitFor();
      await expect.poll(() => fakes.smtp.messages.length, { timeout: 15_000 }).toBe(mailed + 1);
      expect(await confirmByCode(byMail, lastMailCode)).toMatchObject({ primaryEmail: 'either@example.com' });
      await page.context().close();

      const byPhone = await registerUpToContact('either_phone', 'Add your email or phone number');
      const texted = fakes.twilio.messages.length;
      await page.getByLabel('Email or phone', { exact: true }).fill('+44 20 7946 0018');
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      await page.getByLabel('Verification code').waitFor();
      await expect.poll(() => fakes.twilio.messages.length, { timeout: 15_000 }).toBe(texted + 1);
      expect(await confirmByCode(byPhone, env.lastSmsCode)).toMatchObject({ primaryPhone: '442079460018' });
    });
  },
);
