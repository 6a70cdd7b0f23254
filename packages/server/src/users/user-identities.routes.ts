import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { idParam, jsonObject, text } from '../management/fields.js';
import { type TokenVault, tokenSecretSchema } from '../token-vault/index.js';
import { userSchema } from './users.schemas.js';
import type { SocialIdentity, UsersService } from './users.service.js';

const tags = ['Users'];
const user = z.object({ userId: idParam });
const identitySchema = z.object({ userId: z.string(), details: jsonObject.optional() });
/** Logto's `includeTokenSecret`: add the metadata of the provider's stored token set (never the tokens). */
const tokenSecretQuery = z.object({ includeTokenSecret: z.string().max(8).optional() });
/** Logto reads `includeTokenSecret` of one identity with `yes()`. */
const isYes = (value: string | undefined) => ['true', '1', 'yes', 'y'].includes(value?.toLowerCase() ?? '');

/** What a social connector says about the person `connectorData` belongs to (connectors service). */
export type SocialUserInfoLookup = (
  connectorId: string,
  connectorData: Record<string, unknown>,
) => Promise<{ target: string; userInfo: { id: string } }>;

/**
 * Management API: a user's identities (Logto's admin-user social + all-identities routes) and
 * the password expiration switch.
 */
export function registerUserIdentityRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: {
    users: UsersService;
    socialUserInfo: SocialUserInfoLookup;
    tokenSecrets: Pick<TokenVault, 'tokenSecret' | 'tokenSecretsByTarget'>;
    /** The user's enterprise SSO identities (Logto's `user_sso_identities` rows). */
    ssoIdentities?: (userId: string) => Promise<Record<string, unknown>[]>;
  },
): void {
  const { users } = deps;
  const identitiesOf = async (userId: string) =>
    (await users.get(userId)).identities as Record<string, SocialIdentity | undefined>;

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/users/:userId/identities',
      summary: "Link a social identity the connector verifies from `connectorData` (answers the user's identities)",
      tags,
      params: user,
      body: z.object({ connectorId: text(128).min(1), connectorData: jsonObject }).strict(),
      response: jsonObject,
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ params, body }) => {
      await users.findOrThrow(params.userId);
      const { target, userInfo } = await deps.socialUserInfo(body.connectorId, body.connectorData);
      await users.linkSocialIdentity(params.userId, target, { userId: userInfo.id, details: { ...userInfo } });
      return identitiesOf(params.userId);
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/identities/:target',
      summary: "Get one of a user's social identities",
      tags,
      params: z.object({ userId: idParam, target: text(128).min(1) }),
      query: tokenSecretQuery,
      response: z.object({ identity: identitySchema, tokenSecret: tokenSecretSchema.optional() }),
      status: 200,
      errors: [404],
    },
    async ({ params, query }) => {
      const identity = (await identitiesOf(params.userId))[params.target];
      if (!identity) throw new RequestError('user.identity_not_exist', 404);
      if (!isYes(query.includeTokenSecret)) return { identity };
      const tokenSecret = await deps.tokenSecrets.tokenSecret(params.userId, params.target);
      return { identity, ...(tokenSecret && { tokenSecret }) };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/all-identities',
      summary: "List a user's social identities and enterprise SSO identities",
      tags,
      params: user,
      query: tokenSecretQuery,
      response: z.object({
        socialIdentities: z.array(
          z.object({ target: z.string(), identity: identitySchema, tokenSecret: tokenSecretSchema.optional() }),
        ),
        ssoIdentities: z.array(jsonObject),
      }),
      status: 200,
      errors: [404],
    },
    async ({ params, query }) => {
      const identities = Object.entries(await identitiesOf(params.userId)).flatMap(([target, identity]) =>
        identity ? [{ target, identity }] : [],
      );
      const ssoIdentities = (await deps.ssoIdentities?.(params.userId)) ?? [];
      // As Logto here: any non-empty value includes them.
      if (!query.includeTokenSecret) return { socialIdentities: identities, ssoIdentities };
      const secrets = await deps.tokenSecrets.tokenSecretsByTarget(params.userId);
      return {
        socialIdentities: identities.map((entry) => {
          const tokenSecret = secrets.get(entry.target);
          return { ...entry, ...(tokenSecret && { tokenSecret }) };
        }),
        ssoIdentities,
      };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/password/expiration',
      summary: "Expire a user's password (the next password sign-in is refused until it is reset), or lift that",
      tags,
      params: user,
      body: z.object({ isExpired: z.boolean() }).strict(),
      response: userSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => users.setPasswordExpired(params.userId, body.isExpired),
  );
}
