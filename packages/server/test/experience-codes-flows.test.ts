import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { addCodeConnectors, codeSignInMethods } from './support/code-connectors.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { type HookReceiver, signatureValid, startHookReceiver } from './support/hook-receiver.js';
import { managementApi } from './support/management-client.js';
import { type AuthorizationRequest, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Passwordless flows through the Experience API, from an app's authorization request to its
 * tokens: sign-in by SMS code, sign-up by email code with the password the settings require,
 * and forgot password. The provider fakes capture the codes.
 */
describe(`Experience API verification code flows (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let receiver: HookReceiver;

  const lastSmsCode = () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string;
  const lastMail = () => fakes.smtp.messages.at(-1);
  const lastMailCode = () => /(\d{6})/.exec(lastMail()?.body ?? '')?.[1] as string;

  async function start() {
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    return { browser, request };
  }

  /** Follows submit's redirect back to the app and redeems the code. */
  const finish = (browser: Browser, request: AuthorizationRequest) => submitToApp(config, browser, request);

  async function sendAndVerify(browser: Browser, identifier: { type: string; value: string }, event: string) {
    const sent = expectOk(
      await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: event }),
      200,
      'send code',
    );
    const code = identifier.type === 'phone' ? lastSmsCode() : lastMailCode();
    const { verificationId } = sent.body;
    expectOk(
      await browser.api('POST', '/verification/verification-code/verify', { identifier, verificationId, code }),
      200,
      'verify code',
    );
    return verificationId as string;
  }

  beforeAll(async () => {
    fakes = await startProviderFakes();
    receiver = await startHookReceiver();
    server = await startTestServer({ ...fakes.env, TESSERA_HOOKS_POLL_MS: '100' });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await addCodeConnectors(api, fakes);
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: true, verify: true },
      signIn: { methods: codeSignInMethods },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
    await receiver.close();
  });

  it('signs in by SMS code (Twilio fake) and ends with tokens for that user', async () => {
    const user = await createUser(server, { primaryPhone: '15550001111' });
    const { browser, request } = await start();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const verificationId = await sendAndVerify(browser, { type: 'phone', value: '+1 555 000 1111' }, 'SignIn');
    expect(fakes.twilio.messages.at(-1)?.to).toBe('+15550001111');
    expect(lastSmsCode()).toMatch(/^\d{6}$/);
    expectOk(await browser.api('POST', '/identification', { verificationId }), 204, 'identify');
    const claims = await finish(browser, request);
    expect(claims.sub).toBe(user.id);
  });

  it('signs up by email code (SMTP fake), asks for the password the settings require, then signs the new user in', async () => {
    const { browser, request } = await start();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'Register' }), 204, 'start');
    const identifier = { type: 'email', value: 'New.Person@Example.com' };
    const verificationId = await sendAndVerify(browser, identifier, 'Register');
    expect(lastMail()?.to).toEqual(['new.person@example.com']);
    const missing = await browser.api('POST', '/identification', { verificationId });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'user.missing_profile', data: { missingProfile: ['password'] } });
    const weak = await browser.api('POST', '/profile', { type: 'password', value: 'password1' });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('password.rejected');
    expect(weak.body.data.issues.map((i: { code: string }) => i.code)).toContain('password_rejected.pwned');
    expect(weak.body.message).toContain('most common passwords');
    const personal = await browser.api('POST', '/profile', { type: 'password', value: 'new.person-Rocks!' });
    expect(personal.body.data.issues.map((i: { code: string }) => i.code)).toContain(
      'password_rejected.restricted.user_info',
    );
    expectOk(await browser.api('POST', '/profile', { type: 'password', value: 'Violet-Anchor-42' }), 204, 'profile');
    expectOk(await browser.api('POST', '/identification', { verificationId }), 201, 'register');
    const claims = await finish(browser, request);
    const { body: created } = await api.get(`/users/${claims.sub}`);
    expect(created).toMatchObject({ primaryEmail: 'new.person@example.com', hasPassword: true });
  });

  it('resets a forgotten password by email code, then signs in with the new one', async () => {
    const hook = await api.post('/hooks', {
      name: 'password resets',
      events: ['PostResetPassword'],
      config: { url: receiver.url },
    });
    expect(hook.status).toBe(201);
    const user = await createUser(server, { primaryEmail: 'forgetful@example.com' });
    const { browser, request } = await start();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'ForgotPassword' }), 204, 'start');
    const identifier = { type: 'email', value: 'forgetful@example.com' };
    const verificationId = await sendAndVerify(browser, identifier, 'ForgotPassword');
    expect(lastMail()?.headers.subject).toBe('Reset your password');
    expectOk(await browser.api('POST', '/identification', { verificationId }), 204, 'identify');
    const early = await browser.api('POST', '/submit');
    expect(early.body.code).toBe('user.new_password_required_in_profile');
    const weak = await browser.api('PUT', '/profile/password', { password: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.data.issues[0]).toEqual({ code: 'password_rejected.too_short', interpolation: { min: 8 } });
    const same = await browser.api('PUT', '/profile/password', { password });
    expect(same.body.code).toBe('user.same_password');
    expectOk(await browser.api('PUT', '/profile/password', { password: 'Quiet-Harbor-77' }), 204, 'reset');
    expectOk(await browser.api('POST', '/submit'), 204, 'submit reset');
    // Logto's interaction event for a reset, signed, naming the user and the app.
    await expect.poll(() => receiver.of('PostResetPassword').length, { timeout: 15_000 }).toBe(1);
    const [reset] = receiver.of('PostResetPassword');
    expect(signatureValid(reset!, hook.body.signingKey)).toBe(true);
    expect(reset!.body).toMatchObject({
      hookId: hook.body.id,
      interactionEvent: 'ForgotPassword',
      userId: user.id,
      user: { id: user.id, primaryEmail: 'forgetful@example.com' },
    });
    expect(JSON.stringify(reset!.body)).not.toContain('Quiet-Harbor-77');

    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start sign-in');
    const old = await browser.api('POST', '/verification/password', { identifier, password });
    expect(old.body.code).toBe('session.invalid_credentials');
    const verified = expectOk(
      await browser.api('POST', '/verification/password', { identifier, password: 'Quiet-Harbor-77' }),
      200,
      'password',
    );
    expectOk(await browser.api('POST', '/identification', { verificationId: verified.body.verificationId }), 204, 'id');
    expect((await finish(browser, request)).sub).toBe(user.id);
  });

  it('keeps codes out of storage and the interaction answer: only a salted hash is stored', async () => {
    const { browser } = await start();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const identifier = { type: 'phone', value: '15550002222' };
    await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: 'SignIn' });
    const code = lastSmsCode();
    const rows = await server.services.db
      .selectFrom('oidc_model_instances')
      .select('payload')
      .where('model_name', '=', 'Interaction')
      .execute();
    expect(rows.some((row) => row.payload.includes('codeHash'))).toBe(true);
    expect(rows.some((row) => row.payload.includes(`"${code}"`))).toBe(false);
    const { body } = await browser.api('GET', '/interaction');
    expect(JSON.stringify(body)).not.toContain(code);
    expect(body.verificationRecords[0]).toMatchObject({ type: 'PhoneVerificationCode', identifier, verified: false });
  });
});
