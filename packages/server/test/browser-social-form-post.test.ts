import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { socialApp } from './support/social-sign-in.js';

const form = (body: Record<string, string>) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
});

/**
 * Social callbacks that arrive as a POST (`response_mode=form_post`, as Apple answers), at
 * `/callback/:connectorId` and `/account/callback/social/:connectorId`: each becomes a 303 to the
 * same address with the parameters as a query, and a `state` marked `ac_` (the account page's)
 * goes on to the account page, as Logto's callback routes do.
 */
describe(`social callbacks by form_post (${dialect})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('redirects a form-posted callback to the same address with the parameters as a query', async () => {
    const posted = await fetch(`${server.url}/callback/conn-1`, form({ code: 'c 1', state: 'se_xyz' }));
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/callback/conn-1?code=c+1&state=se_xyz');
    const account = await fetch(`${server.url}/account/callback/social/conn-1`, form({ code: 'c2', state: 'ac_1' }));
    expect(account.status).toBe(303);
    expect(account.headers.get('location')).toBe('/account/callback/social/conn-1?code=c2&state=ac_1');
  });

  it("sends the account page's callbacks (state ac_…) from /callback on to the account page", async () => {
    const posted = await fetch(`${server.url}/callback/conn-1`, form({ state: 'ac_abc', code: 'c3' }));
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/account/callback/social/conn-1?state=ac_abc&code=c3');
    const got = await fetch(`${server.url}/callback/conn-1?state=ac_abc&code=c4`, { redirect: 'manual' });
    expect(got.status).toBe(303);
    expect(got.headers.get('location')).toBe('/account/callback/social/conn-1?state=ac_abc&code=c4');
    const experience = await fetch(`${server.url}/callback/conn-1?state=other&code=c5`, { redirect: 'manual' });
    expect(experience.status).toBe(200);
    expect(experience.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuses a POST that is not a form, or too large, with a JSON error', async () => {
    const json = await fetch(`${server.url}/callback/conn-1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":"c"}',
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ code: 'oidc.invalid_request', message: expect.any(String) });
    const large = await fetch(`${server.url}/account/callback/social/conn-1`, form({ code: 'x'.repeat(70_000) }));
    expect(large.status).toBe(400);
    expect((await large.json()).code).toBe('oidc.invalid_request');
  });
});

/** End to end in Chromium: the provider's answer is a page that POSTs the code back to Tessera. */
describe.skipIf(dialect === 'postgres')(
  'social sign-in with a form_post provider in Chromium',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let oauth2: OAuth2Fake;
    let chromium: Browser;
    let page: Page;
    let config: oidc.Configuration;
    let connectorId: string;

    beforeAll(async () => {
      oauth2 = await startOAuth2Fake();
      [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
      const api = await managementApi(server);
      ({ config } = await socialApp(server));
      const created = await api.post('/connectors', {
        connectorId: 'oauth2',
        metadata: { target: 'acme', name: { en: 'Acme ID' } },
        config: oauth2.config({
          tokenEndpointResponseType: 'json',
          profileMap: oauth2.verifiedMailProfileMap,
          customConfig: { response_mode: 'form_post' },
        }),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      connectorId = created.body.id;
      oauth2.expected.extraParams = { response_mode: 'form_post' };
    });
    afterEach(async () => {
      await page?.context().close();
      expect(oauth2.violations).toEqual([]);
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
      await oauth2?.close();
    });

    it('signs up through the provider: its form POSTs to /callback, which goes on to the callback page and the app', async () => {
      oauth2.signedIn.user = { id: 7001, displayName: 'Katherine Johnson', mail: 'kj@acme.test', mailVerified: true };
      page = await (await chromium.newContext()).newPage();
      const navigations: string[] = [];
      page.on('request', (sent) => {
        if (sent.isNavigationRequest() && sent.frame() === page.mainFrame())
          navigations.push(`${sent.method()} ${new URL(sent.url()).pathname}`);
      });
      const request = await openHostedSignIn(page, config);
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Continue with Acme ID' }).click();
      await page.getByRole('button', { name: 'Create a new account' }).click();
      const claims = await claimsAtApp(config, request, atApp);
      expect(claims).toMatchObject({ name: 'Katherine Johnson', email: 'kj@acme.test' });
      expect(navigations).toEqual(
        expect.arrayContaining([
          'GET /oauth/authorize',
          `POST /callback/${connectorId}`,
          `GET /callback/${connectorId}`,
        ]),
      );
      expect(navigations.indexOf(`POST /callback/${connectorId}`)).toBeLessThan(
        navigations.indexOf(`GET /callback/${connectorId}`),
      );
    });
  },
);
