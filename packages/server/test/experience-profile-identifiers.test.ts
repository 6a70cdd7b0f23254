import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { addCodeConnectors, codeSignInMethods } from './support/code-connectors.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Logto's missing-profile fulfilment through the raw Experience API, as a custom sign-in UI drives it:
 * sign-up by username and password where the settings also require an email and a phone, each proven
 * by a verified code and added with POST /profile { type, verificationId }; and a signed-in user
 * lacking the email adding it before submit.
 */
describe(`Experience API profile email and phone (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  const lastSmsCode = () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string;
  const lastMailCode = () => /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;

  async function start(event: 'SignIn' | 'Register') {
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    expectOk(await browser.api('PUT', '', { interactionEvent: event }), 204, 'start');
    return { browser, request };
  }

  async function sendCode(browser: Browser, identifier: { type: string; value: string }, event: string) {
    const sent = expectOk(
      await browser.api('POST', '/verification/verification-code', { identifier, interactionEvent: event }),
      200,
      'send code',
    );
    return sent.body.verificationId as string;
  }

  async function sendAndVerify(browser: Browser, identifier: { type: string; value: string }, event: string) {
    const verificationId = await sendCode(browser, identifier, event);
    const code = identifier.type === 'phone' ? lastSmsCode() : lastMailCode();
    expectOk(
      await browser.api('POST', '/verification/verification-code/verify', { identifier, verificationId, code }),
      200,
      'verify code',
    );
    return verificationId;
  }

  /** POST /profile { type, verificationId } is refused with this status and code. */
  async function expectProfileRefused(
    browser: Browser,
    type: 'email' | 'phone',
    verificationId: string,
    status: number,
    code: string,
  ) {
    const answer = await browser.api('POST', '/profile', { type, verificationId });
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.code).toBe(code);
  }

  /** Identifies a sign-in interaction by username and password. */
  async function signInWithPassword(browser: Browser, username: string) {
    const verified = expectOk(
      await browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: username },
        password,
      }),
      200,
      'password',
    );
    expectOk(
      await browser.api('POST', '/identification', { verificationId: verified.body.verificationId }),
      204,
      'identify',
    );
  }

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await addCodeConnectors(api, fakes);
    const patched = await api.patch('/sign-in-exp', {
      signUp: {
        identifiers: ['username'],
        password: true,
        verify: true,
        secondaryIdentifiers: [
          { identifier: 'email', verify: true },
          { identifier: 'phone', verify: true },
        ],
      },
      signIn: { methods: codeSignInMethods },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  it('signs up by username and password once a verified email and phone are added to the profile', async () => {
    await createUser(server, { primaryEmail: 'taken@example.com', primaryPhone: '15550002222' });
    const { browser, request } = await start('Register');
    const identity = expectOk(
      await browser.api('POST', '/verification/new-password-identity', {
        identifier: { type: 'username', value: 'fulfilled' },
        password: 'Violet-Anchor-42',
      }),
      200,
      'new password identity',
    );
    const identityId = identity.body.verificationId as string;
    const missing = await browser.api('POST', '/identification', { verificationId: identityId });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'user.missing_profile', data: { missingProfile: ['email', 'phone'] } });

    // An email another account holds is refused, even proven by a code.
    const taken = await sendAndVerify(browser, { type: 'email', value: 'Taken@Example.com' }, 'Register');
    await expectProfileRefused(browser, 'email', taken, 422, 'user.email_already_in_use');
    // A code sent but never verified proves nothing.
    const unverified = await sendCode(browser, { type: 'email', value: 'fulfilled@example.com' }, 'Register');
    await expectProfileRefused(browser, 'email', unverified, 400, 'session.verification_failed');
    await expectProfileRefused(browser, 'email', 'not-a-record', 404, 'session.verification_session_not_found');

    const emailId = await sendAndVerify(browser, { type: 'email', value: 'Fulfilled@Example.com' }, 'Register');
    // An email code does not prove a phone.
    const wrongType = await browser.api('POST', '/profile', { type: 'phone', verificationId: emailId });
    expect(wrongType.body.code).toBe('session.verification_failed');
    expectOk(await browser.api('POST', '/profile', { type: 'email', verificationId: emailId }), 204, 'add email');
    const stillMissing = await browser.api('POST', '/identification', { verificationId: identityId });
    expect(stillMissing.status).toBe(422);
    expect(stillMissing.body.data.missingProfile).toEqual(['phone']);

    const takenPhone = await sendAndVerify(browser, { type: 'phone', value: '+1 555 000 2222' }, 'Register');
    await expectProfileRefused(browser, 'phone', takenPhone, 422, 'user.phone_already_in_use');
    const unverifiedPhone = await sendCode(browser, { type: 'phone', value: '+1 555 000 3333' }, 'Register');
    await expectProfileRefused(browser, 'phone', unverifiedPhone, 400, 'session.verification_failed');
    const phoneId = await sendAndVerify(browser, { type: 'phone', value: '+1 555 000 3333' }, 'Register');
    expectOk(await browser.api('POST', '/profile', { type: 'phone', verificationId: phoneId }), 204, 'add phone');

    expectOk(await browser.api('POST', '/identification', { verificationId: identityId }), 201, 'register');
    const claims = await submitToApp(config, browser, request);
    const { body: created } = await api.get(`/users/${claims.sub}`);
    expect(created).toMatchObject({
      username: 'fulfilled',
      primaryEmail: 'fulfilled@example.com',
      primaryPhone: '15550003333',
      hasPassword: true,
    });
  });

  it('adds a verified email to a signed-in user who lacks one, and refuses one the user already has', async () => {
    const user = await createUser(server, { username: 'no_email', primaryPhone: '15550004444' });
    const { browser, request } = await start('SignIn');
    const early = await sendAndVerify(browser, { type: 'email', value: 'no.email@example.com' }, 'SignIn');
    // Profile data belongs to an identified user.
    await expectProfileRefused(browser, 'email', early, 404, 'session.identifier_not_found');
    await signInWithPassword(browser, 'no_email');
    // Sign-up now requires an email: the account lacking one may not finish signing in.
    const missing = await browser.api('POST', '/submit');
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'user.missing_profile', data: { missingProfile: ['email'] } });
    expectOk(await browser.api('POST', '/profile', { type: 'email', verificationId: early }), 204, 'add email');
    const claims = await submitToApp(config, browser, request);
    expect(claims.sub).toBe(user.id);
    const { body: updated } = await api.get(`/users/${user.id}`);
    expect(updated.primaryEmail).toBe('no.email@example.com');

    // Signed in again, the user already has an email: another one is refused.
    const again = await start('SignIn');
    const second = await sendAndVerify(again.browser, { type: 'email', value: 'other@example.com' }, 'SignIn');
    await signInWithPassword(again.browser, 'no_email');
    await expectProfileRefused(again.browser, 'email', second, 400, 'user.email_exists_in_profile');
  });

  it('refuses an email at sign-in once the sign-in experience no longer asks for it', async () => {
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['username'], password: true, verify: false, secondaryIdentifiers: [] },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await createUser(server, { username: 'not_asked' });
    const { browser } = await start('SignIn');
    await signInWithPassword(browser, 'not_asked');
    const emailId = await sendAndVerify(browser, { type: 'email', value: 'not.asked@example.com' }, 'SignIn');
    await expectProfileRefused(browser, 'email', emailId, 400, 'session.not_supported_for_event');
  });
});
