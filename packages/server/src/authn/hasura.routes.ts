import type Router from '@koa/router';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { queryText } from '../management/fields.js';

export interface HasuraDeps {
  issuer: string;
  jwks: () => JSONWebKeySet;
  /** The names of the user's (global) roles. */
  roleNames: (userId: string) => Promise<string[]>;
}

const hasuraResponse = z.object({
  'X-Hasura-User-Id': z.string().optional(),
  'X-Hasura-Role': z.string().optional(),
});

/**
 * Logto's Hasura auth hook (`HASURA_GRAPHQL_AUTH_HOOK=<endpoint>/api/authn/hasura?resource=<indicator>`):
 * Hasura forwards the client's headers; the bearer token is verified as this server's access token
 * for `resource`, and the `Expected-Role` header must name one of the user's roles. With
 * `unauthorizedRole`, a caller without a valid token or without that role gets that role instead.
 */
export function registerHasuraRoute(router: Router, registry: RouteRegistry, deps: HasuraDeps) {
  let cached: { jwks: JSONWebKeySet; keys: ReturnType<typeof createLocalJWKSet> } | undefined;
  const keys = () => {
    const jwks = deps.jwks();
    if (cached?.jwks !== jwks) cached = { jwks, keys: createLocalJWKSet(jwks) };
    return cached.keys;
  };

  /** The token's subject when it is a valid access token (for `audience` when named), else undefined. */
  async function subjectOf(ctx: Context, audience?: string): Promise<string | undefined> {
    const header = ctx.get('authorization');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
    try {
      const { payload } = await jwtVerify(token, keys(), {
        issuer: deps.issuer,
        typ: 'at+jwt',
        ...(audience !== undefined && { audience }),
      });
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/authn/hasura',
      summary: "Hasura's webhook authentication: the user id and role for the bearer access token",
      tags: ['Authn'],
      query: z.object({ resource: queryText.min(1), unauthorizedRole: queryText.optional() }),
      response: hasuraResponse,
      status: 200,
      errors: [400, 401],
    },
    async ({ query, ctx }) => {
      const expectedRole = ctx.get('expected-role') || undefined;
      const sub = await subjectOf(ctx, query.resource);
      const roles = new Set(sub ? await deps.roleNames(sub) : []);
      const hasRole = expectedRole !== undefined && roles.has(expectedRole);
      if (query.unauthorizedRole && !hasRole) {
        // As Logto: a valid token for another resource still names its user.
        const userId = sub ?? (await subjectOf(ctx));
        return { ...(userId && { 'X-Hasura-User-Id': userId }), 'X-Hasura-Role': query.unauthorizedRole };
      }
      if (expectedRole !== undefined && !hasRole)
        throw new RequestError('auth.expected_role_not_found', 401, {
          message: 'The user does not hold the role named by Expected-Role.',
        });
      return { ...(sub && { 'X-Hasura-User-Id': sub }), ...(expectedRole && { 'X-Hasura-Role': expectedRole }) };
    },
  );
}
