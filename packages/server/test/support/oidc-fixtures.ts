import * as oidc from 'openid-client';
import type { ApplicationType } from '../../src/applications/applications.schemas.js';
import { generateId as newId } from '../../src/crypto/ids.js';
import type { TestServer } from './server.js';

/** Fixtures for protocol tests, created through the services as the Management API would. */

const now = () => Date.now();

export const password = 'correct-horse-battery-staple';

export async function createUser(
  server: TestServer,
  overrides: Partial<Parameters<TestServer['services']['users']['create']>[0]> = {},
) {
  const username = overrides.username ?? `user_${newId()}`;
  return server.services.users.create({ username, password, ...overrides });
}

export async function createApp(
  server: TestServer,
  type: ApplicationType,
  redirectUris: string[] = [],
  postLogoutRedirectUris: string[] = [],
) {
  return server.services.applications.create({
    name: `${type} app`,
    type,
    oidcClientMetadata: { redirectUris, postLogoutRedirectUris },
  });
}

/**
 * An API resource with permissions, and a role holding `granted` of them: a User role, or a
 * MachineToMachine role for apps.
 */
export async function createApiResource(
  server: TestServer,
  indicator: string,
  permissions: string[],
  granted: string[],
  { isDefault = false, roleType = 'User' as 'User' | 'MachineToMachine' } = {},
) {
  const { resources, roles } = server.services.stores;
  const resourceId = newId();
  await resources.insert({
    id: resourceId,
    name: indicator,
    indicator,
    is_default: isDefault ? 1 : 0,
    access_token_ttl: 3600,
    created_at: now(),
  });
  const scopeIds: Record<string, string> = {};
  for (const name of permissions) {
    scopeIds[name] = newId();
    await resources.insertScope({
      id: scopeIds[name],
      resource_id: resourceId,
      name,
      description: null,
      created_at: now(),
    });
  }
  const roleId = newId();
  await roles.insert({
    id: roleId,
    name: `role ${newId()}`,
    description: '',
    type: roleType,
    is_default: 0,
    created_at: now(),
  });
  await roles.addScopes(
    roleId,
    granted.map((name) => scopeIds[name] as string),
  );
  return { resourceId, roleId };
}

/** Gives a user (User role) or a machine-to-machine app (MachineToMachine role) a role. */
export async function assignRole(
  server: TestServer,
  holder: { userId: string } | { applicationId: string },
  roleId: string,
) {
  const { roleMembers } = server.services;
  if ('userId' in holder) await roleMembers.assignToUser(holder.userId, [roleId]);
  else await roleMembers.assignToApplication(holder.applicationId, [roleId]);
}

/** openid-client configuration for an app (public when no secret is given), plain HTTP allowed. */
export async function clientConfig(
  server: TestServer,
  clientId: string,
  secret?: string,
  auth: 'basic' | 'post' = 'basic',
): Promise<oidc.Configuration> {
  let authentication = oidc.None();
  if (secret) authentication = auth === 'basic' ? oidc.ClientSecretBasic(secret) : oidc.ClientSecretPost(secret);
  return oidc.discovery(new URL(server.issuer), clientId, undefined, authentication, {
    execute: [oidc.allowInsecureRequests],
  });
}

/** An authorization URL with PKCE S256 and state; keep the returned verifier and state for the callback. */
export async function authorizationRequest(config: oidc.Configuration, params: Record<string, string | string[]>) {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    ...Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'string')),
  });
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
  }
  return { url, codeVerifier, state };
}

/** What `authorizationRequest` answers: the URL, and the verifier and state the callback is checked with. */
export type AuthorizationRequest = Awaited<ReturnType<typeof authorizationRequest>>;

/** Redeems the code in an app callback URL as the app would, checking the request's PKCE verifier and state. */
export function redeemCode(
  config: oidc.Configuration,
  request: { codeVerifier: string; state: string },
  callbackUrl: URL,
) {
  return oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: request.codeVerifier,
    expectedState: request.state,
  });
}

export function decodeJwt(token: string): Record<string, any> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload as string, 'base64url').toString());
}

/** A raw token-endpoint call, for requests a well-behaved client library refuses to send. */
export async function tokenRequest(
  server: TestServer,
  params: Record<string, string>,
  { basic, json, path = '/token' }: { basic?: [string, string]; json?: boolean; path?: string } = {},
) {
  const headers: Record<string, string> = {
    'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (basic) headers.authorization = `Basic ${Buffer.from(`${basic[0]}:${basic[1]}`).toString('base64')}`;
  const response = await fetch(`${server.issuer}${path}`, {
    method: 'POST',
    headers,
    body: json ? JSON.stringify(params) : new URLSearchParams(params),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A stored sign-in session of a user, as oidc-provider keeps one (for the session routes). */
export async function storeUserSession(server: TestServer, id: string, accountId: string) {
  await server.services.db
    .insertInto('oidc_model_instances')
    .values({
      model_name: 'Session',
      id,
      payload: JSON.stringify({ accountId, kind: 'Session' }),
      expires_at: Date.now() + 3_600_000,
      consumed_at: null,
      grant_id: null,
      uid: null,
      user_code: null,
    })
    .execute();
}
