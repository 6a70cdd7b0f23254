import type * as oidc from 'openid-client';
import { expect } from 'vitest';
import { redeemCode } from './oidc-fixtures.js';
import type { ApiAnswer, Browser } from './sign-in.js';

/** Experience API steps the flow tests share: a checked call, and submitting back to the app for tokens. */

/** Expects an Experience API answer to have this status (the step and body name a failure); returns it. */
export function expectOk(answer: ApiAnswer, status: number, step: string): ApiAnswer {
  expect(answer.status, `${step}: ${JSON.stringify(answer.body)}`).toBe(status);
  return answer;
}

/** Submits the interaction, follows its redirect back to the app and redeems the code; returns the ID token claims. */
export async function submitToApp(
  config: oidc.Configuration,
  browser: Browser,
  request: { codeVerifier: string; state: string },
): Promise<oidc.IDToken> {
  const submit = expectOk(await browser.api('POST', '/submit'), 200, 'submit');
  const back = await browser.follow(submit.body.redirectTo);
  expect(back.leftServer, String(back.url)).toBe(true);
  const tokens = await redeemCode(config, request, back.url);
  return tokens.claims() as oidc.IDToken;
}
