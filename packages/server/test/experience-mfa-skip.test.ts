import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { setMfaPolicy, signInToMfaStep } from './support/mfa-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Skipping MFA enrolment is remembered on the user (Logto's `logto_config.mfa.skipped`): an
 * optional prompt does not come back at the next sign-in, a mandatory policy still insists.
 */
describe(`Experience API remembered MFA skip (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  const setPolicy = (policy: string, factors = ['Totp']) => setMfaPolicy(api, policy, factors);
  /** Signs in with username + password up to (not including) submit. */
  const passwordStep = async (username: string) => (await signInToMfaStep(server, config, username)).browser;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
  });
  afterAll(async () => {
    await setPolicy('UserControlled', []);
    await server.stop();
  });

  for (const policy of ['UserControlled', 'PromptAtSignInAndSignUp', 'PromptOnlyAtSignIn']) {
    it(`${policy}: a skip is remembered, so the next sign-in does not prompt again`, async () => {
      await setPolicy(policy);
      const skipper = await createUser(server);
      const other = await createUser(server);

      const first = await passwordStep(skipper.username as string);
      const prompted = await first.api('POST', '/submit');
      expect(prompted).toMatchObject({ status: 422, body: { code: 'user.missing_mfa', data: { skippable: true } } });
      expect((await first.api('POST', '/profile/mfa/mfa-skipped')).status).toBe(204);
      expect((await first.api('POST', '/submit')).status).toBe(200);
      expect(await server.services.users.logtoConfig(skipper.id)).toEqual({ mfa: { skipped: true } });

      const second = await passwordStep(skipper.username as string);
      expect((await second.api('POST', '/submit')).status).toBe(200);

      // Another user who never skipped is still asked.
      const stranger = await passwordStep(other.username as string);
      expect((await stranger.api('POST', '/submit')).body.code).toBe('user.missing_mfa');
    });
  }

  it('a mandatory policy ignores the remembered skip', async () => {
    await setPolicy('UserControlled');
    const user = await createUser(server);
    const first = await passwordStep(user.username as string);
    expect((await first.api('POST', '/profile/mfa/mfa-skipped')).status).toBe(204);
    expect((await first.api('POST', '/submit')).status).toBe(200);

    await setPolicy('Mandatory');
    const second = await passwordStep(user.username as string);
    const refused = await second.api('POST', '/submit');
    expect(refused).toMatchObject({ status: 422, body: { code: 'user.missing_mfa', data: { skippable: false } } });
    await setPolicy('UserControlled');
  });

  it('records a declined MFA suggestion (mfa-suggestion-skipped) once the user is known', async () => {
    await setPolicy('NoPrompt');
    const user = await createUser(server);
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    await browser.api('PUT', '', { interactionEvent: 'SignIn' });
    const early = await browser.api('POST', '/profile/mfa/mfa-suggestion-skipped');
    expect(early).toMatchObject({ status: 404, body: { code: 'session.identifier_not_found' } });

    const identified = await passwordStep(user.username as string);
    expect((await identified.api('POST', '/profile/mfa/mfa-suggestion-skipped')).status).toBe(204);
    expect((await identified.api('POST', '/submit')).status).toBe(200);
    expect(await server.services.users.logtoConfig(user.id)).toEqual({
      mfa: { additionalBindingSuggestionSkipped: true },
    });
    await setPolicy('UserControlled', []);
  });
});
