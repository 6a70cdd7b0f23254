import type * as oidc from 'openid-client';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { expectOk } from './experience-steps.js';
import type { ManagementApi } from './management-client.js';
import { password } from './oidc-fixtures.js';
import type { TestServer } from './server.js';
import { Browser, type SignInMode } from './sign-in.js';
import { openInteraction } from './social-sign-in.js';
import type { SoftAuthenticator } from './soft-authenticator.js';

/** Driving MFA sign-ins: the policy in the settings, TOTP codes, and a password sign-in up to the MFA step. */

/** Sets the sign-in experience's MFA policy and factors, expecting the update to succeed. */
export async function setMfaPolicy(api: ManagementApi, policy: string, factors: string[]): Promise<void> {
  const patched = await api.patch('/sign-in-exp', { mfa: { factors, policy } });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
}

/** The authenticator app for a TOTP secret (base32), with the parameters Tessera issues. */
export const totpOf = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

/** Opens an interaction and signs in (or registers) with username + password, up to (not including) submit. */
async function passwordUpToSubmit(server: TestServer, config: oidc.Configuration, username: string, mode: SignInMode) {
  const register = mode === 'register';
  const browser = new Browser(server.url);
  const request = await openInteraction(browser, config);
  expectOk(await browser.api('PUT', '', { interactionEvent: register ? 'Register' : 'SignIn' }), 204, 'start');
  const verified = expectOk(
    await browser.api('POST', register ? '/verification/new-password-identity' : '/verification/password', {
      identifier: { type: 'username', value: username },
      password,
    }),
    200,
    register ? 'new identity' : 'password',
  );
  expectOk(
    await browser.api('POST', '/identification', { verificationId: verified.body.verificationId }),
    register ? 201 : 204,
    register ? 'register' : 'identify',
  );
  return { browser, request };
}

/** An existing user's password sign-in, up to the MFA step (submit not sent). */
export const signInToMfaStep = (server: TestServer, config: oidc.Configuration, username: string) =>
  passwordUpToSubmit(server, config, username, 'sign-in');

/** A new username + password account's registration, up to the MFA step (submit not sent). */
export const registerToMfaStep = (server: TestServer, config: oidc.Configuration, username: string) =>
  passwordUpToSubmit(server, config, username, 'register');

/** The types of the MFA factors stored for a user, as `{ type }` rows. */
export const storedMfaTypes = (server: TestServer, userId: string) =>
  server.services.db.selectFrom('user_mfa_verifications').select('type').where('user_id', '=', userId).execute();

/** A passkey registration through the Experience API: the options, the authenticator's answer, verified (not yet bound). */
export async function verifiedPasskeyRegistration(browser: Browser, authenticator: SoftAuthenticator) {
  const created = expectOk(await browser.api('POST', '/verification/web-authn/registration'), 200, 'registration');
  const { verificationId, registrationOptions } = created.body;
  const payload = authenticator.register(registrationOptions);
  expectOk(
    await browser.api('POST', '/verification/web-authn/registration/verify', { verificationId, payload }),
    200,
    'registration verify',
  );
  return { verificationId: verificationId as string, registrationOptions };
}
