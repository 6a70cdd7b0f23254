import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { addCodeConnectors, codeSignInMethods } from './support/code-connectors.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { type ApiAnswer, Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Trying to learn whether an account exists, before proving ownership of the identifier:
 * sending a sign-in or password-reset code, a wrong code, a password for an unknown username or
 * for an account without a password, and the limits on each, answer alike for known and unknown
 * identifiers. Only after a code is verified does identification say there is no such user.
 */
describe(`Experience API account privacy (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let config: oidc.Configuration;
  let seq = 0;

  const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++seq}`;
  /** What a client sees of an answer: its status, its code and the shape of its body. */
  const shape = (answer: ApiAnswer) => ({
    status: answer.status,
    code: answer.body?.code,
    keys: Object.keys(answer.body ?? {}).sort(),
  });

  async function interaction(event: string) {
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    expect((await browser.api('PUT', '', { interactionEvent: event })).status).toBe(204);
    return browser;
  }

  async function send(identifier: { type: string; value: string }, event: string) {
    const browser = await interaction(event);
    return {
      browser,
      answer: await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: event }),
    };
  }

  async function passwordAttempt(username: string, given: string) {
    const browser = await interaction('SignIn');
    const started = performance.now();
    const answer = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: username },
      password: given,
    });
    return { answer, ms: performance.now() - started };
  }

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer(fakes.env);
    const api = await managementApi(server);
    ({ config } = await socialApp(server));
    await addCodeConnectors(api, fakes);
    const patched = await api.patch('/sign-in-exp', {
      signIn: { methods: codeSignInMethods },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  it('sends sign-in and reset codes to known and unknown identifiers alike, and a wrong code fails alike', async () => {
    const known = { email: `${unique('known')}@acme.test`, phone: `1555${String(Date.now()).slice(-6)}` };
    await createUser(server, { primaryEmail: known.email, primaryPhone: known.phone });
    const unknown = { email: `${unique('nobody')}@acme.test`, phone: `1666${String(Date.now()).slice(-6)}` };
    for (const [type, event] of [
      ['email', 'SignIn'],
      ['email', 'ForgotPassword'],
      ['phone', 'SignIn'],
    ] as const) {
      const mails = fakes.smtp.messages.length;
      const texts = fakes.twilio.messages.length;
      const forKnown = await send({ type, value: known[type] }, event);
      const forUnknown = await send({ type, value: unknown[type] }, event);
      expect(shape(forUnknown.answer), `${type} ${event}`).toEqual(shape(forKnown.answer));
      expect(forKnown.answer.status).toBe(200);
      // Both were really sent: a missing message would tell the sender as much as an error.
      if (type === 'email') expect(fakes.smtp.messages.length).toBe(mails + 2);
      else expect(fakes.twilio.messages.length).toBe(texts + 2);

      const wrong = async ({ browser, answer }: Awaited<ReturnType<typeof send>>, value: string) =>
        browser.api('POST', '/verification/verification-code/verify', {
          identifier: { type, value },
          verificationId: answer.body.verificationId,
          code: '000000x',
        });
      const wrongKnown = await wrong(forKnown, known[type]);
      expect(wrongKnown.status).toBe(400);
      expect(shape(await wrong(forUnknown, unknown[type]))).toEqual(shape(wrongKnown));
    }
  });

  it('limits code sends per identifier the same whether or not an account holds it', async () => {
    const known = `${unique('limited')}@acme.test`;
    await createUser(server, { primaryEmail: known });
    const unknown = `${unique('limited-nobody')}@acme.test`;
    const statuses = async (value: string) => {
      const answers: number[] = [];
      for (let i = 0; i < 6; i++) answers.push((await send({ type: 'email', value }, 'SignIn')).answer.status);
      return answers;
    };
    const forKnown = await statuses(known);
    expect(forKnown).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await statuses(unknown)).toEqual(forKnown);
  });

  it('says there is no such user only after the code proved the address', async () => {
    const email = `${unique('proved')}@acme.test`;
    const { browser, answer } = await send({ type: 'email', value: email }, 'SignIn');
    const code = /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1];
    const verified = await browser.api('POST', '/verification/verification-code/verify', {
      identifier: { type: 'email', value: email },
      verificationId: answer.body.verificationId,
      code,
    });
    expect(verified.status).toBe(200);
    const identified = await browser.api('POST', '/identification', { verificationId: answer.body.verificationId });
    expect(identified).toMatchObject({ status: 404, body: { code: 'user.user_not_exist' } });
  });

  it('answers a password for an unknown username or a password-less account as a wrong one, in similar time', async () => {
    const withPassword = await createUser(server, { username: unique('pw_user') });
    const withoutPassword = await createUser(server, { username: unique('social_user'), password: undefined });
    expect(withoutPassword.hasPassword).toBe(false);
    const unknown = unique('ghost_user');

    const wrong = await passwordAttempt(withPassword.username as string, 'not-the-password');
    expect(wrong.answer).toMatchObject({ status: 422, body: { code: 'session.invalid_credentials' } });
    for (const username of [unknown, withoutPassword.username as string]) {
      const attempt = await passwordAttempt(username, 'not-the-password');
      expect(attempt.answer.status).toBe(422);
      expect(attempt.answer.body).toEqual(wrong.answer.body);
    }
    // The right password still works, so the comparison above was against a live account.
    expect((await passwordAttempt(withPassword.username as string, password)).answer.status).toBe(200);

    // Timing: each refusal includes one password hash verification. Medians over a few tries,
    // compared loosely: a skipped verification would be an order of magnitude faster.
    const median = async (username: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) times.push((await passwordAttempt(username, `wrong-${i}`)).ms);
      return times.sort((a, b) => a - b)[1] as number;
    };
    const knownMs = await median(withPassword.username as string);
    expect(await median(unique('ghost_again'))).toBeGreaterThan(knownMs * 0.4);
    expect(await median(withoutPassword.username as string)).toBeGreaterThan(knownMs * 0.4);
  });

  it('locks out password attempts on an unknown username as on a known one', async () => {
    const known = await createUser(server, { username: unique('locked_user') });
    const unknown = unique('locked_ghost');
    const statuses = async (username: string) => {
      const answers: number[] = [];
      for (let i = 0; i < 11; i++) answers.push((await passwordAttempt(username, `wrong-${i}`)).answer.status);
      return answers;
    };
    const forKnown = await statuses(known.username as string);
    expect(forKnown.at(-1)).toBe(429);
    expect(await statuses(unknown)).toEqual(forKnown);
  });
});
