import * as oidc from 'openid-client';
import type { managementApi } from './management-client.js';
import { authorizationRequest, clientConfig, createApp } from './oidc-fixtures.js';
import type { TestServer } from './server.js';
import { type ApiAnswer, Browser } from './sign-in.js';

/**
 * Social sign-in through the Experience API, step by step as the hosted pages and the
 * /callback page make it, so tests can stop at any step. The "user at the provider" is the
 * fake: opening the authorization URL answers with the redirect back to Tessera.
 */

export const appCallback = 'https://app.example.test/callback';

function expectStatus(answer: ApiAnswer, expected: number[], step: string): ApiAnswer {
  if (!expected.includes(answer.status))
    throw new Error(`${step}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

/** The Experience API works on the interaction an app's authorization request opens. */
export async function openInteraction(browser: Browser, config: oidc.Configuration) {
  const request = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid profile email' });
  const landing = await browser.follow(request.url);
  await landing.response?.body?.cancel();
  if (landing.url.pathname !== '/sign-in') throw new Error(`expected the sign-in page, got ${landing.url}`);
  return request;
}

/** PUT /api/experience, then the authorization URI for the connector. */
export async function startSocial(browser: Browser, connectorId: string, event = 'SignIn') {
  expectStatus(await browser.api('PUT', '', { interactionEvent: event }), [204], 'start interaction');
  const state = oidc.randomState();
  const redirectUri = `${browser.origin}/callback/${connectorId}`;
  const answer = await browser.api('POST', `/verification/social/${connectorId}/authorization-uri`, {
    state,
    redirectUri,
  });
  expectStatus(answer, [200], 'authorization uri');
  return { ...(answer.body as { authorizationUri: string; verificationId: string }), state, redirectUri };
}

/** The user "consents" at the provider: its redirect back to Tessera's callback page. */
export async function consentAtProvider(authorizationUri: string): Promise<URL> {
  const response = await fetch(authorizationUri, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location)
    throw new Error(`provider answered ${response.status}: ${await response.text()}`);
  return new URL(location);
}

export const connectorDataOf = (callback: URL) => Object.fromEntries(callback.searchParams);

export const verifySocial = (browser: Browser, connectorId: string, connectorData: unknown, verificationId?: string) =>
  browser.api('POST', `/verification/social/${connectorId}/verify`, { connectorData, verificationId });

/** What the callback page does after verify: identify, register when the identity is new, submit. */
export async function identifyAndSubmit(browser: Browser, verificationId: string) {
  let identified = await browser.api('POST', '/identification', { verificationId });
  let registered = false;
  if (identified.status === 422 && identified.body?.code === 'user.identity_not_exist') {
    expectStatus(await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' }), [204], 'switch');
    identified = await browser.api('POST', '/identification', { verificationId });
    registered = true;
  }
  expectStatus(identified, [201, 204], 'identification');
  const submit = expectStatus(await browser.api('POST', '/submit'), [200], 'submit');
  return { redirectTo: submit.body.redirectTo as string, registered, status: identified.status };
}

/**
 * An app (openid-client, confidential) that users sign in to with the social connector.
 * Social connectors created on this server from then on are also enabled for sign-in (their
 * target added to `socialSignInConnectorTargets`), as an admin does in the console after
 * adding one; pass `enableSocialConnectors: false` to manage the targets yourself.
 */
export async function socialApp(server: TestServer, { enableSocialConnectors = true } = {}) {
  const app = await createApp(server, 'Traditional', [appCallback]);
  const config = await clientConfig(server, app.id, app.secret as string);
  if (enableSocialConnectors) enableNewSocialConnectors(server);
  return { app, config };
}

const enabling = new WeakSet<object>();

/** Wraps the server's connector creation (the Management API calls it) to enable new social targets. */
function enableNewSocialConnectors(server: TestServer): void {
  const { connectors, signInExperience } = server.services;
  if (enabling.has(connectors)) return;
  enabling.add(connectors);
  const create = connectors.create;
  connectors.create = async (input) => {
    const created = await create(input);
    if (created.type !== 'Social') return created;
    const { socialSignInConnectorTargets: targets } = await signInExperience.get();
    if (!targets.includes(created.target))
      await signInExperience.update({ socialSignInConnectorTargets: [...targets, created.target] });
    return created;
  };
}

/** Enables (only) these social targets for sign-in, in this order. */
export async function setSocialTargets(server: TestServer, targets: string[]): Promise<void> {
  await server.services.signInExperience.update({ socialSignInConnectorTargets: targets });
}

/**
 * The whole flow from the app's point of view: authorization request, the sign-in page, the
 * social steps, back to the app, code redeemed for tokens.
 */
export async function socialSignIn(server: TestServer, config: oidc.Configuration, connectorId: string) {
  const browser = new Browser(server.url);
  const request = await openInteraction(browser, config);
  const started = await startSocial(browser, connectorId);
  const callback = await consentAtProvider(started.authorizationUri);
  const page = await browser.request(callback);
  if (page.status !== 200) throw new Error(`callback page answered ${page.status}`);
  await page.body?.cancel();
  const verified = expectStatus(await verifySocial(browser, connectorId, connectorDataOf(callback)), [200], 'verify');
  const { redirectTo, registered } = await identifyAndSubmit(browser, verified.body.verificationId);
  const back = await browser.follow(redirectTo);
  if (!back.leftServer) throw new Error(`expected the app callback, stopped at ${back.url} (${back.response?.status})`);
  const tokens = await oidc.authorizationCodeGrant(config, back.url, {
    pkceCodeVerifier: request.codeVerifier,
    expectedState: request.state,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the token response has no ID token');
  return { tokens, claims, registered, browser };
}

/** Creates a connector of the standard OAuth 2.0 factory for the provider target `acme`. */
export const createAcmeConnector = (api: Awaited<ReturnType<typeof managementApi>>, config: Record<string, unknown>) =>
  api.post('/connectors', { connectorId: 'oauth2', metadata: { target: 'acme', name: { en: 'Acme ID' } }, config });
