import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';
import type { ApiAnswer, Browser } from './support/sign-in.js';

/**
 * What one interaction or one client address can make the server keep or compute is bounded:
 * 20 verification records per interaction, and 10 new-password hashes (argon2) per interaction
 * and 50 per address in the lockout window; 100 failed password checks per address, whatever
 * identifiers they name (each costs an argon2 hash). Refusals answer 429 with a stable code.
 */
describe(`Experience API caps per interaction and per address (${dialect})`, () => {
  let env: CodeSignInServer;
  let seq = 0;
  const unique = () => `${Date.now().toString(36)}${++seq}`;
  const statusesOf = (answers: ApiAnswer[]) => answers.map((answer) => answer.status).sort();

  const sendCode = (browser: Browser) =>
    browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'phone', value: `1555400${String(++seq).padStart(4, '0')}` },
      interactionEvent: 'SignIn',
    });
  const newPasswordIdentity = (browser: Browser) =>
    browser.api('POST', '/verification/new-password-identity', {
      identifier: { type: 'username', value: `cap_${unique()}` },
      password: 'Quiet-Harbor-77-cap',
    });

  beforeAll(async () => {
    env = await startCodeSignInServer();
  });
  afterAll(() => env.close());

  it('keeps at most 20 verification records in one interaction, whatever step adds them', async () => {
    const browser = await env.interaction('SignIn');
    for (let i = 0; i < 20; i++) expect((await sendCode(browser)).status).toBe(200);
    const sent = env.fakes.twilio.messages.length;
    const refused = await sendCode(browser);
    expect(refused).toMatchObject({ status: 429, body: { code: 'session.too_many_verifications' } });
    expect(env.fakes.twilio.messages.length).toBe(sent);
    const user = await createUser(env.server);
    const passwordRecord = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: user.username },
      password,
    });
    expect(passwordRecord).toMatchObject({ status: 429, body: { code: 'session.too_many_verifications' } });
    const fresh = await env.interaction('SignIn');
    expect((await sendCode(fresh)).status).toBe(200);
  });

  it('hashes at most 10 new passwords per interaction, even sent at once, and 50 per address', async () => {
    const first = await env.interaction('Register');
    const burst = await Promise.all(Array.from({ length: 12 }, () => newPasswordIdentity(first)));
    expect(statusesOf(burst)).toEqual([...Array(10).fill(200), 429, 429]);
    expect(burst.find((answer) => answer.status === 429)?.body.code).toBe(
      'session.verification_blocked_too_many_attempts',
    );
    for (let round = 0; round < 4; round++) {
      const browser = await env.interaction('Register');
      const answers = await Promise.all(Array.from({ length: 10 }, () => newPasswordIdentity(browser)));
      expect(statusesOf(answers)).toEqual(Array(10).fill(200));
    }
    const beyond = await newPasswordIdentity(await env.interaction('Register'));
    expect(beyond).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
  });

  // Last: it leaves this address blocked for password checks.
  it('stops checking passwords from an address after 100 failures across any identifiers; successes do not count', async () => {
    const user = await createUser(env.server);
    const browser = await env.interaction('SignIn');
    const check = (username: string, secret: string) =>
      browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: username },
        password: secret,
      });
    for (let i = 0; i < 3; i++) expect((await check(user.username as string, password)).status).toBe(200);
    // Unknown accounts, each named once: the per-identifier lockout never applies, only the address cap.
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => check(`nobody_${unique()}`, 'wrong-guess')));
      expect(statusesOf(answers)).toEqual(Array(10).fill(422));
    }
    const refused = await check(`nobody_${unique()}`, 'wrong-guess');
    expect(refused).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
    expect(refused.body.message).toMatch(/this network/);
    // The right password of a real account from the same address waits out the window too.
    expect((await check(user.username as string, password)).status).toBe(429);
  });
});
