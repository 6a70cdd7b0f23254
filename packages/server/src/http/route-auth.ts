import type { Middleware } from 'koa';
import { isManagementLevel, type ManagementLevel, managementLevels } from '../management/scopes.js';
import { jsonWrites } from './body.js';
import { sameOriginWrites } from './same-origin.js';

/**
 * Who may call a route; every route declares it (RouteSpec.auth) and defineRoute installs the
 * matching guard on the route itself, so no path spelling or mount order can reach a handler
 * without its guard.
 * - `public`: anyone (OpenAPI documents, public sign-in settings, status).
 * - `management`: a Management API token (JWT for the Management API resource with `all`); what
 *   every write declares, and the level a new route should start from.
 * - `management:read`: a Management API token with `read` or `all`; only for reads that reveal
 *   no secret.
 * - `management:owner`: an administrator's token (admin realm) with `admins:manage`: Owners only.
 * - `interaction`: the sign-in pages of this origin, bound to the interaction cookie; writes
 *   must be same-origin and JSON (login CSRF).
 * - `interaction:upload`: as `interaction`, for a multipart file upload (same-origin, not JSON).
 * - `{ accountToken: scope }`: the signed-in user's access token carrying that scope.
 */
export type RouteAuth = 'public' | ManagementLevel | 'interaction' | 'interaction:upload' | { accountToken: string };

/** The guards that need the server's keys or provider; built once in the composition root. */
export interface RouteGuards {
  /** Checks a Management API token for a level (its permissions; the Owner level also needs the admin realm). */
  management: (level: ManagementLevel) => Middleware;
  accountToken: (scope: string) => Middleware;
}

export function guardsFor(auth: RouteAuth, guards: RouteGuards): Middleware[] {
  if (auth === 'public') return [];
  if (isManagementLevel(auth)) return [guards.management(auth)];
  if (auth === 'interaction') return [sameOriginWrites, jsonWrites];
  if (auth === 'interaction:upload') return [sameOriginWrites];
  return [guards.accountToken(auth.accountToken)];
}

/** Routes a client calls without a bearer token (the OpenAPI document's `security: []`). */
export const isTokenless = (auth: RouteAuth) =>
  auth === 'public' || auth === 'interaction' || auth === 'interaction:upload';

/** The Management API permissions a route accepts (any one of them); none for other kinds of auth. */
export const acceptedScopes = (auth: RouteAuth): readonly string[] =>
  isManagementLevel(auth) ? managementLevels[auth] : [];
