import * as oidc from 'openid-client';
import { expect } from 'vitest';
import { consoleApplicationId } from '../../src/realm/admin-seed.js';
import { apiClient } from './management-client.js';
import { authorizationRequest } from './oidc-fixtures.js';
import type { TestServer } from './server.js';
import { Browser } from './sign-in.js';

/** The password sign-in the admin page makes: the admin realm prompts for MFA, skipped here as the page allows. */
export async function completeAdminExperience(browser: Browser, credentials: { username: string; password: string }) {
  expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
  const identifier = { type: 'username', value: credentials.username };
  const verification = await browser.api('POST', '/verification/password', {
    identifier,
    password: credentials.password,
  });
  expect(verification.status, JSON.stringify(verification.body)).toBe(200);
  const { verificationId } = verification.body;
  expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(204);
  let submit = await browser.api('POST', '/submit');
  if (submit.status === 422) {
    expect(submit.body).toMatchObject({ code: 'user.missing_mfa', data: { skippable: true } });
    expect((await browser.api('POST', '/profile/mfa/mfa-skipped')).status).toBe(204);
    submit = await browser.api('POST', '/submit');
  }
  expect(submit.status, JSON.stringify(submit.body)).toBe(200);
  return submit.body.redirectTo as string;
}

/**
 * The console's own sign-in, done by openid-client: authorization code + PKCE from
 * `tessera-console` at /admin/oidc, for the Management API resource.
 */
export async function consoleTokens(server: TestServer, credentials: { username: string; password: string }) {
  const adminIssuer = `${server.url}/admin/oidc`;
  const config = await oidc.discovery(new URL(adminIssuer), consoleApplicationId, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const browser = new Browser(server.url, '/admin');
  const request = await authorizationRequest(config, {
    redirect_uri: `${server.url}/console/callback`,
    resource: server.config.managementApiIndicator,
    scope: 'openid all read admins:manage',
  });
  const landing = await browser.follow(request.url);
  await landing.response?.body?.cancel();
  const callback = (await browser.follow(await completeAdminExperience(browser, credentials))).url;
  return oidc.authorizationCodeGrant(
    config,
    callback,
    { pkceCodeVerifier: request.codeVerifier, expectedState: request.state },
    { resource: server.config.managementApiIndicator },
  );
}

/** A Management API client holding an administrator's console token. */
export async function adminApi(server: TestServer, credentials: { username: string; password: string }) {
  const tokens = await consoleTokens(server, credentials);
  return { ...apiClient(server, tokens.access_token), scope: tokens.scope };
}
