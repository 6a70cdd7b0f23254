import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { addCodeConnectors, codeSignInMethods } from './support/code-connectors.js';
import { submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import { setMfaPolicy } from './support/mfa-sign-in.js';
import { type AuthorizationRequest, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  connectorDataOf,
  consentAtProvider,
  openInteraction,
  setSocialTargets,
  socialApp,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/**
 * Linking a new social identity to an existing account (`linkSocialIdentity`) only after the
 * interaction proved control of that account (its password or a code sent to it), answers that
 * never tell before that proof whether an account holds the provider's e-mail, a provider's
 * e-mail counting as verified only on its word (issue 11), the connector targets the sign-in
 * experience enables, and the database keeping one holder per identity.
 */
describe(`social account linking (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let oidcFake: OidcFake;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let connectorId: string;
  let otherId: string;
  let keycloakId: string;
  let seq = 0;

  const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++seq}`;

  /** A fresh interaction up to a verified social record for the provider's current user. */
  async function verified(id = connectorId, event = 'SignIn') {
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    const { authorizationUri } = await startSocial(browser, id, event);
    const answer = await verifySocial(browser, id, connectorDataOf(await consentAtProvider(authorizationUri)));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return { browser, request, verificationId: answer.body.verificationId as string };
  }

  const identify = (browser: Browser, verificationId: string, linkSocialIdentity?: boolean) =>
    browser.api('POST', '/identification', { verificationId, linkSocialIdentity });

  /** Submits, returns to the app and redeems the code: the user the app's ID token names. */
  const signedInAs = async (browser: Browser, request: AuthorizationRequest) =>
    (await submitToApp(config, browser, request)).sub;

  /**
   * Sign-up by username and password with the provider's current user added by
   * POST /profile { type: social }: the new account, as the Management API shows it.
   */
  async function socialSignUp(id: string) {
    const { browser, request, verificationId } = await verified(id, 'Register');
    expect((await browser.api('POST', '/profile', { type: 'social', verificationId })).status).toBe(204);
    const username = unique('new_');
    const proof = await browser.api('POST', '/verification/new-password-identity', {
      identifier: { type: 'username', value: username },
      password,
    });
    expect(proof.status, JSON.stringify(proof.body)).toBe(200);
    expect((await identify(browser, proof.body.verificationId)).status).toBe(201); // the account is created
    const user = (await api.get(`/users/${await signedInAs(browser, request)}`)).body;
    return { user, username };
  }

  beforeAll(async () => {
    [fake, oidcFake, fakes] = await Promise.all([startOAuth2Fake(), startOidcFake(), startProviderFakes()]);
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await addCodeConnectors(api, fakes);
    expect((await api.patch('/sign-in-exp', { signIn: { methods: codeSignInMethods } })).status).toBe(200);
    // acme maps no verified flag (its e-mail is never verified); zeta maps the provider's.
    const connectorConfig = fake.config({ tokenEndpointResponseType: 'json' });
    const zetaConfig = fake.config({ tokenEndpointResponseType: 'json', profileMap: fake.verifiedMailProfileMap });
    connectorId = (
      await api.post('/connectors', { connectorId: 'oauth2', metadata: { target: 'acme' }, config: connectorConfig })
    ).body.id;
    otherId = (
      await api.post('/connectors', { connectorId: 'oauth2', metadata: { target: 'zeta' }, config: zetaConfig })
    ).body.id;
    const keycloak = await api.post('/connectors', {
      connectorId: 'oidc',
      metadata: { target: 'keycloak' },
      config: { issuer: oidcFake.url, ...oidcClient, scope: 'profile email' },
    });
    expect(keycloak.status, JSON.stringify(keycloak.body)).toBe(200);
    keycloakId = keycloak.body.id;
  });
  beforeEach(() => {
    fake.signedIn.user = { id: Math.floor(Math.random() * 1e9), displayName: 'Someone' };
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    expect(oidcFake.violations).toEqual([]);
    await api.patch('/sign-in-exp', { socialSignIn: {} });
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([fake.close(), oidcFake.close(), fakes.close()]);
  });

  it('OIDC: a verified e-mail of an existing account is linked only after its password is proven here', async () => {
    const email = `${unique('ada')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    const sub = unique('kc-');
    oidcFake.signedIn.user = { sub, name: 'Ada', email, email_verified: true };
    const { browser, request, verificationId } = await verified(keycloakId);

    // Before any proof: no hint of the account, no link on request, none automatically either.
    expect(await identify(browser, verificationId)).toMatchObject({
      status: 422,
      body: { code: 'user.identity_not_exist', data: { target: 'keycloak' } },
    });
    expect(await identify(browser, verificationId, true)).toMatchObject({
      status: 422,
      body: { code: 'session.verification_required' },
    });
    await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } });
    expect((await identify(browser, verificationId)).status).toBe(422);
    const wrong = await browser.api('POST', '/verification/password', {
      identifier: { type: 'email', value: email },
      password: 'not-the-password',
    });
    expect(wrong).toMatchObject({ status: 422, body: { code: 'session.invalid_credentials' } });
    expect((await identify(browser, verificationId, true)).status).toBe(422);
    expect((await api.get(`/users/${owner.id}`)).body.identities).toEqual({});

    // Proof: the account's password, identified in this interaction; then the link.
    const proof = await browser.api('POST', '/verification/password', {
      identifier: { type: 'email', value: email },
      password,
    });
    expect(proof.status).toBe(200);
    expect((await identify(browser, proof.body.verificationId)).status).toBe(204);
    expect((await identify(browser, verificationId, true)).status).toBe(204);
    // Linked at submit, once every factor of the account passed: a refused submit links nothing.
    await setMfaPolicy(api, 'Mandatory', ['Totp']);
    try {
      expect(await browser.api('POST', '/submit')).toMatchObject({ status: 422, body: { code: 'user.missing_mfa' } });
      expect((await api.get(`/users/${owner.id}`)).body.identities).toEqual({});
    } finally {
      await setMfaPolicy(api, 'UserControlled', []);
    }
    expect(await signedInAs(browser, request)).toBe(owner.id);
    expect((await api.get(`/users/${owner.id}`)).body).toMatchObject({
      primaryEmail: email,
      identities: { keycloak: { userId: sub } },
    });

    // The identity is now the account's: the next sign-in identifies it without asking.
    const again = await verified(keycloakId);
    expect((await identify(again.browser, again.verificationId)).status).toBe(204);
    expect(await signedInAs(again.browser, again.request)).toBe(owner.id);
  });

  it('links after a code sent to the account proves it; automatic linking then needs no extra consent', async () => {
    await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } });
    const email = `${unique('cy')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    const sub = unique('kc-');
    oidcFake.signedIn.user = { sub, name: 'Cy', email, email_verified: true };
    const { browser, request, verificationId } = await verified(keycloakId);
    expect((await identify(browser, verificationId)).status).toBe(422);

    const identifier = { type: 'email', value: email };
    const sent = await browser.api('POST', '/verification/verification-code', {
      identifier,
      interactionEvent: 'SignIn',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(fakes.smtp.messages.at(-1)?.to).toEqual([email]);
    const code = /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1];
    const codeId = sent.body.verificationId;
    expect(
      (
        await browser.api('POST', '/verification/verification-code/verify', {
          identifier,
          verificationId: codeId,
          code,
        })
      ).status,
    ).toBe(200);
    expect((await identify(browser, codeId)).status).toBe(204);
    // The account proven holds the provider's verified address: linked without linkSocialIdentity.
    expect((await identify(browser, verificationId)).status).toBe(204);
    expect(await signedInAs(browser, request)).toBe(owner.id);
    expect((await api.get(`/users/${owner.id}`)).body.identities.keycloak.userId).toBe(sub);
  });

  it('answers the same before proof whether or not an account holds the verified e-mail', async () => {
    const answers = async (held: boolean) => {
      const email = `${unique('same')}@acme.test`;
      if (held) await createUser(server, { primaryEmail: email });
      oidcFake.signedIn.user = { sub: 'kc-same', name: 'Same', email, email_verified: true };
      const { browser, verificationId } = await verified(keycloakId);
      const plain = await identify(browser, verificationId);
      const link = await identify(browser, verificationId, true);
      return [plain.status, plain.body, link.status, link.body];
    };
    await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } });
    const [held, free] = [await answers(true), await answers(false)];
    expect(held).toEqual(free);
    expect(held[1]).toEqual({
      code: 'user.identity_not_exist',
      message: expect.any(String),
      data: { target: 'keycloak' },
    });
  });

  it('an OAuth 2.0 provider with no verified flag mapped: no sign-in as, no link to, no JIT into the holder', async () => {
    await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } });
    const domain = `${unique('corp')}.test`;
    const org = (await api.post('/organizations', { name: unique('Corp ') })).body;
    expect((await api.post(`/organizations/${org.id}/jit/email-domains`, { emailDomain: domain })).status).toBeLessThan(
      300,
    );
    const victimEmail = `ceo@${domain}`;
    const victim = await createUser(server, { primaryEmail: victimEmail });
    fake.signedIn.user = { id: 9001 + seq, displayName: 'Mallory', mail: victimEmail };

    const { browser, request, verificationId } = await verified();
    const unknown = await identify(browser, verificationId);
    expect(unknown).toMatchObject({ status: 422, body: { code: 'user.identity_not_exist', data: { target: 'acme' } } });
    expect(unknown.body.data.relatedUser).toBeUndefined();
    expect((await identify(browser, verificationId, true)).status).toBe(422);
    expect((await api.get(`/users/${victim.id}`)).body.identities).toEqual({});

    // Signing up instead: a new account, the address kept in the identity's details as unverified only.
    expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
    expect((await identify(browser, verificationId)).status).toBe(201);
    const claims = await submitToApp(config, browser, request);
    expect(claims.sub).not.toBe(victim.id);
    expect(claims).toMatchObject({ email: null, email_verified: false });
    const created = (await api.get(`/users/${claims.sub}`)).body;
    expect(created).toMatchObject({
      primaryEmail: null,
      identities: { acme: { details: { email: victimEmail, emailVerified: false } } },
    });

    // A free address of the JIT domain, unverified, gives no membership either.
    fake.signedIn.user = { id: 9501 + seq, displayName: 'Mallory 2', mail: `new.hire@${domain}` };
    const second = await verified(connectorId, 'Register');
    expect((await identify(second.browser, second.verificationId)).status).toBe(201);
    const secondClaims = await submitToApp(config, second.browser, second.request);
    expect(secondClaims).toMatchObject({ email: null, email_verified: false });
    expect((await api.get(`/users/${secondClaims.sub}/organizations`)).body).toEqual([]);
    expect((await api.get(`/users/${claims.sub}/organizations`)).body).toEqual([]);

    // The control: the same domain verified by the provider (zeta maps the flag) does provision.
    fake.signedIn.user = { id: 9701 + seq, displayName: 'Real Hire', mail: `real.hire@${domain}`, mailVerified: true };
    const real = await verified(otherId, 'Register');
    expect((await identify(real.browser, real.verificationId)).status).toBe(201);
    const realClaims = await submitToApp(config, real.browser, real.request);
    expect(realClaims).toMatchObject({ email: `real.hire@${domain}`, email_verified: true });
    expect((await api.get(`/users/${realClaims.sub}/organizations`)).body).toEqual([
      expect.objectContaining({ id: org.id }),
    ]);
  });

  it('an administrator-mapped verified flag makes a free address the new account’s own, never a taken one', async () => {
    const email = `${unique('bob')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    fake.signedIn.user = { id: 6001 + seq, displayName: 'Bob', mail: email, mailVerified: true };
    const { browser, request, verificationId } = await verified(otherId);
    expect((await identify(browser, verificationId)).body.data).toEqual({ target: 'zeta' });
    expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
    expect((await identify(browser, verificationId)).status).toBe(201);
    const created = await signedInAs(browser, request);
    expect(created).not.toBe(owner.id);
    expect((await api.get(`/users/${created}`)).body).toMatchObject({ primaryEmail: null, name: 'Bob' });
    expect((await api.get(`/users/${owner.id}`)).body).toMatchObject({ primaryEmail: email, identities: {} });

    const free = `${unique('free')}@acme.test`;
    fake.signedIn.user = { id: 6501 + seq, displayName: 'Free', mail: free, mailVerified: true };
    const next = await verified(otherId, 'Register');
    expect((await identify(next.browser, next.verificationId)).status).toBe(201);
    const claims = await submitToApp(config, next.browser, next.request);
    expect(claims).toMatchObject({ email: free, email_verified: true });
  });

  it('refuses to link onto an account holding another identity of the target, or a suspended one', async () => {
    const email = `${unique('dee')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    const provenIn = async (browser: Browser) => {
      const proof = await browser.api('POST', '/verification/password', {
        identifier: { type: 'email', value: email },
        password,
      });
      expect((await identify(browser, proof.body.verificationId)).status).toBe(204);
    };
    const originalId = 8001 + seq;
    fake.signedIn.user = { id: originalId, displayName: 'Dee', mail: email };
    const original = await verified();
    await provenIn(original.browser);
    expect((await identify(original.browser, original.verificationId, true)).status).toBe(204);
    expect(await signedInAs(original.browser, original.request)).toBe(owner.id);
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(originalId));

    fake.signedIn.user = { id: originalId + 1, displayName: 'Dee again', mail: email };
    const second = await verified();
    await provenIn(second.browser);
    expect(await identify(second.browser, second.verificationId, true)).toMatchObject({
      status: 422,
      body: { code: 'user.social_account_exists_in_profile' },
    });
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(originalId));

    // Suspended between the proof and the link: refused.
    oidcFake.signedIn.user = { sub: unique('kc-'), name: 'Dee', email, email_verified: true };
    const third = await verified(keycloakId);
    await provenIn(third.browser);
    expect((await api.patch(`/users/${owner.id}/is-suspended`, { isSuspended: true })).status).toBe(200);
    expect(await identify(third.browser, third.verificationId, true)).toMatchObject({
      status: 401,
      body: { code: 'user.suspended' },
    });
    expect((await api.get(`/users/${owner.id}`)).body.identities.keycloak).toBeUndefined();
  });

  it('POST /profile { type: social } links a verified identity to the signed-in account at submit', async () => {
    const email = `${unique('eve')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    const other = await createUser(server, { primaryEmail: `${unique('fay')}@acme.test` });
    const signIn = async (browser: Browser, identifier: string) => {
      const proof = await browser.api('POST', '/verification/password', {
        identifier: { type: 'email', value: identifier },
        password,
      });
      expect((await identify(browser, proof.body.verificationId)).status).toBe(204);
    };
    const addSocial = (browser: Browser, verificationId: string) =>
      browser.api('POST', '/profile', { type: 'social', verificationId });
    const socialId = 9001 + seq;
    fake.signedIn.user = { id: socialId, displayName: 'Eve', mail: email };
    const first = await verified();
    // Profile data belongs to a signed-in user.
    expect(await addSocial(first.browser, first.verificationId)).toMatchObject({
      status: 404,
      body: { code: 'session.identifier_not_found' },
    });
    await signIn(first.browser, email);
    expect((await addSocial(first.browser, first.verificationId)).status).toBe(204);
    expect((await api.get(`/users/${owner.id}`)).body.identities).toEqual({}); // written at submit
    expect(await signedInAs(first.browser, first.request)).toBe(owner.id);
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(socialId));

    // The same identity onto another account: refused.
    const taken = await verified();
    await signIn(taken.browser, other.primaryEmail as string);
    expect(await addSocial(taken.browser, taken.verificationId)).toMatchObject({
      status: 422,
      body: { code: 'user.identity_already_in_use' },
    });
    // A second identity of the same target onto the owner: refused.
    fake.signedIn.user = { id: socialId + 1, displayName: 'Eve again', mail: email };
    const second = await verified();
    await signIn(second.browser, email);
    expect(await addSocial(second.browser, second.verificationId)).toMatchObject({
      status: 422,
      body: { code: 'user.social_account_exists_in_profile' },
    });
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(socialId));
  });

  it('POST /profile { type: social } at sign-up gives the new account the identity, its name too', async () => {
    const socialId = 7001 + seq;
    fake.signedIn.user = { id: socialId, displayName: 'Gus' };
    const { user, username } = await socialSignUp(connectorId);
    expect(user).toMatchObject({ username, name: 'Gus' });
    expect(user.identities.acme.userId).toBe(String(socialId));

    // The identity has a holder now: another sign-up cannot take it.
    const again = await verified(connectorId, 'Register');
    expect(
      await again.browser.api('POST', '/profile', { type: 'social', verificationId: again.verificationId }),
    ).toMatchObject({
      status: 422,
      body: { code: 'user.identity_already_in_use' },
    });
    // Nor does a password reset take a profile.
    expect((await again.browser.api('PUT', '', { interactionEvent: 'ForgotPassword' })).status).toBe(204);
    expect(
      await again.browser.api('POST', '/profile', { type: 'social', verificationId: again.verificationId }),
    ).toMatchObject({
      status: 400,
      body: { code: 'session.not_supported_for_forgot_password' },
    });
  });

  it('POST /profile { type: social } at sign-up copies the e-mail and phone the provider verified, when free', async () => {
    const signUp = async (id: string) => (await socialSignUp(id)).user;
    const digits = () => `1555${String(Date.now()).slice(-6)}${seq % 10}`;

    // Verified by the provider (OIDC email_verified, phone_number_verified): the account has them.
    const email = `${unique('sue')}@acme.test`;
    const phone = digits();
    const sub = unique('kc-');
    oidcFake.signedIn.user = {
      sub,
      name: 'Sue',
      email,
      email_verified: true,
      phone_number: `+${phone}`,
      phone_number_verified: true,
    };
    const verifiedUser = await signUp(keycloakId);
    expect(verifiedUser).toMatchObject({ name: 'Sue', primaryEmail: email, primaryPhone: phone });
    expect(verifiedUser.identities.keycloak.userId).toBe(sub);

    // Not verified (OIDC flags false; acme maps no verified flag): left off, the identity still linked.
    oidcFake.signedIn.user = {
      sub: unique('kc-'),
      email: `${unique('uma')}@acme.test`,
      email_verified: false,
      phone_number: `+${digits()}`,
      phone_number_verified: false,
    };
    expect(await signUp(keycloakId)).toMatchObject({ primaryEmail: null, primaryPhone: null });
    const acmeId = 8001 + seq;
    fake.signedIn.user = { id: acmeId, displayName: 'Una', mail: `${unique('una')}@acme.test` };
    const unverified = await signUp(connectorId);
    expect(unverified.primaryEmail).toBeNull();
    expect(unverified.identities.acme.userId).toBe(String(acmeId));

    // Verified but held by another account: left off, no error; the holder keeps them.
    oidcFake.signedIn.user = {
      sub: unique('kc-'),
      email,
      email_verified: true,
      phone_number: `+${phone}`,
      phone_number_verified: true,
    };
    const second = await signUp(keycloakId);
    expect(second).toMatchObject({ primaryEmail: null, primaryPhone: null });
    expect(second.id).not.toBe(verifiedUser.id);
    expect((await api.get(`/users/${verifiedUser.id}`)).body).toMatchObject({
      primaryEmail: email,
      primaryPhone: phone,
    });
  });

  it('only the enabled connector targets sign in, and the public settings list them in their order', async () => {
    await setSocialTargets(server, ['keycloak', 'zeta', 'acme']);
    const listed = async () =>
      (
        (await (await fetch(`${server.url}/api/.well-known/sign-in-exp`)).json()) as {
          socialConnectors: { id: string }[];
        }
      ).socialConnectors.map((c) => c.id);
    expect(await listed()).toEqual([keycloakId, otherId, connectorId]);

    // A verification started while acme was enabled cannot finish once it is not.
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId);
    await setSocialTargets(server, ['zeta']);
    expect(await listed()).toEqual([otherId]);
    const data = connectorDataOf(await consentAtProvider(authorizationUri));
    const verify = await verifySocial(browser, connectorId, data, verificationId);
    expect(verify).toMatchObject({
      status: 422,
      body: { code: 'user.sign_in_method_not_enabled', data: { connectorId, target: 'acme' } },
    });
    const start = await browser.api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: 'state-2',
      redirectUri: `${server.url}/callback/${connectorId}`,
    });
    expect(start).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });
    const zeta = await browser.api('POST', `/verification/social/${otherId}/authorization-uri`, {
      state: 'state-3',
      redirectUri: `${server.url}/callback/${otherId}`,
    });
    expect(zeta.status).toBe(200);
    await setSocialTargets(server, ['acme', 'zeta', 'keycloak']);
  });

  it('keeps one holder per identity in the database, even for concurrent sign-ups', async () => {
    fake.signedIn.user = { id: 11_001 + seq, displayName: 'Twin' };
    const [a, b] = [await verified(connectorId, 'Register'), await verified(connectorId, 'Register')];
    const answers = await Promise.all([
      a.browser.api('POST', '/identification', { verificationId: a.verificationId }),
      b.browser.api('POST', '/identification', { verificationId: b.verificationId }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
    expect(answers.find((answer) => answer.status === 422)?.body.code).toBe('user.identity_already_in_use');
    const holders = (await api.get(`/users?search=Twin`)).body as unknown[];
    expect(holders).toHaveLength(1);

    // Below the Experience API too: the store refuses a second holder of an identity.
    const { users } = server.services;
    const identity = { userId: 'shared-identity' };
    await users.createWithSocialIdentity({ name: 'First' }, 'acme', identity);
    await expect(users.createWithSocialIdentity({ name: 'Second' }, 'acme', identity)).rejects.toMatchObject({
      code: 'user.identity_already_in_use',
      status: 422,
    });
    const other = await createUser(server, { username: unique('other_') });
    await expect(users.linkSocialIdentity(other.id, 'acme', identity)).rejects.toMatchObject({
      code: 'user.identity_already_in_use',
    });
    expect((await api.get(`/users/${other.id}`)).body.identities).toEqual({});
    // Deleting the holder frees the identity.
    const first = await users.findBySocialIdentity('acme', 'shared-identity');
    expect((await api.delete(`/users/${first?.id}`)).status).toBe(204);
    await users.linkSocialIdentity(other.id, 'acme', identity);
    expect((await users.findBySocialIdentity('acme', 'shared-identity'))?.id).toBe(other.id);
  });
});
