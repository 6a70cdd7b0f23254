import { z } from 'zod';
import {
  clientFields,
  codeFlowFields,
  customConfigField,
  endpointUrl,
  tokenAuthFields,
} from '../shared/client-config.js';
import { profileMapSchema } from '../shared/profile-map.js';

/** Logto's standard OAuth 2.0 connector config, field for field, with the same defaults. */
export const oauth2ConfigSchema = z
  .object({
    authorizationEndpoint: endpointUrl('Where the browser is sent to sign in at the provider'),
    tokenEndpoint: endpointUrl('Where Tessera exchanges the authorization code for an access token'),
    userInfoEndpoint: endpointUrl('Where Tessera reads the user with the access token (GET, bearer)'),
    ...clientFields,
    ...tokenAuthFields,
    ...codeFlowFields,
    tokenEndpointResponseType: z
      .enum(['query-string', 'json'])
      .default('query-string')
      .describe('How the token endpoint answers: a query string (default) or JSON'),
    scope: z.string().max(2048).optional().describe('Scopes to request, space-separated'),
    profileMap: profileMapSchema,
    customConfig: customConfigField,
  })
  .strict();

export type OAuth2Config = z.output<typeof oauth2ConfigSchema>;
