import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { setMfaPolicy, signInToMfaStep, totpOf } from './support/mfa-sign-in.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, type TestServer } from './support/server.js';
import type { ApiAnswer } from './support/sign-in.js';

/**
 * Lockouts under concurrency: 20 wrong tries sent at once must not all be evaluated against a
 * count read before any of them was recorded. With a limit of 3 (passwords and codes per
 * identifier) or the code policy's tries, exactly that many are checked; the rest are refused.
 */
describe(`Experience API lockouts under concurrent attempts (${dialect})`, () => {
  let env: CodeSignInServer;
  let server: TestServer;
  let phoneSequence = 0;

  const newPhone = () => `1555200${String(++phoneSequence).padStart(4, '0')}`;
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const codesOf = (answers: ApiAnswer[]) =>
    answers.reduce<Record<string, number>>((counts, { body }) => {
      counts[body?.code] = (counts[body?.code] ?? 0) + 1;
      return counts;
    }, {});

  /** A sign-in code sent to a new phone: the browser holding it, the phone, the record and the code. */
  async function sentCode() {
    const browser = await env.interaction();
    const phone = newPhone();
    const sent = await browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'phone', value: phone },
      interactionEvent: 'SignIn',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const verify = (code: string) =>
      browser.api('POST', '/verification/verification-code/verify', {
        identifier: { type: 'phone', value: phone },
        verificationId: sent.body.verificationId,
        code,
      });
    return { verify, code: env.lastSmsCode() };
  }

  /** Password tries for one account, all in one interaction. */
  async function passwordTries(username: string) {
    const browser = await env.interaction();
    return (given: string) =>
      browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: username },
        password: given,
      });
  }

  /** 20 wrong codes at once for a new code under this many allowed tries: the answers' codes, then the right code's answer. */
  async function twentyWrongCodes(maxRetryAttempts: number) {
    await setRetries(maxRetryAttempts);
    const { verify, code } = await sentCode();
    const answers = await Promise.all(Array.from({ length: 20 }, () => verify(wrong(code))));
    return { counts: codesOf(answers), right: await verify(code) };
  }

  const setRetries = async (maxRetryAttempts: number) =>
    expect(
      (await env.api.patch('/sign-in-exp', { verificationCodePolicy: { expirationDuration: 600, maxRetryAttempts } }))
        .status,
    ).toBe(200);

  beforeAll(async () => {
    env = await startCodeSignInServer({ TESSERA_PASSWORD_MAX_ATTEMPTS: '3' });
    ({ server } = env);
  });
  afterAll(() => env.close());

  it('checks only 3 of 20 concurrent wrong passwords, then refuses the right one', async () => {
    const attempt = await passwordTries((await createUser(server)).username as string);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`wrong-password-${i}`)));
    expect(codesOf(answers)).toEqual({
      'session.invalid_credentials': 3,
      'session.verification_blocked_too_many_attempts': 17,
    });
    const locked = await attempt(password);
    expect(locked).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
  });

  it("compares only the policy's tries of 20 concurrent wrong codes for one code", async () => {
    const { counts, right } = await twentyWrongCodes(2);
    expect(counts).toEqual({ 'verification_code.code_mismatch': 2, 'verification_code.exceed_max_try': 18 });
    expect(right.body.code).toBe('verification_code.exceed_max_try');
  });

  it('compares only 3 of 20 concurrent wrong codes for one phone, then refuses the right code', async () => {
    const { counts, right } = await twentyWrongCodes(100);
    expect(counts).toEqual({
      'verification_code.code_mismatch': 3,
      'session.verification_blocked_too_many_attempts': 17,
    });
    expect(right).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
  });

  it('still verifies a right code and a right password within the limits, and a success starts the count again', async () => {
    await setRetries(5);
    const first = await sentCode();
    expect((await first.verify(wrong(first.code))).status).toBe(400);
    expect((await first.verify(first.code)).status).toBe(200);
    const attempt = await passwordTries((await createUser(server)).username as string);
    for (let round = 0; round < 2; round++) {
      expect((await attempt('nope-nope-nope')).status).toBe(422);
      expect((await attempt('nope-nope-nope')).status).toBe(422);
      expect((await attempt(password)).status).toBe(200);
    }
  });

  it('checks only 3 of 20 concurrent wrong TOTP codes, then refuses the right one', async () => {
    await setMfaPolicy(env.api, 'Mandatory', ['Totp']);
    const { browser } = await signInToMfaStep(server, env.config, (await createUser(server)).username as string);
    const created = await browser.api('POST', '/verification/totp/secret');
    expect(created.status).toBe(200);
    const { verificationId, secret } = created.body;
    const right = totpOf(secret).generate();
    const verify = (code: string) => browser.api('POST', '/verification/totp/verify', { code, verificationId });
    const answers = await Promise.all(Array.from({ length: 20 }, () => verify(wrong(right))));
    expect(codesOf(answers)).toEqual({
      'session.mfa.invalid_totp_code': 3,
      'session.verification_blocked_too_many_attempts': 17,
    });
    expect((await verify(right)).status).toBe(429);
  });
});
