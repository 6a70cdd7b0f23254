import type * as oidc from 'openid-client';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appCallbackRequest, claimsAtApp } from './browser-sign-in.js';
import type { AuthorizationRequest } from './oidc-fixtures.js';
import type { TestServer } from './server.js';

export interface LinkFormProof {
  /** The label of the secret's field (password or code) and the submit button's name. */
  field: string;
  submit: string;
  wrong: string;
  /** What the form says to the wrong secret, when the test checks the words. */
  wrongMessage?: string;
  right: string;
  /** The account being linked: it must hold no identity until the right secret is given. */
  userId: string;
}

/**
 * On the callback page's link form: a wrong secret is refused on the form and links nothing;
 * the right one links and returns to the app, whose ID token names the account.
 */
export async function proveOnLinkForm(
  page: Page,
  server: TestServer,
  app: { config: oidc.Configuration; request: AuthorizationRequest },
  proof: LinkFormProof,
): Promise<oidc.IDToken> {
  await page.getByLabel(proof.field).fill(proof.wrong);
  await page.getByRole('button', { name: proof.submit }).click();
  await page.locator('#form-message.error').waitFor();
  if (proof.wrongMessage) expect(await page.locator('#form-message').textContent()).toBe(proof.wrongMessage);
  expect((await server.services.users.get(proof.userId)).identities).toEqual({});
  const atApp = appCallbackRequest(page);
  await page.getByLabel(proof.field).fill(proof.right);
  await page.getByRole('button', { name: proof.submit }).click();
  const claims = await claimsAtApp(app.config, app.request, atApp);
  expect(claims.sub).toBe(proof.userId);
  return claims;
}
