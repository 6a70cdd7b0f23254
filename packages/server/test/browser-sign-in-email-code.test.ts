import type * as oidc from 'openid-client';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderFakes } from './fakes/providers.js';
import { type CodePagesEnv, startCodePages } from './support/browser-code-pages.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import type { ManagementApi } from './support/management-client.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';

/**
 * The hosted sign-in page rendered from the sign-in experience settings, in Chromium: from an
 * app's authorization request, passwordless sign-in by an email code sent through the SMTP
 * connector (to the SMTP fake), back to the app with a code redeemed for tokens.
 */
describe(`sign-in page: email verification code in Chromium (${dialect})`, () => {
  let env: CodePagesEnv;
  let fakes: ProviderFakes;
  let page: Page;
  let config: oidc.Configuration;
  let api: ManagementApi;
  const lastMailCode = () => env.lastMailCode();

  beforeAll(async () => {
    env = await startCodePages({
      connectors: 'email',
      signInExperience: {
        color: { primaryColor: '#0A7B5C', isDarkModeEnabled: false, darkPrimaryColor: '#6FD6B4' },
        signUp: { identifiers: ['email'], password: false, verify: true },
        signIn: {
          methods: [{ identifier: 'email', password: false, verificationCode: true, isPasswordPrimary: false }],
        },
      },
    });
    ({ fakes, config, api } = env);
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(() => env?.close());

  /** Opens the app's authorization request in the browser; the hosted page answers. */
  async function openSignIn(params: Record<string, string> = {}) {
    page = await env.newPage();
    return openHostedSignIn(page, config, params);
  }

  it('signs in with a code sent by email and returns to the app with an authorization code', async () => {
    const user = await createUser(env.server, { primaryEmail: 'code.reader@example.com' });
    const request = await openSignIn();

    // Rendered from the settings: one "Email" field, no password, a "Send code" button in the brand colour.
    const email = page.getByLabel('Email', { exact: true });
    await email.waitFor();
    expect(await page.getByLabel('Password').isVisible()).toBe(false);
    const send = page.getByRole('button', { name: 'Send code', exact: true });
    expect(await send.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(10, 123, 92)');
    expect(await send.evaluate((button) => getComputedStyle(button).color)).toBe('rgb(255, 255, 255)');

    // An empty field is said in words and focused.
    await send.click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Enter your email.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');

    const sentBefore = fakes.smtp.messages.length;
    await email.fill('Code.Reader@Example.com');
    await send.click();
    const codeField = page.getByLabel('Verification code');
    await codeField.waitFor();
    await expect.poll(() => fakes.smtp.messages.length).toBe(sentBefore + 1);
    expect(fakes.smtp.messages.at(-1)?.to).toEqual(['code.reader@example.com']);
    const code = lastMailCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');

    // A wrong code: said in words, focus back on the code field.
    const wrong = `${(Number(code[0]) + 1) % 10}${code.slice(1)}`;
    await codeField.fill(wrong);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('The verification code is incorrect.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    expect(await codeField.getAttribute('aria-invalid')).not.toBeNull();

    const atApp = appCallbackRequest(page);
    await codeField.fill(code);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const claims = await claimsAtApp(config, request, atApp);
    expect(claims.sub).toBe(user.id);
  });

  it('signs up by email code with the password the settings require, then resets it with "Forgot password?"', async () => {
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: true, verify: true },
      signIn: {
        methods: [{ identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true }],
      },
      forgotPasswordMethods: ['EmailVerificationCode'],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);

    // Sign-up first (first_screen=register): email, code, then "Create a password".
    let request = await openSignIn({ first_screen: 'register' });
    await page.getByRole('heading', { name: 'Create account' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill('new.reader@example.com');
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByLabel('Verification code').waitFor();
    await expect.poll(() => fakes.smtp.messages.at(-1)?.to).toEqual(['new.reader@example.com']);
    await page.getByLabel('Verification code').fill(lastMailCode());
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const create = page.getByLabel('Create a password');
    await create.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await create.fill('password1');
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('most common passwords');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    let atApp = appCallbackRequest(page);
    await create.fill('Violet-Anchor-42');
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    const created = await claimsAtApp(config, request, atApp);
    await page.context().close();

    // Forgot password: code to the email, a new password, back to signing in with it.
    request = await openSignIn();
    await page.getByLabel('Email', { exact: true }).fill('new.reader@example.com');
    await page.getByRole('button', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByLabel('Verification code').waitFor();
    await expect.poll(() => fakes.smtp.messages.at(-1)?.headers.subject).toBe('Reset your password');
    await page.getByLabel('Verification code').fill(lastMailCode());
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByLabel('New password').fill('Quiet-Harbor-77');
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been reset' }).waitFor();
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('new.reader@example.com');
    atApp = appCallbackRequest(page);
    await page.getByLabel('Password').fill('Quiet-Harbor-77');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect((await claimsAtApp(config, request, atApp)).sub).toBe(created.sub);
  });
});
