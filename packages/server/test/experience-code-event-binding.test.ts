import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';
import type { Browser } from './support/sign-in.js';

/**
 * A verification code proves an identifier for the event it was sent for, under the settings
 * in force when it is used: a password-reset code never signs anyone in, and a sign-in code
 * stops working once sign-in by code is turned off.
 */
describe(`verification codes bound to their event (${dialect})`, () => {
  let env: CodeSignInServer;
  let seq = 0;
  const newEmail = () => `bound${Date.now().toString(36)}${++seq}@example.com`;

  /** Sends a code for `event` to the e-mail address and verifies it; returns the verification id. */
  async function verifiedCode(browser: Browser, email: string, event: string): Promise<string> {
    const identifier = { type: 'email', value: email };
    const sent = await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: event });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const { verificationId } = sent.body;
    const code = env.lastMailCode();
    const verified = await browser.api('POST', '/verification/verification-code/verify', {
      identifier,
      verificationId,
      code,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    return verificationId;
  }

  const signInMethods = (emailCode: boolean) => [
    { identifier: 'email', password: true, verificationCode: emailCode, isPasswordPrimary: true },
    { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
  ];
  const setEmailCodeSignIn = async (enabled: boolean) =>
    expect((await env.api.patch('/sign-in-exp', { signIn: { methods: signInMethods(enabled) } })).status).toBe(200);

  beforeAll(async () => {
    env = await startCodeSignInServer();
    await setEmailCodeSignIn(false);
  });
  afterAll(() => env.close());

  it('does not sign in with a password-reset code after switching the interaction to sign-in', async () => {
    const email = newEmail();
    await createUser(env.server, { primaryEmail: email });
    const browser = await env.interaction('ForgotPassword');
    const verificationId = await verifiedCode(browser, email, 'ForgotPassword');
    expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'SignIn' })).status).toBe(204);
    const identified = await browser.api('POST', '/identification', { verificationId });
    expect(identified).toMatchObject({ status: 400, body: { code: 'session.verification_failed' } });
    const submit = await browser.api('POST', '/submit');
    expect(submit.status).toBe(404);
    expect(submit.body.redirectTo).toBeUndefined();
  });

  it('does not sign in with a password-reset code sent from a sign-in interaction', async () => {
    const email = newEmail();
    await createUser(env.server, { primaryEmail: email });
    const browser = await env.interaction('SignIn');
    const verificationId = await verifiedCode(browser, email, 'ForgotPassword');
    const identified = await browser.api('POST', '/identification', { verificationId });
    expect(identified).toMatchObject({ status: 400, body: { code: 'session.verification_failed' } });
  });

  it('sends no sign-in code while e-mail code sign-in is off, and refuses one sent before it was turned off', async () => {
    const email = newEmail();
    await createUser(env.server, { primaryEmail: email });
    const browser = await env.interaction('SignIn');
    const refused = await browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'email', value: email },
      interactionEvent: 'SignIn',
    });
    expect(refused).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });

    await setEmailCodeSignIn(true);
    try {
      const verificationId = await verifiedCode(browser, email, 'SignIn');
      await setEmailCodeSignIn(false);
      const identified = await browser.api('POST', '/identification', { verificationId });
      expect(identified).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });
      await setEmailCodeSignIn(true);
      expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(204);
    } finally {
      await setEmailCodeSignIn(false);
    }
  });

  it('still resets a password with a password-reset code', async () => {
    const email = newEmail();
    const user = await createUser(env.server, { primaryEmail: email });
    const browser = await env.interaction('ForgotPassword');
    const verificationId = await verifiedCode(browser, email, 'ForgotPassword');
    expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(204);
    expect((await browser.api('PUT', '/profile/password', { password: 'Quiet-Harbor-77' })).status).toBe(204);
    expect((await browser.api('POST', '/submit')).status).toBe(204);
    const row = await env.server.services.users.findOrThrow(user.id);
    expect(await env.server.services.users.checkPassword(row, 'Quiet-Harbor-77')).toBe(true);
  });
});
