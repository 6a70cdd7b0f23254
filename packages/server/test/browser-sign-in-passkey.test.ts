import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { addCodeConnectors } from './support/code-connectors.js';
import { recordCspViolations } from './support/console.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { setMfaPolicy, signInToMfaStep, verifiedPasskeyRegistration } from './support/mfa-sign-in.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { socialApp } from './support/social-sign-in.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';
import { virtualAuthenticator as createVirtualAuthenticator } from './support/virtual-authenticator.js';

/**
 * Passkey sign-in on the hosted page in Chromium, with the DevTools protocol's virtual
 * authenticators: after a password sign-in the page offers to create a passkey; a second
 * passkey is added to the same account; then "Sign in with a passkey" signs in with each of
 * them, from a device holding only that one, with no password typed.
 */
describe.skipIf(dialect === 'postgres')('sign-in page: passkey sign-in in Chromium', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let fakes: ProviderFakes;
  let api: ManagementApi;

  const virtualAuthenticator = () => createVirtualAuthenticator(page);

  async function openPage() {
    const context = await chromium.newContext({ colorScheme: 'light' });
    const csp = await recordCspViolations(context);
    page = await context.newPage();
    return { request: await openHostedSignIn(page, config, { scope: 'openid profile' }), csp };
  }

  /** "Sign in with a passkey" on a device holding `credential` only: the app gets the user's tokens. */
  async function signInWithPasskey(credential: object) {
    const { request, csp } = await openPage();
    const device = await virtualAuthenticator();
    await device.cdp.send('WebAuthn.addCredential', {
      authenticatorId: device.authenticatorId,
      credential: credential as never,
    });
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    const claims = await claimsAtApp(config, request, atApp);
    expect(csp).toEqual([]);
    return claims;
  }

  beforeAll(async () => {
    fakes = await startProviderFakes();
    [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
    ({ config } = await socialApp(server));
    api = await managementApi(server);
    await addCodeConnectors(api, fakes);
    const patched = await api.patch('/sign-in-exp', {
      passkeySignIn: { enabled: true, showPasskeyButton: true, allowAutofill: false },
    });
    expect(patched.status).toBe(200);
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await fakes?.close();
  });

  it('creates a passkey after a password sign-in, adds a second one, and signs in with each, no password', async () => {
    const user = await createUser(server);
    // 1. Password sign-in; the page offers a passkey, created on this device.
    const { request } = await openPage();
    const first = await virtualAuthenticator();
    await page.locator('#username').fill(user.username as string);
    await page.locator('#password').fill(password);
    await page.locator('#submit').click();
    await page.getByRole('heading', { name: 'Sign in faster with a passkey' }).waitFor();
    expect(await page.getByRole('button', { name: 'Skip for now' }).count()).toBe(1);
    expect(await axeLightAndDark(page)).toEqual([]);
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: 'Create a passkey', exact: true }).click();
    expect((await claimsAtApp(config, request, atApp)).sub).toBe(user.id);
    const { credentials } = await first.cdp.send('WebAuthn.getCredentials', { authenticatorId: first.authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);
    await page.context().close();

    // 2. A second passkey for the same account (another device), through the Experience API.
    const second = new SoftAuthenticator(server.url);
    const step = await signInToMfaStep(server, config, user.username as string);
    const { verificationId, registrationOptions } = await verifiedPasskeyRegistration(step.browser, second);
    expectOk(await step.browser.api('POST', '/profile/mfa/passkey', { verificationId }), 204, 'bind');
    expect((await submitToApp(config, step.browser, step.request)).sub).toBe(user.id);
    const secondCredential = {
      credentialId: second.credentialId.toString('base64'),
      isResidentCredential: true,
      rpId: 'localhost',
      privateKey: (second.keys.privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64'),
      userHandle: Buffer.from(registrationOptions.user.id, 'base64url').toString('base64'),
      signCount: 0,
    };

    // 3. Each passkey signs in on a device that holds only it.
    expect((await signInWithPasskey(credentials[0] as object)).sub).toBe(user.id);
    await page.context().close();
    expect((await signInWithPasskey(secondCredential)).sub).toBe(user.id);
  });

  it('says in words when the device has no passkey, and the password form still works', async () => {
    const user = await createUser(server);
    const autofill = { passkeySignIn: { enabled: true, showPasskeyButton: true, allowAutofill: true } };
    expect((await api.patch('/sign-in-exp', autofill)).status).toBe(200);
    const { request } = await openPage();
    // With autofill allowed, the identifier field asks the browser for passkeys beside saved names.
    await expect
      .poll(() => page.locator('#username').getAttribute('autocomplete'), { timeout: 15_000 })
      .toBe('username webauthn');
    await virtualAuthenticator();
    const button = page.getByRole('button', { name: 'Sign in with a passkey' });
    await button.waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await button.click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'The passkey request was cancelled or timed out. Try again, or sign in another way.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('passkey');
    await page.locator('#username').fill(user.username as string);
    await page.locator('#password').fill(password);
    await page.locator('#submit').click();
    await page.getByRole('heading', { name: 'Sign in faster with a passkey' }).waitFor();
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    expect((await claimsAtApp(config, request, atApp)).sub).toBe(user.id);
    autofill.passkeySignIn.allowAutofill = false;
    expect((await api.patch('/sign-in-exp', autofill)).status).toBe(200);
  });

  it('verifies with a code sent to the account email as the second factor', async () => {
    await setMfaPolicy(api, 'Mandatory', ['EmailVerificationCode']);
    try {
      const email = `mfa-${Date.now()}@example.com`;
      const user = await createUser(server, { primaryEmail: email });
      const { request, csp } = await openPage();
      await page.locator('#username').fill(user.username as string);
      await page.locator('#password').fill(password);
      await page.locator('#submit').click();
      await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      const code = page.locator('#mfa').getByLabel('Verification code');
      await code.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('mfa-code');
      expect(fakes.smtp.messages.at(-1)?.to).toContain(email);
      const sent = /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;
      await code.fill(sent === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('That code is incorrect. Check it and try again.');
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      expect(await axeLightAndDark(page)).toEqual([]);
      await code.fill(sent);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      // Passkey sign-in is on and the account has none: the offer comes next.
      await page.getByRole('heading', { name: 'Sign in faster with a passkey' }).waitFor();
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Skip for now' }).click();
      expect((await claimsAtApp(config, request, atApp)).sub).toBe(user.id);
      expect(csp).toEqual([]);
    } finally {
      await setMfaPolicy(api, 'UserControlled', []);
    }
  });
});
