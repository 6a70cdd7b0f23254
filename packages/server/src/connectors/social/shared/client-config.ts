import { z } from 'zod';
import { secret } from '../../kit/index.js';

/**
 * Config fields every authorization-code connector shares. `responseType` and `grantType` are
 * fixed (Logto keeps them in the config, so exported configs carry them); parsing fills them in.
 */
export const tokenEndpointAuthMethods = ['client_secret_post', 'client_secret_basic', 'client_secret_jwt'] as const;
export type TokenEndpointAuthMethod = (typeof tokenEndpointAuthMethods)[number];
export const clientSecretJwtAlgorithms = ['HS256', 'HS384', 'HS512'] as const;

/** An http(s) URL; plain http is accepted for providers on a private network (and for tests). */
export const endpointUrl = (description: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an http(s) URL'),
    })
    .describe(description);

export const clientFields = {
  clientId: z.string().min(1).max(512).describe('Client ID the provider issued for Tessera'),
  clientSecret: secret(z.string().min(1).max(2048), 'Client secret the provider issued for Tessera'),
};

export const codeFlowFields = {
  responseType: z.literal('code').default('code').describe('Always `code` (authorization code flow)'),
  grantType: z.literal('authorization_code').default('authorization_code').describe('Always `authorization_code`'),
};

export const tokenAuthFields = {
  tokenEndpointAuthMethod: z
    .enum(tokenEndpointAuthMethods)
    .default('client_secret_post')
    .describe('How Tessera authenticates at the token endpoint'),
  clientSecretJwtSigningAlgorithm: z
    .enum(clientSecretJwtAlgorithms)
    .default('HS256')
    .describe('HMAC algorithm of the client assertion, for `client_secret_jwt`'),
};

export const customConfigField = z
  .record(z.string(), z.string())
  .optional()
  .describe('Extra parameters added to the authorization request (e.g. `{"prompt": "consent"}`)');

/** What the token request needs from a config. */
export interface TokenClient {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  clientSecretJwtSigningAlgorithm: (typeof clientSecretJwtAlgorithms)[number];
}
