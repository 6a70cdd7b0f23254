import type * as oidc from 'openid-client';
import { expect } from 'vitest';
import type { ManagementApi } from './management-client.js';
import { assignRole, clientConfig, createApiResource, createUser, decodeJwt } from './oidc-fixtures.js';
import type { TestServer } from './server.js';

/**
 * For token exchange tests: a user holding `read:orders` of the API `resource`, and two
 * Traditional apps, one allowed to exchange tokens and one not.
 */
export async function tokenExchangeFixture(server: TestServer, resource: string) {
  const userId = (await createUser(server)).id;
  const { roleId } = await createApiResource(server, resource, ['read:orders', 'write:orders'], ['read:orders']);
  await assignRole(server, { userId }, roleId);
  const app = async (allowTokenExchange: boolean) => {
    const created = await server.services.applications.create({
      name: `exchange ${allowTokenExchange}`,
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['http://localhost:3000/callback'], postLogoutRedirectUris: [] },
      customClientMetadata: { allowTokenExchange },
    });
    return clientConfig(server, created.id, created.secret as string);
  };
  return { userId, allowed: await app(true), notAllowed: await app(false) };
}

/**
 * What a refused grant answers: `invalid_request: <description>`, or the bare error code (an
 * `invalid_grant` description is always oidc-provider's generic one); undefined when granted.
 */
export async function grantRefusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = (await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { error?: string; error_description?: string } | undefined;
  return error?.error === 'invalid_request' ? `${error.error}: ${error.error_description}` : error?.error;
}

/**
 * The refusals every subject token type shares, on a live token `value`: an unknown subject
 * token type, an app not allowed to exchange, a suspended user. None uses the token up: it
 * still exchanges afterwards.
 */
export async function expectSharedRefusals(deps: {
  api: ManagementApi;
  userId: string;
  allowed: oidc.Configuration;
  notAllowed: oidc.Configuration;
  value: string;
  resource: string;
  exchange: (
    config: oidc.Configuration,
    value: string,
    extra?: Record<string, string>,
  ) => Promise<{ access_token: string }>;
}): Promise<void> {
  const { api, userId, allowed, notAllowed, value, resource, exchange } = deps;
  expect(await grantRefusal(exchange(allowed, value, { subject_token_type: 'urn:example:other' }))).toMatch(
    /^invalid_request: unsupported subject_token_type/,
  );
  // As for every grant an app lacks (Tessera's token error shape, error-shape.ts).
  expect(await grantRefusal(exchange(notAllowed, value, { resource }))).toBe(
    'invalid_request: requested grant type is not allowed for this client',
  );
  await api.patch(`/users/${userId}/is-suspended`, { isSuspended: true });
  expect(await grantRefusal(exchange(allowed, value, { resource }))).toBe('invalid_grant');
  await api.patch(`/users/${userId}/is-suspended`, { isSuspended: false });
  expect(decodeJwt((await exchange(allowed, value, { resource })).access_token).sub).toBe(userId);
}
