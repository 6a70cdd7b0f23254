import type * as oidc from 'openid-client';
import type { Page } from 'playwright-core';
import { type AuthorizationRequest, authorizationRequest, redeemCode } from './oidc-fixtures.js';
import { appCallback } from './social-sign-in.js';

/** The browser tests' ends of a flow: the hosted page opened from a real authorization request, the code redeemed at the app. */

/** Sends the app's authorization request from the page and waits for the hosted sign-in (or register) page. */
export async function openHostedSignIn(
  page: Page,
  config: oidc.Configuration,
  params: Record<string, string> = {},
): Promise<AuthorizationRequest> {
  const request = await authorizationRequest(config, {
    redirect_uri: appCallback,
    scope: 'openid profile email',
    ...params,
  });
  await page.goto(request.url.toString());
  await page.waitForURL((url) => url.pathname === '/sign-in' || url.pathname === '/register');
  return request;
}

/** Waits for the browser's request to the app's callback: the app is not running, so that request is what it would get. */
export const appCallbackRequest = (page: Page) => page.waitForRequest((sent) => sent.url().startsWith(appCallback));

/** Redeems the code the browser brought to the app's callback, as the app would; returns the ID token claims. */
export async function claimsAtApp(
  config: oidc.Configuration,
  request: AuthorizationRequest,
  atApp: Promise<{ url(): string }>,
): Promise<oidc.IDToken> {
  const tokens = await redeemCode(config, request, new URL((await atApp).url()));
  return tokens.claims() as oidc.IDToken;
}
