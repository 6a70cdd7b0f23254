import { z } from 'zod';
import { jsonObject } from '../management/fields.js';

/**
 * A "test sign-in" of an application, run from the console: a real authorization-code sign-in
 * with the app's own settings, whose claims (never tokens) the console shows. The redirect URI is
 * this fixed, visible path under ENDPOINT; the app must list it like any other redirect URI.
 */
export const signInTestCallbackPath = '/console/sign-in-test/callback';

/** The OIDC scopes every test asks for; `scopes` in the request adds more. */
export const signInTestDefaultScopes = ['openid', 'profile', 'email', 'phone'] as const;

/** A scope token as RFC 6749 §3.3 spells it: printable ASCII except space, `"` and `\`. */
const scopeToken = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'must be a scope name without spaces, quotes or backslashes');

/** An API resource indicator (RFC 8707): an absolute URI without a fragment. */
const resourceIndicator = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      new URL(value);
      return !value.includes('#');
    } catch {
      return false;
    }
  }, 'must be an absolute URI without a fragment, such as https://api.example.com');

export const createSignInTestSchema = z
  .object({
    /** Scopes added to `openid profile email phone`: other OIDC scopes, or an API resource's permissions. */
    scopes: z.array(scopeToken).max(50).optional(),
    /** An API resource to ask an access token for; its claims then appear in the result. */
    resource: resourceIndicator.optional(),
  })
  .strict();
export type CreateSignInTest = z.output<typeof createSignInTestSchema>;

export const createdSignInTestSchema = z.object({
  id: z.string(),
  /** Open this in a browser: the app's real sign-in, with `prompt=login`. */
  authorizationUrl: z.string(),
  redirectUri: z.string(),
  expiresAt: z.number(),
});
export type CreatedSignInTest = z.output<typeof createdSignInTestSchema>;

export const signInTestStatuses = ['pending', 'succeeded', 'failed', 'expired'] as const;
export type SignInTestStatus = (typeof signInTestStatuses)[number];

export const signInTestResultSchema = z.object({
  /** The verified ID token's payload. */
  idTokenClaims: jsonObject,
  /** What the userinfo endpoint answered; absent when the access token was for an API resource. */
  userinfo: jsonObject.optional(),
  /** The scopes the token endpoint granted. */
  scope: z.string(),
  /** The verified access token's payload, when a resource was asked for. */
  accessTokenClaims: jsonObject.optional(),
});
export type SignInTestResult = z.output<typeof signInTestResultSchema>;

export const signInTestErrorSchema = z.object({
  /** Where the sign-in stopped. */
  step: z.enum(['authorization', 'token', 'id_token', 'userinfo']),
  /** The OAuth error code (`access_denied`, `invalid_grant`…) or our own (`id_token_invalid`…). */
  code: z.string(),
  message: z.string(),
});
export type SignInTestError = z.output<typeof signInTestErrorSchema>;

export const signInTestSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  status: z.enum(signInTestStatuses),
  result: signInTestResultSchema.optional(),
  error: signInTestErrorSchema.optional(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type SignInTest = z.output<typeof signInTestSchema>;
