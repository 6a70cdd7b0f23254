import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import { setMfaPolicy, signInToMfaStep, verifiedPasskeyRegistration } from './support/mfa-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { type ApiAnswer, Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

/**
 * Passkey as the first factor (Logto's sign-in passkey): the setting, the prompt to add a
 * passkey after a password sign-in (or skip it), sign-in with either of a user's two passkeys
 * through the preflight (discoverable) options and through identifier-first options, and the
 * refusals: unknown credential, wrong origin, spent challenge, counter going back, no passkey.
 */
describe(`Experience API passkey sign-in (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: Awaited<ReturnType<typeof socialApp>>['config'];

  function expectError(answer: ApiAnswer, status: number, code: string): void {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.code).toBe(code);
  }

  const setPasskeySignIn = async (enabled: boolean) =>
    expect(
      (await api.patch('/sign-in-exp', { passkeySignIn: { enabled, showPasskeyButton: true, allowAutofill: true } }))
        .status,
    ).toBe(200);

  /** A password sign-in asked to add a passkey: the new one is registered and bound for sign-in. */
  async function addPasskeyAtSignIn(username: string, authenticator: SoftAuthenticator) {
    const { browser, request } = await signInToMfaStep(server, config, username);
    return { browser, request, verificationId: await register(browser, authenticator) };
  }

  async function register(browser: Browser, authenticator: SoftAuthenticator): Promise<string> {
    const { verificationId } = await verifiedPasskeyRegistration(browser, authenticator);
    expectOk(await browser.api('POST', '/profile/mfa/passkey', { verificationId }), 204, 'bind passkey');
    return verificationId;
  }

  /** A fresh interaction, before PUT /api/experience (as the page is when it asks for autofill options). */
  async function freshInteraction() {
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    return { browser, request };
  }

  async function preflight(browser: Browser) {
    const answer = expectOk(await browser.api('POST', '/preflight/sign-in-passkey/authentication'), 200, 'preflight');
    return answer.body.authenticationOptions as { challenge: string } & Record<string, unknown>;
  }

  const verify = (browser: Browser, payload: unknown, verificationId?: string) =>
    browser.api('POST', '/verification/sign-in-passkey/authentication/verify', {
      ...(verificationId && { verificationId }),
      payload,
    });

  /** Preflight, start, assertion, identification and submit: the user the app gets back. */
  async function signInWith(authenticator: SoftAuthenticator): Promise<string> {
    const { browser, request } = await freshInteraction();
    const options = await preflight(browser);
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const verified = expectOk(await verify(browser, authenticator.authenticate(options)), 200, 'verify');
    expectOk(
      await browser.api('POST', '/identification', { verificationId: verified.body.verificationId }),
      204,
      'identify',
    );
    return (await submitToApp(config, browser, request)).sub;
  }

  /** A user with two passkeys, the second added at a later sign-in. */
  async function userWithTwoPasskeys() {
    const user = await createUser(server);
    const first = new SoftAuthenticator(server.url);
    const second = new SoftAuthenticator(server.url);
    const one = await addPasskeyAtSignIn(user.username as string, first);
    expect((await submitToApp(config, one.browser, one.request)).sub).toBe(user.id);
    const two = await addPasskeyAtSignIn(user.username as string, second);
    expect((await submitToApp(config, two.browser, two.request)).sub).toBe(user.id);
    return { user, first, second };
  }

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await setPasskeySignIn(true);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('publishes the setting, and refuses the ceremony while it is off', async () => {
    const settings = await fetch(`${server.url}/api/.well-known/sign-in-exp`).then((r) => r.json());
    expect(settings.passkeySignIn).toEqual({ enabled: true, showPasskeyButton: true, allowAutofill: true });
    await setPasskeySignIn(false);
    try {
      const { browser } = await freshInteraction();
      expectError(
        await browser.api('POST', '/preflight/sign-in-passkey/authentication'),
        422,
        'user.sign_in_method_not_enabled',
      );
    } finally {
      await setPasskeySignIn(true);
    }
  });

  it('asks to add a passkey after a password sign-in, and remembers a skip (and mfa-enabled)', async () => {
    const user = await createUser(server);
    const first = await signInToMfaStep(server, config, user.username as string);
    expectError(await first.browser.api('POST', '/submit'), 422, 'user.passkey_preferred');
    expectOk(await first.browser.api('POST', '/profile/mfa/passkey-skipped'), 204, 'skip');
    expectOk(await first.browser.api('POST', '/profile/mfa/mfa-enabled'), 204, 'mfa enabled');
    expect((await submitToApp(config, first.browser, first.request)).sub).toBe(user.id);
    expect(await server.services.users.logtoConfig(user.id)).toMatchObject({
      passkeySignIn: { skipped: true },
      mfa: { enabled: true },
    });
    const again = await signInToMfaStep(server, config, user.username as string);
    expect((await submitToApp(config, again.browser, again.request)).sub).toBe(user.id);
  });

  it('signs in with each of two passkeys, with no password, by preflight and by identifier', async () => {
    const { user, first, second } = await userWithTwoPasskeys();
    const rows = await server.services.db
      .selectFrom('user_mfa_verifications')
      .select(['credential_id'])
      .where('user_id', '=', user.id)
      .where('type', '=', 'WebAuthn')
      .execute();
    expect(rows.map((r) => r.credential_id).sort()).toEqual([first.id, second.id].sort());

    const { browser: discover } = await freshInteraction();
    const options = await preflight(discover);
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(options.allowCredentials ?? []).toEqual([]);

    expect(await signInWith(first)).toBe(user.id);
    expect(await signInWith(second)).toBe(user.id);

    // Identifier first: the options list both passkeys of that account.
    const { browser, request } = await freshInteraction();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const created = expectOk(
      await browser.api('POST', '/verification/sign-in-passkey/authentication', {
        identifier: { type: 'username', value: user.username },
      }),
      200,
      'identifier options',
    );
    const listed = (created.body.authenticationOptions.allowCredentials as { id: string }[]).map((c) => c.id);
    expect(listed.sort()).toEqual([first.id, second.id].sort());
    const verified = expectOk(
      await verify(browser, second.authenticate(created.body.authenticationOptions), created.body.verificationId),
      200,
      'verify',
    );
    expect(verified.body.verificationId).toBe(created.body.verificationId);
    expectOk(await browser.api('POST', '/identification', { verificationId: created.body.verificationId }), 204, 'id');
    expect((await submitToApp(config, browser, request)).sub).toBe(user.id);
  });

  it('counts the passkey as the WebAuthn factor when MFA asks for one', async () => {
    const { user, first } = await userWithTwoPasskeys();
    await setMfaPolicy(api, 'PromptAtSignInAndSignUp', ['WebAuthn']);
    try {
      const password = await signInToMfaStep(server, config, user.username as string);
      expectError(await password.browser.api('POST', '/submit'), 403, 'session.mfa.require_mfa_verification');
      expect(await signInWith(first)).toBe(user.id);
    } finally {
      await setMfaPolicy(api, 'UserControlled', []);
    }
  });

  it('refuses an unknown credential, another origin, a spent challenge and a counter going back', async () => {
    const { first } = await userWithTwoPasskeys();
    const { browser } = await freshInteraction();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');

    const stranger = new SoftAuthenticator(server.url);
    expectError(
      await verify(browser, stranger.authenticate(await preflight(browser))),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    // The challenge went with that try.
    expectError(
      await verify(browser, first.authenticate({ challenge: 'x' })),
      404,
      'session.verification_session_not_found',
    );
    expectError(
      await verify(browser, first.authenticate(await preflight(browser), { origin: 'https://evil.example' })),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    const options = await preflight(browser);
    const good = first.authenticate(options);
    // Signed over a challenge of another ceremony: refused, and that challenge is spent too.
    expectError(
      await verify(browser, first.authenticate({ challenge: 'AAAA' })),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    expectError(await verify(browser, good), 404, 'session.verification_session_not_found');

    // A replayed assertion against a new challenge, and a cloned authenticator behind on its counter.
    const fresh = await preflight(browser);
    expectError(await verify(browser, good), 400, 'session.mfa.webauthn_verification_failed');
    const ahead = first.authenticate(await preflight(browser));
    expectOk(await verify(browser, ahead), 200, 'ahead');
    first.counter -= 2;
    expectError(
      await verify(browser, first.authenticate(await preflight(browser))),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    expect(fresh.challenge).not.toBe(options.challenge);

    // Unverified or unknown verification ids do not identify anyone.
    expectError(
      await browser.api('POST', '/identification', { verificationId: 'nope' }),
      404,
      'session.verification_session_not_found',
    );
    const noPasskey = await createUser(server);
    expectError(
      await browser.api('POST', '/verification/sign-in-passkey/authentication', {
        identifier: { type: 'username', value: noPasskey.username },
      }),
      422,
      'session.mfa.mfa_factor_not_found',
    );
    expectError(
      await browser.api('POST', '/verification/sign-in-passkey/authentication', {
        identifier: { type: 'username', value: 'nobody_at_all' },
      }),
      422,
      'session.mfa.mfa_factor_not_found',
    );
    expect((await browser.api('POST', '/submit')).status).toBe(404);
  });

  it('refuses a suspended user and a passkey of another user on identifier-first options', async () => {
    const alice = await userWithTwoPasskeys();
    const bob = await userWithTwoPasskeys();
    const { browser } = await freshInteraction();
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const created = expectOk(
      await browser.api('POST', '/verification/sign-in-passkey/authentication', {
        identifier: { type: 'username', value: alice.user.username },
      }),
      200,
      'options',
    );
    expectError(
      await verify(browser, bob.first.authenticate(created.body.authenticationOptions), created.body.verificationId),
      400,
      'session.mfa.webauthn_verification_failed',
    );

    await server.services.users.setSuspended(bob.user.id, true);
    const other = await freshInteraction();
    const options = await preflight(other.browser);
    expectOk(await other.browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const verified = expectOk(await verify(other.browser, bob.second.authenticate(options)), 200, 'verify');
    expectError(
      await other.browser.api('POST', '/identification', { verificationId: verified.body.verificationId }),
      401,
      'user.suspended',
    );
  });
});
