import { generateKeyPairSync } from 'node:crypto';
import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import {
  registerToMfaStep,
  setMfaPolicy,
  signInToMfaStep,
  storedMfaTypes,
  verifiedPasskeyRegistration,
} from './support/mfa-sign-in.js';
import { type AuthorizationRequest, createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { type ApiAnswer, Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

/**
 * WebAuthn (passkeys) as an MFA factor through the Experience API, with a software
 * authenticator standing in for the browser: enrolment when the policy is mandatory, the
 * passkey required and accepted at the next sign-in, and the refusals (wrong origin, reused
 * challenge, forged signature, unknown credential or verification, factor not enabled).
 */
describe(`Experience API WebAuthn (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  function expectError(answer: ApiAnswer, status: number, code: string): void {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.code).toBe(code);
  }

  const setPolicy = (policy: string, factors: string[]) => setMfaPolicy(api, policy, factors);
  const passwordStep = (username: string) => signInToMfaStep(server, config, username);
  const finish = (browser: Browser, request: AuthorizationRequest) => submitToApp(config, browser, request);

  /** Registration options, the authenticator's answer, its verification and binding. */
  async function enrol(browser: Browser, authenticator: SoftAuthenticator) {
    const { verificationId, registrationOptions } = await verifiedPasskeyRegistration(browser, authenticator);
    expectOk(await browser.api('POST', '/profile/mfa', { type: 'WebAuthn', verificationId }), 204, 'bind');
    return registrationOptions;
  }

  /** A new user who enrolled a passkey at a first (finished) sign-in. */
  async function enrolledUser() {
    const user = await createUser(server);
    const authenticator = new SoftAuthenticator(server.url);
    const { browser, request } = await passwordStep(user.username as string);
    await enrol(browser, authenticator);
    expect((await finish(browser, request)).sub).toBe(user.id);
    return { user, authenticator };
  }

  async function authenticationOptions(browser: Browser) {
    const answer = expectOk(await browser.api('POST', '/verification/web-authn/authentication'), 200, 'authentication');
    return answer.body as {
      verificationId: string;
      authenticationOptions: { challenge: string } & Record<string, unknown>;
    };
  }

  const verifyAssertion = (browser: Browser, verificationId: string, payload: unknown) =>
    browser.api('POST', '/verification/web-authn/authentication/verify', { verificationId, payload });

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_PASSWORD_MAX_ATTEMPTS: '5' });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await setPolicy('Mandatory', ['WebAuthn']);
  });
  afterAll(async () => {
    await setPolicy('UserControlled', []);
    await server.stop();
  });

  it('enrols a passkey at the first sign-in when mandatory, then requires and accepts it', async () => {
    const user = await createUser(server);
    const authenticator = new SoftAuthenticator(server.url);
    const first = await passwordStep(user.username as string);
    expect((await first.browser.api('POST', '/submit')).body).toMatchObject({
      code: 'user.missing_mfa',
      data: { availableFactors: ['WebAuthn'], skippable: false },
    });

    const options = await enrol(first.browser, authenticator);
    expect(options.rp).toEqual({ id: 'localhost', name: 'Tessera' });
    expect(options.user.name).toBe(user.username);
    expect(Buffer.from(options.user.id, 'base64url').toString('latin1')).not.toContain(user.id);
    expect(options.attestation).toBe('none');
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'preferred', userVerification: 'preferred' });
    expect(options.excludeCredentials).toEqual([]);
    // The interaction tells the pages nothing about the ceremony (no challenge, no key).
    const interaction = expectOk(await first.browser.api('GET', '/interaction'), 200, 'interaction');
    expect(JSON.stringify(interaction.body)).not.toContain(options.challenge);
    expect((await finish(first.browser, first.request)).sub).toBe(user.id);

    const rows = await server.services.db
      .selectFrom('user_mfa_verifications')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'WebAuthn', credential_id: authenticator.id, counter: 0 });
    expect(JSON.parse(rows[0]?.transports ?? '[]')).toEqual(['internal']);
    expect(rows[0]?.agent).toBeTruthy();

    const second = await passwordStep(user.username as string);
    expectError(await second.browser.api('POST', '/submit'), 403, 'session.mfa.require_mfa_verification');
    expect((await second.browser.api('POST', '/submit')).body.data).toEqual({ availableFactors: ['WebAuthn'] });
    const { verificationId, authenticationOptions: request } = await authenticationOptions(second.browser);
    expect(request).toMatchObject({
      rpId: 'localhost',
      allowCredentials: [{ id: authenticator.id, type: 'public-key', transports: ['internal'] }],
    });
    const payload = authenticator.authenticate(request);
    expectOk(await verifyAssertion(second.browser, verificationId, payload), 200, 'authentication verify');
    // A second registration for the same user excludes the passkey it already has.
    const again = expectOk(await second.browser.api('POST', '/verification/web-authn/registration'), 200, 'again');
    expect(again.body.registrationOptions.excludeCredentials).toEqual([
      { id: authenticator.id, type: 'public-key', transports: ['internal'] },
    ]);
    expect((await finish(second.browser, second.request)).sub).toBe(user.id);
    const used = await server.services.db
      .selectFrom('user_mfa_verifications')
      .select(['counter', 'last_used_at'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(used.counter).toBe(1);
    expect(used.last_used_at).toBeGreaterThan(0);
  });

  it('enrols a passkey at sign-up when mandatory', async () => {
    const { browser, request } = await registerToMfaStep(server, config, `passkey_${Date.now()}`);
    await enrol(browser, new SoftAuthenticator(server.url));
    const claims = await finish(browser, request);
    expect(await storedMfaTypes(server, claims.sub)).toEqual([{ type: 'WebAuthn' }]);
  });

  it('refuses an assertion made for another origin, and the challenge is then spent', async () => {
    const { user, authenticator } = await enrolledUser();
    const { browser, request } = await passwordStep(user.username as string);
    const { verificationId, authenticationOptions: options } = await authenticationOptions(browser);
    const phishing = authenticator.authenticate(options, { origin: 'https://login.evil.example' });
    expectError(
      await verifyAssertion(browser, verificationId, phishing),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    const late = authenticator.authenticate(options);
    expectError(await verifyAssertion(browser, verificationId, late), 404, 'session.verification_session_not_found');
    expectError(await browser.api('POST', '/submit'), 403, 'session.mfa.require_mfa_verification');

    const retry = await authenticationOptions(browser);
    expectOk(
      await verifyAssertion(browser, retry.verificationId, authenticator.authenticate(retry.authenticationOptions)),
      200,
      'retry',
    );
    expect((await finish(browser, request)).sub).toBe(user.id);
  });

  it('refuses a reused challenge and a replayed assertion', async () => {
    const { user, authenticator } = await enrolledUser();
    const { browser } = await passwordStep(user.username as string);
    const first = await authenticationOptions(browser);
    const payload = authenticator.authenticate(first.authenticationOptions);
    expectOk(await verifyAssertion(browser, first.verificationId, payload), 200, 'first');
    expectError(
      await verifyAssertion(browser, first.verificationId, payload),
      404,
      'session.verification_session_not_found',
    );
    // The same assertion against a new challenge: signed over the old one, and its counter is spent.
    const second = await authenticationOptions(browser);
    expect(second.authenticationOptions.challenge).not.toBe(first.authenticationOptions.challenge);
    expectError(
      await verifyAssertion(browser, second.verificationId, payload),
      400,
      'session.mfa.webauthn_verification_failed',
    );

    // A registration response is single use too.
    const registration = expectOk(
      await browser.api('POST', '/verification/web-authn/registration'),
      200,
      'registration',
    );
    const other = new SoftAuthenticator(server.url);
    const attestation = other.register(registration.body.registrationOptions);
    const body = { verificationId: registration.body.verificationId, payload: attestation };
    expectOk(
      await browser.api('POST', '/verification/web-authn/registration/verify', body),
      200,
      'registration verify',
    );
    expectError(
      await browser.api('POST', '/verification/web-authn/registration/verify', body),
      404,
      'session.verification_session_not_found',
    );
  });

  it('refuses a forged signature, an unknown credential, a passkey of another user and another RP ID', async () => {
    const { user, authenticator } = await enrolledUser();
    const { authenticator: othersPasskey } = await enrolledUser();
    const { browser, request } = await passwordStep(user.username as string);

    const forged = await authenticationOptions(browser);
    const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expectError(
      await verifyAssertion(
        browser,
        forged.verificationId,
        authenticator.authenticate(forged.authenticationOptions, { signingKey }),
      ),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    const unknown = await authenticationOptions(browser);
    const stranger = new SoftAuthenticator(server.url);
    expectError(
      await verifyAssertion(browser, unknown.verificationId, stranger.authenticate(unknown.authenticationOptions)),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    const borrowed = await authenticationOptions(browser);
    expectError(
      await verifyAssertion(
        browser,
        borrowed.verificationId,
        othersPasskey.authenticate(borrowed.authenticationOptions),
      ),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    const wrongRp = await authenticationOptions(browser);
    expectError(
      await verifyAssertion(
        browser,
        wrongRp.verificationId,
        authenticator.authenticate(wrongRp.authenticationOptions, { rpId: 'example.com' }),
      ),
      400,
      'session.mfa.webauthn_verification_failed',
    );
    expectError(await browser.api('POST', '/submit'), 403, 'session.mfa.require_mfa_verification');
    const good = await authenticationOptions(browser);
    expectOk(
      await verifyAssertion(browser, good.verificationId, authenticator.authenticate(good.authenticationOptions)),
      200,
      'good',
    );
    expect((await finish(browser, request)).sub).toBe(user.id);
  });

  it('refuses unknown or mismatched verification ids and malformed payloads', async () => {
    const { user, authenticator } = await enrolledUser();
    const { browser } = await passwordStep(user.username as string);
    const options = await authenticationOptions(browser);
    const payload = authenticator.authenticate(options.authenticationOptions);
    expectError(
      await verifyAssertion(browser, 'no-such-verification', payload),
      404,
      'session.verification_session_not_found',
    );
    // An authentication ceremony is not a registration, and cannot be bound.
    expectError(
      await browser.api('POST', '/verification/web-authn/registration/verify', {
        verificationId: options.verificationId,
        payload: new SoftAuthenticator(server.url).register(options.authenticationOptions),
      }),
      404,
      'session.verification_session_not_found',
    );
    expectError(
      await browser.api('POST', '/profile/mfa', { type: 'WebAuthn', verificationId: options.verificationId }),
      400,
      'session.verification_failed',
    );
    const malformed = await verifyAssertion(browser, options.verificationId, { id: 'x', response: {} });
    expectError(malformed, 400, 'guard.invalid_input');
    expectOk(await verifyAssertion(browser, options.verificationId, payload), 200, 'still usable after bad input');
  });

  it('counts failed assertions toward the MFA lockout', async () => {
    const { user, authenticator } = await enrolledUser();
    const { browser } = await passwordStep(user.username as string);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { verificationId, authenticationOptions: options } = await authenticationOptions(browser);
      const wrong = authenticator.authenticate(options, { origin: 'https://elsewhere.example' });
      statuses.push((await verifyAssertion(browser, verificationId, wrong)).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const { verificationId, authenticationOptions: options } = await authenticationOptions(browser);
    expectError(
      await verifyAssertion(browser, verificationId, authenticator.authenticate(options)),
      429,
      'session.verification_blocked_too_many_attempts',
    );
  });

  it('refuses the ceremonies when the factor is not enabled, and authentication without a passkey', async () => {
    const { user } = await enrolledUser();
    await setPolicy('Mandatory', ['Totp']);
    try {
      const { browser } = await passwordStep(user.username as string);
      expectError(
        await browser.api('POST', '/verification/web-authn/registration'),
        400,
        'session.mfa.mfa_factor_not_enabled',
      );
      expectError(
        await browser.api('POST', '/verification/web-authn/authentication'),
        400,
        'session.mfa.mfa_factor_not_enabled',
      );
    } finally {
      await setPolicy('Mandatory', ['WebAuthn']);
    }
    const { browser } = await passwordStep((await createUser(server)).username as string);
    expectError(
      await browser.api('POST', '/verification/web-authn/authentication'),
      422,
      'session.mfa.mfa_factor_not_found',
    );

    const anonymous = new Browser(server.url);
    await openInteraction(anonymous, config);
    expectOk(await anonymous.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    expectError(
      await anonymous.api('POST', '/verification/web-authn/authentication'),
      404,
      'session.identifier_not_found',
    );
  });
});
