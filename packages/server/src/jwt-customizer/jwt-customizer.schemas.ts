import { z } from 'zod';
import { jsonObject, text } from '../management/fields.js';
import { scriptEnvironmentSchema } from '../sandbox/script-config.schemas.js';

/**
 * Custom token claims (Logto's "JWT customizer"): a script per access-token kind whose
 * `getCustomJwtClaims({ token, context, environmentVariables, api })` returns extra claims.
 */
export const jwtTokenTypePaths = ['access-token', 'client-credentials'] as const;
export const jwtTokenTypePathSchema = z.enum(jwtTokenTypePaths);
export type JwtTokenTypePath = z.infer<typeof jwtTokenTypePathSchema>;

/** The `configs` keys, as Logto names them (`LogtoJwtTokenKey`). */
export const jwtCustomizerKeys = ['jwt.accessToken', 'jwt.clientCredentials'] as const;
export type JwtCustomizerKey = (typeof jwtCustomizerKeys)[number];
export const jwtCustomizerKeyOf: Record<JwtTokenTypePath, JwtCustomizerKey> = {
  'access-token': 'jwt.accessToken',
  'client-credentials': 'jwt.clientCredentials',
};

/** The largest script accepted (64 KB of text). */
export const maxJwtCustomizerScriptLength = 65_536;
/** Logto's documented limit on the claims a script returns, serialized. */
export const maxCustomClaimsBytes = 50_000;

export const jwtCustomizerEnvironmentSchema = scriptEnvironmentSchema;

export const jwtCustomizerSchema = z
  .object({
    script: text(maxJwtCustomizerScriptLength)
      .min(1)
      .describe('The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })`'),
    environmentVariables: jwtCustomizerEnvironmentSchema.optional(),
    contextSample: jsonObject.optional().describe('A sample `context`, for testing in the console'),
    tokenSample: jsonObject.optional().describe('A sample raw `token` payload, for testing in the console'),
    blockIssuanceOnError: z
      .boolean()
      .optional()
      .describe(
        'When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims',
      ),
  })
  .strict();
export type JwtCustomizer = z.infer<typeof jwtCustomizerSchema>;

export const updateJwtCustomizerSchema = jwtCustomizerSchema.partial().strict();
export type UpdateJwtCustomizer = z.infer<typeof updateJwtCustomizerSchema>;

export const jwtCustomizerConfigSchema = z.object({
  key: z.enum(jwtCustomizerKeys),
  value: jwtCustomizerSchema,
});

export const testJwtCustomizerSchema = z
  .object({
    tokenType: jwtTokenTypePathSchema,
    script: jwtCustomizerSchema.shape.script,
    environmentVariables: jwtCustomizerEnvironmentSchema.optional(),
    token: jsonObject.describe('The raw token payload the script sees'),
    context: jsonObject.optional().describe('The context the script sees (`user`, `application`, …)'),
  })
  .strict();
export type TestJwtCustomizer = z.infer<typeof testJwtCustomizerSchema>;

/** Why a script produced no claims; `denied` is `api.denyAccess(message)`. */
export const customClaimsErrorKinds = ['denied', 'thrown', 'timeout', 'memory', 'invalid', 'crashed', 'busy'] as const;
export type CustomClaimsErrorKind = (typeof customClaimsErrorKinds)[number];
