import type * as oidc from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';
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

  it('serves no other spelling of its paths, so none skips the same-origin check', async () => {
    const crossSite = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example.test' };
    for (const path of [
      '/API/EXPERIENCE',
      '/Api/experience',
      '/api/EXPERIENCE',
      '/api/Experience',
      '/api/experience/',
    ]) {
      const response = await browser.request(path, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...crossSite },
        body: JSON.stringify({ interactionEvent: 'SignIn' }),
      });
      expect(response.status, path).toBe(404);
      expect((await response.json()).code, path).toBe('route.not_found');
    }
    const verify = await browser.request('/API/EXPERIENCE/VERIFICATION/PASSWORD', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...crossSite },
      body: JSON.stringify({ identifier: { type: 'username', value: 'victim' }, password }),
    });
    expect(verify.status).toBe(404);
    // The interaction was never started by those writes.
    const verification = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: 'victim' },
      password,
    });
    expect(verification.status).not.toBe(200);
  });

  it('answers 415 to a write whose body has no JSON type, or whose declared type is not JSON', async () => {
    const json = JSON.stringify({ interactionEvent: 'SignIn' });
    // Bytes make fetch send no Content-Type at all: such a body used to be read as JSON.
    const untyped = await browser.request('/api/experience', { method: 'PUT', body: Buffer.from(json) });
    expect(untyped.status).toBe(415);
    expect((await untyped.json()).code).toBe('guard.unsupported_media_type');
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      // A cross-site form posts a declared type even with no fields; a body-less route is no exception.
      for (const [method, path] of [
        ['PUT', '/api/experience'],
        ['POST', '/api/experience/submit'],
      ] as const) {
        const response = await browser.request(path, { method, headers: { 'content-type': type } });
        expect(response.status, `${method} ${path} ${type}`).toBe(415);
      }
    }
  });

  it("still takes the sign-in page's writes: JSON bodies, and a body-less submit with no type", async () => {
    const redirectTo = await completeExperience(browser, { username: 'victim', password });
    expect(redirectTo).toContain('/oidc/auth/');
  });
});
