import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Logto's OIDC SSO config: the issuer (its discovery document is read), the client and the scope. */
export const oidcSsoConfig = z
  .object({
    issuer: url.max(2048).describe('Issuer URL; `<issuer>/.well-known/openid-configuration` must exist'),
    clientId: z.string().min(1).max(512).describe('Client ID the provider issued for Tessera'),
    clientSecret: z.string().min(1).max(2048).describe('Client secret the provider issued for Tessera'),
    scope: z
      .string()
      .max(2048)
      .optional()
      .describe('Scopes to request, space separated; `openid` is always added, `profile email` by default'),
  })
  .strict();

/** Google Workspace: the issuer is Google's own, so only the client and the scope are set. */
export const googleWorkspaceSsoConfig = oidcSsoConfig.omit({ issuer: true });

export type OidcSsoConfig = z.output<typeof oidcSsoConfig>;

/** `openid` first, once; `profile email` when the administrator set no scope. */
export function scopeOf(scope: string | undefined): string {
  const given = (scope ?? '').split(/\s+/).filter(Boolean);
  const scopes = given.length === 0 ? ['openid', 'profile', 'email'] : ['openid', ...given];
  return [...new Set(scopes)].join(' ');
}
