import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationRequest } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * Logto's authentication parameters on a real openid-client authorization request: which
 * hosted page `first_screen` opens, and what reaches the page and the Experience API
 * interaction (`identifier`, `direct_sign_in`, `organization_id`).
 */
describe(`Logto authentication parameters (${dialect})`, () => {
  let server: TestServer;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer();
    ({ config } = await socialApp(server));
  });
  afterAll(async () => {
    await server.stop();
  });

  /** Follows the app's authorization request to the hosted page it lands on. */
  async function landOn(params: Record<string, string>) {
    const browser = new Browser(server.url);
    const request = await authorizationRequest(config, { redirect_uri: appCallback, ...params });
    const landing = await browser.follow(request.url);
    const html = (await landing.response?.text()) ?? '';
    return { browser, url: landing.url, status: landing.response?.status, html };
  }

  it.each([
    [{}, '/sign-in'],
    [{ first_screen: 'sign_in' }, '/sign-in'],
    [{ first_screen: 'signIn' }, '/sign-in'],
    [{ first_screen: 'register' }, '/register'],
    [{ interaction_mode: 'signUp' }, '/register'],
    [{ first_screen: 'identifier:register' }, '/register'],
    [{ first_screen: 'identifier:sign_in' }, '/sign-in'],
    [{ first_screen: 'reset_password' }, '/forgot-password'],
    // The enterprise SSO work email screen; values Logto does not know open the sign-in screen.
    [{ first_screen: 'single_sign_on' }, '/single-sign-on'],
    [{ first_screen: 'no_such_screen' }, '/sign-in'],
  ])('%o opens %s', async (params, path) => {
    const { url, status, html } = await landOn(params);
    expect(url.pathname).toBe(path);
    expect(status).toBe(200);
    expect(html).toContain('/sign-in/assets/app.js');
  });

  it('hands `identifier` to the page with an identifier first screen or reset_password, and only then', async () => {
    const signIn = await landOn({ first_screen: 'identifier:sign_in', identifier: 'email phone' });
    expect(Object.fromEntries(signIn.url.searchParams)).toMatchObject({
      first_screen: 'identifier:sign_in',
      identifier: 'email phone',
    });
    // Logto's documentation spells it with a hyphen: the page gets one spelling.
    const hyphen = await landOn({ first_screen: 'identifier:sign-in', identifier: 'email' });
    expect(hyphen.url.pathname).toBe('/sign-in');
    expect(hyphen.url.searchParams.get('first_screen')).toBe('identifier:sign_in');
    const reset = await landOn({ first_screen: 'reset_password', identifier: 'phone' });
    expect(reset.url.searchParams.get('identifier')).toBe('phone');
    const plain = await landOn({ first_screen: 'register', identifier: 'email' });
    expect(plain.url.searchParams.has('identifier')).toBe(false);
    expect(plain.url.searchParams.has('first_screen')).toBe(false);
  });

  it('carries direct_sign_in, login_hint and organization_id to the page and into the interaction', async () => {
    const { browser, url } = await landOn({
      direct_sign_in: 'social:acme',
      login_hint: 'ada@example.com',
      organization_id: 'org-123',
    });
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      direct_sign_in: 'social:acme',
      login_hint: 'ada@example.com',
      organization_id: 'org-123',
    });
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const { body } = await browser.api('GET', '/interaction');
    expect(body.params).toMatchObject({
      direct_sign_in: 'social:acme',
      login_hint: 'ada@example.com',
      organization_id: 'org-123',
    });
  });

  it('never puts a one-time token on the page without the email it was made for', async () => {
    const { url } = await landOn({ one_time_token: 'x'.repeat(32) });
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.has('one_time_token')).toBe(false);
  });

  it('opens a magic link on the sign-in page whatever first_screen says (it signs in first)', async () => {
    const { url } = await landOn({ one_time_token: 'x'.repeat(32), login_hint: 'a@b.co', first_screen: 'register' });
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('one_time_token')).toBe('x'.repeat(32));
  });

  it('serves /forgot-password with the sign-in page and its strict CSP', async () => {
    const response = await fetch(`${server.url}/forgot-password`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
