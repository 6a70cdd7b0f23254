import type * as oidc from 'openid-client';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderFakes } from './fakes/providers.js';
import { seriousAxeViolations } from './support/axe.js';
import { type CodePagesEnv, startCodePages } from './support/browser-code-pages.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import type { ManagementApi } from './support/management-client.js';
import { setMfaPolicy } from './support/mfa-sign-in.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';

/**
 * The hosted MFA set-up screens offering an email address or a phone number as the second
 * factor (Logto's email and SMS verification code factors), in Chromium: the user types the
 * address, confirms it with the code sent through the SMTP or Twilio fake, and the account has
 * it at the app; the next sign-in asks for a code sent there.
 */
describe.skipIf(dialect === 'postgres')('sign-in page: email and SMS as the second factor', { timeout: 90_000 }, () => {
  let env: CodePagesEnv;
  let fakes: ProviderFakes;
  let page: Page;
  let config: oidc.Configuration;
  let api: ManagementApi;
  let cspReports: string[];

  beforeAll(async () => {
    env = await startCodePages({ connectors: 'email-and-sms' });
    ({ fakes, config, api } = env);
    await setMfaPolicy(api, 'Mandatory', ['EmailVerificationCode', 'PhoneVerificationCode']);
  });
  afterEach(async () => {
    expect(cspReports).toEqual([]);
    await page?.context().close();
  });
  afterAll(() => env?.close());

  /** Signs in with username and password in a fresh browser, up to the MFA screens. */
  async function signIn(username: string) {
    const context = await env.chromium.newContext({ colorScheme: 'light', locale: 'en-US' });
    cspReports = await recordCspViolations(context);
    page = await context.newPage();
    const request = await openHostedSignIn(page, config, { scope: 'openid profile' });
    await page.getByLabel('Username', { exact: true }).fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    return request;
  }
  async function continueToApp(request: Awaited<ReturnType<typeof signIn>>) {
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    return claimsAtApp(config, request, atApp);
  }

  it('sets up an email address as the second factor, then asks for a code sent there', async () => {
    const user = await createUser(env.server, { username: 'mail_factor' });
    const request = await signIn('mail_factor');
    await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
    await page.getByRole('button', { name: /^SMS verification code/ }).waitFor();
    await page.getByRole('button', { name: /^Email verification code/ }).click();

    await page.getByRole('heading', { name: 'Add an email address' }).waitFor();
    const address = page.getByRole('textbox', { name: 'Email address' });
    expect(await address.getAttribute('type')).toBe('email');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Not an address: said in words, on the field.
    await address.fill('not-an-address');
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Enter a valid email address');
    expect(await address.getAttribute('aria-invalid')).toBe('true');

    await address.fill('ada.factor@example.com');
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByText('Enter the code we sent to ada.factor@example.com.').waitFor();
    expect(fakes.smtp.messages.at(-1)?.to).toContain('ada.factor@example.com');
    await page.getByRole('textbox', { name: 'Verification code' }).fill(env.lastMailCode());
    const claims = await continueToApp(request);
    expect(claims.sub).toBe(user.id);
    expect((await api.get(`/users/${user.id}`)).body.primaryEmail).toBe('ada.factor@example.com');
    await page.context().close();

    // The next sign-in verifies with a code sent to that address.
    const next = await signIn('mail_factor');
    await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
    const sent = fakes.smtp.messages.length;
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByRole('textbox', { name: 'Verification code' }).waitFor();
    await expect.poll(() => fakes.smtp.messages.length, { timeout: 15_000 }).toBe(sent + 1);
    await page.getByRole('textbox', { name: 'Verification code' }).fill(env.lastMailCode());
    expect((await continueToApp(next)).sub).toBe(user.id);
  });

  it('sets up a phone number as the second factor by a code sent by SMS', async () => {
    const user = await createUser(env.server, { username: 'sms_factor' });
    const request = await signIn('sms_factor');
    await page.getByRole('button', { name: /^SMS verification code/ }).click();
    await page.getByRole('heading', { name: 'Add a phone number' }).waitFor();
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    expect(await phone.getAttribute('type')).toBe('tel');
    await phone.fill('+1 415 555 0142');
    await page.getByRole('button', { name: 'Send code', exact: true }).click();
    await page.getByRole('textbox', { name: 'Verification code' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // A wrong code is said on the field; the right one finishes.
    const wrong = env.lastSmsCode() === '000000' ? '111111' : '000000';
    await page.getByRole('textbox', { name: 'Verification code' }).fill(wrong);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('That code is incorrect');
    await page.getByRole('textbox', { name: 'Verification code' }).fill(env.lastSmsCode());
    expect((await continueToApp(request)).sub).toBe(user.id);
    expect((await api.get(`/users/${user.id}`)).body.primaryPhone).toBe('14155550142');
  });
});
