import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { UsersService } from '../users/index.js';
import type { SubjectTokensStore } from './subject-tokens.store.js';

/** Logto's lifetime of a subject token: ten minutes to exchange it, once. */
export const subjectTokenTtlSeconds = 600;

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/** Why a subject token cannot be exchanged (the token endpoint answers `invalid_grant` for each). */
export type SubjectTokenRefusal = 'not_found' | 'expired' | 'consumed';

/**
 * Impersonation (Logto's `POST /api/subject-tokens`): a Management API caller gets a short-lived
 * `sub_…` token for a user, which an app allowed to exchange tokens trades once at /oidc/token
 * for an access token of that user. Only the value's SHA-256 is stored.
 */
export function createSubjectTokens(deps: {
  store: SubjectTokensStore;
  users: Pick<UsersService, 'findOrThrow'>;
  clock: () => number;
}) {
  const { store, users, clock } = deps;
  return {
    async create(input: { userId: string; context?: Record<string, unknown> }, creatorId: string) {
      await users.findOrThrow(input.userId);
      const now = clock();
      const value = `sub_${randomBytes(24).toString('base64url')}`;
      await store.insert({
        value_hash: hashOf(value),
        user_id: input.userId,
        context: JSON.stringify(input.context ?? {}),
        creator_id: creatorId,
        created_at: now,
        expires_at: now + subjectTokenTtlSeconds * 1000,
        consumed_at: null,
      });
      return { subjectToken: value, expiresIn: subjectTokenTtlSeconds };
    },

    /** The user of a live, unused token, without using it up; or why it cannot be exchanged. */
    async peek(value: string): Promise<{ userId: string } | { refusal: SubjectTokenRefusal }> {
      const expected = hashOf(value);
      const row = await store.find(expected);
      if (!row || !timingSafeEqual(Buffer.from(row.value_hash), Buffer.from(expected))) return { refusal: 'not_found' };
      if (row.consumed_at !== null) return { refusal: 'consumed' };
      if (Number(row.expires_at) <= clock()) return { refusal: 'expired' };
      return { userId: row.user_id };
    },

    /** Uses the token up; false when another exchange did first or it just expired. */
    consume: (value: string) => store.consume(hashOf(value), clock()),

    prune: () => store.prune(clock()),
  };
}
export type SubjectTokens = ReturnType<typeof createSubjectTokens>;
