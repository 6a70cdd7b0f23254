import { createLocalJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import type { SignInTestError, SignInTestResult } from './sign-in-tests.schemas.js';

/** A test sign-in that stopped at one step; its words go into the test's result. */
export class SignInTestFailure extends Error {
  constructor(
    readonly step: SignInTestError['step'],
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toError(): SignInTestError {
    return { step: this.step, code: this.code, message: this.message };
  }
}

export interface CodeRedemption {
  /** Where this server's own provider answers over loopback, e.g. `http://127.0.0.1:3001/oidc`. */
  providerUrl: string;
  issuer: string;
  jwks: JSONWebKeySet;
  clientId: string;
  /** Traditional apps authenticate with one of their secrets (client_secret_basic); public apps send none. */
  clientSecret?: string;
  code: string;
  codeVerifier: string;
  redirectUri: string;
  nonce: string;
  resource?: string;
}

/** A request to this server's own endpoint; not reaching it is a failure of that step, not of the server. */
async function call(step: SignInTestError['step'], url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new SignInTestFailure(step, 'request_failed', `${url}: ${(error as Error).message}`);
  }
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  const body = await response.json().catch(() => undefined);
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

/** The endpoint's own RFC 6749 error, else its HTTP status. */
function refusal(step: SignInTestError['step'], body: Record<string, unknown>, status: number, fallback: string) {
  const code = typeof body.error === 'string' ? body.error : fallback;
  const message = typeof body.error_description === 'string' ? body.error_description : `HTTP ${status}`;
  return new SignInTestFailure(step, code, message);
}

async function verified(
  step: SignInTestError['step'],
  token: unknown,
  input: CodeRedemption,
  options: { audience: string; typ?: string },
): Promise<JWTPayload> {
  if (typeof token !== 'string')
    throw new SignInTestFailure(step, 'token_missing', 'The token endpoint sent no such token.');
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(input.jwks), { issuer: input.issuer, ...options });
    return payload;
  } catch (error) {
    throw new SignInTestFailure(step, `${step}_invalid`, (error as Error).message);
  }
}

/**
 * Does what the app's back end would do with the callback, against the real endpoints of this
 * server (reached over loopback, so the request takes the same path as any client's): redeems the
 * code with the app's own client authentication and PKCE, verifies the ID token (signature,
 * issuer, audience, nonce) and reads userinfo, or, for an API resource, verifies the access
 * token instead (userinfo refuses a token meant for another audience). Only claims come back.
 */
export async function redeemTestCode(input: CodeRedemption): Promise<SignInTestResult> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.codeVerifier,
  });
  if (input.resource) form.set('resource', input.resource);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (input.clientSecret) {
    const pair = `${encodeURIComponent(input.clientId)}:${encodeURIComponent(input.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    form.set('client_id', input.clientId);
  }
  const response = await call('token', `${input.providerUrl}/token`, { method: 'POST', headers, body: form });
  const tokens = await readJson(response);
  if (!response.ok) throw refusal('token', tokens, response.status, 'token_request_failed');

  const idTokenClaims = await verified('id_token', tokens.id_token, input, { audience: input.clientId });
  if (idTokenClaims.nonce !== input.nonce)
    throw new SignInTestFailure('id_token', 'id_token_invalid', 'The ID token does not carry the nonce of this test.');
  const scope = typeof tokens.scope === 'string' ? tokens.scope : '';
  if (input.resource) {
    const options = { audience: input.resource, typ: 'at+jwt' };
    const accessTokenClaims = await verified('token', tokens.access_token, input, options);
    return { idTokenClaims, scope, accessTokenClaims };
  }
  const userinfo = await call('userinfo', `${input.providerUrl}/me`, {
    headers: { authorization: `Bearer ${String(tokens.access_token)}`, accept: 'application/json' },
  });
  const claims = await readJson(userinfo);
  if (!userinfo.ok) throw refusal('userinfo', claims, userinfo.status, 'userinfo_failed');
  return { idTokenClaims, scope, userinfo: claims };
}
