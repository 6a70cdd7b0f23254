import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { setMfaPolicy, signInToMfaStep } from './support/mfa-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';
import type { ApiAnswer, Browser } from './support/sign-in.js';

/**
 * An email code as the second factor (Logto's MfaEmailVerificationCode): a user with a
 * verified email who signed in with a password is asked for a code sent there, through the
 * fake SMTP server; wrong codes, another verification, an identifier not enabled as a factor
 * and concurrent wrong tries are refused.
 */
describe(`Experience API email code as MFA (${dialect})`, () => {
  let env: CodeSignInServer;

  function expectError(answer: ApiAnswer, status: number, code: string): void {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.code).toBe(code);
  }

  async function userWithEmail() {
    const email = `mfa_${Date.now()}_${Math.random().toString(36).slice(2, 8)}@example.com`;
    const user = await createUser(env.server, { primaryEmail: email });
    return { user, email };
  }

  const send = (browser: Browser, identifierType = 'email') =>
    browser.api('POST', '/verification/mfa-verification-code', { identifierType });
  const check = (browser: Browser, verificationId: string, code: string) =>
    browser.api('POST', '/verification/mfa-verification-code/verify', {
      identifierType: 'email',
      verificationId,
      code,
    });

  beforeAll(async () => {
    env = await startCodeSignInServer();
    await setMfaPolicy(env.api, 'PromptAtSignInAndSignUp', ['EmailVerificationCode']);
  });
  afterAll(async () => {
    await env.close();
  });

  it('asks a user with an email for a code sent there, and signs in with it', async () => {
    const { user, email } = await userWithEmail();
    const { browser, request } = await signInToMfaStep(env.server, env.config, user.username as string);
    const refused = await browser.api('POST', '/submit');
    expectError(refused, 403, 'session.mfa.require_mfa_verification');
    expect(refused.body.data).toEqual({ availableFactors: ['EmailVerificationCode'] });

    const sent = expectOk(await send(browser), 200, 'send');
    expect(env.fakes.smtp.messages.at(-1)?.to).toContain(email);
    const code = env.lastMailCode();
    expectError(
      await check(browser, sent.body.verificationId, code === '000000' ? '111111' : '000000'),
      400,
      'verification_code.code_mismatch',
    );
    expectOk(await check(browser, sent.body.verificationId, code), 200, 'verify');
    // The code is single use.
    expectError(await check(browser, sent.body.verificationId, code), 400, 'verification_code.not_found');
    expect((await submitToApp(env.config, browser, request)).sub).toBe(user.id);
  });

  it('refuses before identification, for a factor not enabled, and a first-factor code in its place', async () => {
    const anonymous = await env.interaction();
    expectError(await send(anonymous), 404, 'session.identifier_not_found');

    const { user, email } = await userWithEmail();
    const { browser } = await signInToMfaStep(env.server, env.config, user.username as string);
    expectError(await send(browser, 'phone'), 400, 'session.mfa.mfa_factor_not_enabled');
    // A sign-in code for the same address is not a second-factor verification.
    const firstFactor = expectOk(
      await browser.api('POST', '/verification/verification-code', {
        identifier: { type: 'email', value: email },
        interactionEvent: 'SignIn',
      }),
      200,
      'sign-in code',
    );
    expectError(
      await check(browser, firstFactor.body.verificationId, env.lastMailCode()),
      404,
      'session.verification_session_not_found',
    );
    expectError(await browser.api('POST', '/submit'), 403, 'session.mfa.require_mfa_verification');

    const noEmail = await createUser(env.server);
    const other = await signInToMfaStep(env.server, env.config, noEmail.username as string);
    expectError(await send(other.browser), 422, 'session.mfa.mfa_factor_not_found');
  });

  it('counts concurrent wrong codes atomically: never more tries than the policy allows', async () => {
    const { user } = await userWithEmail();
    const { browser } = await signInToMfaStep(env.server, env.config, user.username as string);
    const sent = expectOk(await send(browser), 200, 'send');
    const code = env.lastMailCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = await Promise.all(Array.from({ length: 8 }, () => check(browser, sent.body.verificationId, wrong)));
    const mismatches = answers.filter((a) => a.body.code === 'verification_code.code_mismatch').length;
    expect(answers.every((a) => a.status >= 400)).toBe(true);
    expect(mismatches).toBeLessThanOrEqual(5);
    const late = await check(browser, sent.body.verificationId, code);
    expect(late.status).toBeGreaterThanOrEqual(400);
  });

  it('sets up a new email as the factor (POST /profile/mfa), as Logto: the account has it after submit', async () => {
    const user = await createUser(env.server);
    const { browser, request } = await signInToMfaStep(env.server, env.config, user.username as string);
    expectError(await browser.api('POST', '/submit'), 422, 'user.missing_mfa');
    const email = `bind_${Date.now()}@example.com`;
    const identifier = { type: 'email', value: email };
    const sent = expectOk(
      await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: 'SignIn' }),
      200,
      'send to the new email',
    );
    const bind = () =>
      browser.api('POST', '/profile/mfa', { type: 'EmailVerificationCode', verificationId: sent.body.verificationId });
    // Not verified yet; a phone factor is not enabled.
    expectError(await bind(), 400, 'session.verification_failed');
    expectError(
      await browser.api('POST', '/profile/mfa', {
        type: 'PhoneVerificationCode',
        verificationId: sent.body.verificationId,
      }),
      400,
      'session.mfa.mfa_factor_not_enabled',
    );
    const verifyCode = { identifier, verificationId: sent.body.verificationId, code: env.lastMailCode() };
    expectOk(await browser.api('POST', '/verification/verification-code/verify', verifyCode), 200, 'verify');
    expect((await bind()).status).toBe(204);
    expect((await submitToApp(env.config, browser, request)).sub).toBe(user.id);
    expect((await env.api.get(`/users/${user.id}`)).body.primaryEmail).toBe(email);

    // An address another account holds is refused.
    const second = await signInToMfaStep(env.server, env.config, (await createUser(env.server)).username as string);
    const taken = { type: 'email', value: email };
    const again = expectOk(
      await second.browser.api('POST', '/verification/verification-code', {
        identifier: taken,
        interactionEvent: 'SignIn',
      }),
      200,
      'send to a taken email',
    );
    expectOk(
      await second.browser.api('POST', '/verification/verification-code/verify', {
        identifier: taken,
        verificationId: again.body.verificationId,
        code: env.lastMailCode(),
      }),
      200,
      'verify',
    );
    expectError(
      await second.browser.api('POST', '/profile/mfa', {
        type: 'EmailVerificationCode',
        verificationId: again.body.verificationId,
      }),
      422,
      'user.email_already_in_use',
    );
  });
});
