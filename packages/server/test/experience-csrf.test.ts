import type * as oidc from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Cross-site request forgery against the Experience API, which rides on the interaction
 * cookie: a page of another origin must not be able to drive a victim's sign-in.
 */
describe(`Experience API refuses cross-origin writes (${dialect})`, () => {
  let server: TestServer;
  let config: oidc.Configuration;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    ({ config } = await socialApp(server));
    await createUser(server, { username: 'victim' });
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(async () => {
    browser = new Browser(server.url);
    await openInteraction(browser, config);
  });

  const send = (headers: Record<string, string>, body: unknown = { interactionEvent: 'SignIn' }) =>
    browser.request('/api/experience', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('refuses writes that a browser marks as cross-site or same-site, or whose Origin is another host', async () => {
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://evil.example.test' },
      { origin: 'https://evil.example.test' },
      { origin: 'null' },
    ];
    for (const headers of attempts) {
      const response = await send(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toMatchObject({
        code: 'session.cross_origin_request',
        message: expect.any(String),
      });
    }
  });

  it('accepts the sign-in page of this origin and clients that are not browsers', async () => {
    expect((await send({ 'sec-fetch-site': 'same-origin', origin: browser.origin })).status).toBe(204);
    expect((await send({ origin: browser.origin })).status).toBe(204);
    expect((await send({})).status).toBe(204);
    const verification = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: 'victim' },
      password,
    });
    expect(verification.status).toBe(200);
  });

  it('does not take a form-encodable or text/plain body for JSON', async () => {
    const body = JSON.stringify({ identifier: { type: 'username', value: 'victim' }, password });
    for (const type of ['text/plain; x=json', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await browser.request('/api/experience/verification/password', {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(response.status, type).toBe(415);
      expect((await response.json()).code).toBe('guard.unsupported_media_type');
    }
  });
});
