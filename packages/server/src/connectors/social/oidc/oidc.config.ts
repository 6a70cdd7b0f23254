import { z } from 'zod';
import {
  clientFields,
  codeFlowFields,
  customConfigField,
  endpointUrl,
  tokenAuthFields,
} from '../shared/client-config.js';

/** The `openid` scope is what makes the request OpenID Connect (Core §3.1.2.1); it is added when missing. */
export const withOpenid = (scope: string) => {
  const scopes = scope.split(/[ +]/).filter(Boolean);
  return (scopes.includes('openid') ? scopes : ['openid', ...scopes]).join(' ');
};

export const oidcScopeField = z
  .string()
  .max(2048)
  .default('openid profile email')
  .transform(withOpenid)
  .describe('Scopes to request, space-separated; `openid` is always included');

/** Optional authorization request parameters of OIDC Core §3.1.2.1 (Logto's authRequestOptionalConfig). */
export const authRequestOptionalConfigSchema = z
  .object({
    prompt: z.string().max(256),
    display: z.string().max(64),
    maxAge: z.string().regex(/^\d+$/, 'must be a number of seconds'),
    uiLocales: z.string().max(256),
    loginHint: z.string().max(256),
    acrValues: z.string().max(512),
  })
  .partial()
  .strict()
  .optional()
  .describe('Optional authorization parameters: prompt, display, maxAge, uiLocales, loginHint, acrValues');

export const oidcConfigSchema = z
  .object({
    issuer: endpointUrl('Issuer of the provider; Tessera reads <issuer>/.well-known/openid-configuration'),
    ...clientFields,
    ...tokenAuthFields,
    ...codeFlowFields,
    scope: oidcScopeField,
    authRequestOptionalConfig: authRequestOptionalConfigSchema,
    fetchUserInfo: z
      .boolean()
      .default(false)
      .describe('Also read the user info endpoint and merge its claims over the ID token claims'),
    customConfig: customConfigField,
  })
  .strict();

export type OidcConfig = z.output<typeof oidcConfigSchema>;
