import { createHash } from 'node:crypto';
import type Router from '@koa/router';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { idParam, text } from '../management/fields.js';
import type { Database } from '../storage/schema.js';
import type { Clock, UsersService } from './users.service.js';

/**
 * A user's sign-in sessions (oidc-provider's `Session` rows), in Logto's shape, except that `id`
 * is the stored handle (the SHA-256 of the cookie's session id, adapter.ts) and the payload never
 * carries `jti`, the session id itself, which would let a reader take the session over.
 */
export const sessionSchema = z.object({
  modelName: z.string(),
  id: z.string(),
  payload: z.record(z.string(), z.unknown()),
  expiresAt: z.number().nullable(),
  consumedAt: z.number().nullable(),
  lastSubmission: z.null(),
});
export const grantSchema = z.object({
  id: z.string(),
  payload: z.record(z.string(), z.unknown()),
  expiresAt: z.number().nullable(),
});
/** Logto's `appType` grant filter: first-party apps' grants only, or third-party apps'. */
export const grantsQuery = z.object({ appType: z.enum(['firstParty', 'thirdParty']).optional() });
export type GrantAppType = NonNullable<z.output<typeof grantsQuery>['appType']>;
/** Logto's `revokeGrantsTarget`: which of the session's app grants end with it. */
export const revokeGrantsTargetQuery = z.object({ revokeGrantsTarget: z.enum(['all', 'firstParty']).optional() });
export type RevokeGrantsTarget = NonNullable<z.output<typeof revokeGrantsTargetQuery>['revokeGrantsTarget']>;

/** The stored id of a model instance, as oidc/adapter.ts keeps it (SHA-256, base64url). */
const storedId = (id: string) => createHash('sha256').update(id).digest('base64url');

type SessionRow = { id: string; payload: string; expires_at: number | null; consumed_at: number | null };

/** Told when a session ends here: the user, and each app the session signed in to with its `sid`. */
export type SessionEndedListener = (
  userId: string,
  authorizations: Record<string, { sid?: string; grantId?: string }>,
) => Promise<void>;

export function createUserSessions({ db, users, clock }: { db: Kysely<Database>; users: UsersService; clock: Clock }) {
  const endedListeners: SessionEndedListener[] = [];
  /** Rows of `model` naming the user (a LIKE narrows, the parsed payload decides); never expired ones. */
  async function rowsOf(model: 'Session' | 'Grant', userId: string): Promise<SessionRow[]> {
    const needle = `%${JSON.stringify(userId).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const rows = await db
      .selectFrom('oidc_model_instances')
      .select(['id', 'payload', 'expires_at', 'consumed_at'])
      .where('model_name', '=', model)
      .where('payload', 'like', needle)
      .execute();
    const now = clock();
    return rows.filter(
      (row) =>
        (JSON.parse(row.payload) as { accountId?: string }).accountId === userId &&
        (row.expires_at === null || Number(row.expires_at) > now),
    );
  }
  const sessionsOf = (userId: string) => rowsOf('Session', userId);
  /**
   * Logto's grant shape; a grant's id (`jti`) is no bearer secret: tokens name it. Grants stored
   * before the adapter kept it go by their stored handle, as sessions do.
   */
  const toGrant = (row: SessionRow) => {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    const id = typeof payload.jti === 'string' ? payload.jti : row.id;
    return { id, payload, expiresAt: row.expires_at === null ? null : Number(row.expires_at) };
  };
  const toSession = (row: SessionRow) => {
    const { jti: _bearer, ...payload } = JSON.parse(row.payload) as Record<string, unknown>;
    return {
      modelName: 'Session',
      id: row.id,
      payload,
      expiresAt: row.expires_at === null ? null : Number(row.expires_at),
      consumedAt: row.consumed_at === null ? null : Number(row.consumed_at),
      lastSubmission: null,
    };
  };
  async function find(userId: string, sessionId: string) {
    await users.findOrThrow(userId);
    const row = (await sessionsOf(userId)).find((session) => session.id === sessionId);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }
  return {
    /** Back-channel logout: the realm's provider tells each app whose session ended (oidc/oauth-extensions.ts). */
    onSessionEnded(listener: SessionEndedListener): void {
      endedListeners.push(listener);
    },
    async list(userId: string) {
      await users.findOrThrow(userId);
      return { sessions: (await sessionsOf(userId)).map(toSession) };
    },
    get: async (userId: string, sessionId: string) => toSession(await find(userId, sessionId)),
    /**
     * Ends the session: the browser holding it must sign in again at the next /oidc/auth. With
     * `revokeGrants`, the grants the session gave apps end too (`firstParty`: not third-party apps').
     */
    async revoke(userId: string, sessionId: string, revokeGrants?: RevokeGrantsTarget): Promise<void> {
      const row = await find(userId, sessionId);
      const { authorizations = {} } = JSON.parse(row.payload) as {
        authorizations?: Record<string, { sid?: string; grantId?: string }>;
      };
      const thirdParty = new Set(
        revokeGrants === 'firstParty'
          ? (
              await db
                .selectFrom('applications')
                .select('id')
                .where('id', 'in', [...Object.keys(authorizations), ''])
                .where('is_third_party', '=', 1)
                .execute()
            ).map((app) => app.id)
          : [],
      );
      const grantIds = revokeGrants
        ? Object.entries(authorizations).flatMap(([clientId, { grantId }]) =>
            grantId && !thirdParty.has(clientId) ? [grantId] : [],
          )
        : [];
      await db.transaction().execute(async (trx) => {
        for (const grantId of grantIds) {
          await trx.deleteFrom('oidc_model_instances').where('grant_id', '=', grantId).execute();
          await trx
            .deleteFrom('oidc_model_instances')
            .where('model_name', '=', 'Grant')
            .where('id', '=', storedId(grantId))
            .execute();
        }
        await trx
          .deleteFrom('oidc_model_instances')
          .where('model_name', '=', 'Session')
          .where('id', '=', row.id)
          .execute();
      });
      for (const listener of endedListeners) await listener(userId, authorizations);
    },
    /** Logto's `GET /users/:userId/grants`: what each app was granted for the user. */
    async grants(userId: string, appType?: GrantAppType) {
      await users.findOrThrow(userId);
      const grants = (await rowsOf('Grant', userId)).map(toGrant);
      if (!appType) return { grants };
      const clientOf = (grant: (typeof grants)[number]) => String(grant.payload.clientId ?? '');
      // Built-in clients (the demo app, the account page) are no stored app: first-party.
      const thirdParty = new Set(
        (
          await db
            .selectFrom('applications')
            .select('id')
            .where('id', 'in', [...grants.map(clientOf), ''])
            .where('is_third_party', '=', 1)
            .execute()
        ).map((app) => app.id),
      );
      return { grants: grants.filter((grant) => thirdParty.has(clientOf(grant)) === (appType === 'thirdParty')) };
    },
    /** Revokes the grant and every token issued under it (refresh and access tokens, codes). */
    async revokeGrant(userId: string, grantId: string): Promise<void> {
      await users.findOrThrow(userId);
      const row = (await rowsOf('Grant', userId)).find((grant) => toGrant(grant).id === grantId);
      if (!row) throw new RequestError('entity.not_found', 404);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('oidc_model_instances').where('grant_id', '=', grantId).execute();
        await trx
          .deleteFrom('oidc_model_instances')
          .where('model_name', '=', 'Grant')
          .where('id', '=', row.id)
          .execute();
      });
    },
  };
}
export type UserSessions = ReturnType<typeof createUserSessions>;

export function registerUserSessionRoutes(router: Router, registry: RouteRegistry, sessions: UserSessions) {
  const tags = ['Users'];
  const one = z.object({ userId: idParam, sessionId: text(128).min(1) });
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/sessions',
      summary: "List a user's live sign-in sessions",
      tags,
      params: z.object({ userId: idParam }),
      response: z.object({ sessions: z.array(sessionSchema) }),
      status: 200,
      errors: [404],
    },
    ({ params }) => sessions.list(params.userId),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/sessions/:sessionId',
      summary: "Get one of a user's live sign-in sessions",
      tags,
      params: one,
      response: sessionSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => sessions.get(params.userId, params.sessionId),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId/sessions/:sessionId',
      summary: "End a user's sign-in session (the next sign-in request asks for credentials again)",
      tags,
      params: one,
      query: revokeGrantsTargetQuery,
      status: 204,
      errors: [404],
    },
    ({ params, query }) => sessions.revoke(params.userId, params.sessionId, query.revokeGrantsTarget),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/grants',
      summary: "List a user's live grants (what each app was granted)",
      tags,
      params: z.object({ userId: idParam }),
      query: grantsQuery,
      response: z.object({ grants: z.array(grantSchema) }),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query }) => sessions.grants(params.userId, query.appType),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId/grants/:grantId',
      summary: "Revoke a user's grant and every token issued under it",
      tags,
      params: z.object({ userId: idParam, grantId: text(128).min(1) }),
      status: 204,
      errors: [404],
    },
    ({ params }) => sessions.revokeGrant(params.userId, params.grantId),
  );
}
