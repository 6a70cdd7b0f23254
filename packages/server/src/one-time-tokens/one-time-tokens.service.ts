import { createHash } from 'node:crypto';
import { generateId, generateSecret } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type {
  CreateOneTimeToken,
  OneTimeToken,
  OneTimeTokenContext,
  OneTimeTokenStatus,
} from './one-time-tokens.schemas.js';
import type { OneTimeTokenFilter, OneTimeTokenRow, OneTimeTokensStore } from './one-time-tokens.store.js';

type Page = { offset: number; limit: number };
/** The Management API's input; inside the server a context may carry more (a console invitation's role). */
type NewToken = Omit<CreateOneTimeToken, 'context'> & { context?: OneTimeTokenContext | Record<string, unknown> };

const defaultExpiresIn = 600;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

const refused: Record<string, [string, string]> = {
  consumed: ['one_time_token.token_consumed', 'The one-time token has already been used.'],
  revoked: ['one_time_token.token_revoked', 'The one-time token has been revoked.'],
  expired: ['one_time_token.token_expired', 'The one-time token has expired.'],
};

function toToken(row: OneTimeTokenRow): OneTimeToken {
  return {
    tenantId: 'default',
    id: row.id,
    email: row.email,
    status: row.status as OneTimeTokenStatus,
    context: JSON.parse(row.context) as OneTimeTokenContext,
    expiresAt: Number(row.expires_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/**
 * Logto's one-time tokens: a 32-character secret bound to an email, used once within its
 * lifetime (a magic link). Only its SHA-256 is stored; the token is 165 random bits, so a
 * plain hash is enough to make a database read useless for signing in.
 */
export function createOneTimeTokensService(deps: { store: OneTimeTokensStore; clock: () => number }) {
  const { store, clock } = deps;

  async function findOrThrow(id: string): Promise<OneTimeTokenRow> {
    const row = await store.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  async function findByToken(token: string): Promise<OneTimeTokenRow> {
    const row = await store.findByHash(hashOf(token));
    if (!row)
      throw new RequestError('one_time_token.token_not_found', 404, { message: 'The one-time token is invalid.' });
    return row;
  }

  async function consumeRow(row: OneTimeTokenRow): Promise<OneTimeToken> {
    const now = clock();
    if (row.status === 'active' && Number(row.expires_at) <= now) {
      await store.transition(row.id, 'active', 'expired', now);
      row.status = 'expired';
    }
    const [code, message] = refused[row.status] ?? refused.consumed!;
    if (row.status !== 'active' || !(await store.transition(row.id, 'active', 'consumed', now)))
      throw new RequestError(code, 400, { message });
    return { ...toToken(row), status: 'consumed', updatedAt: now };
  }

  return {
    async create(input: NewToken): Promise<OneTimeToken> {
      const now = clock();
      const email = input.email.toLowerCase();
      await store.expireLapsed(email, now);
      const token = generateSecret();
      const row: OneTimeTokenRow = {
        id: generateId(),
        email,
        token_hash: hashOf(token),
        status: 'active',
        context: JSON.stringify(input.context ?? {}),
        expires_at: now + (input.expiresIn ?? defaultExpiresIn) * 1000,
        created_at: now,
        updated_at: now,
      };
      await store.insert(row);
      return { ...toToken(row), token };
    },

    get: async (id: string) => toToken(await findOrThrow(id)),

    async list(filter: OneTimeTokenFilter, page?: Page) {
      const [rows, total] = await store.list({ ...filter, email: filter.email?.toLowerCase() }, page);
      return { items: rows.map(toToken), total };
    },

    /** Revoke (or mark consumed or expired); a token never becomes active again. */
    async setStatus(id: string, status: OneTimeTokenStatus): Promise<OneTimeToken> {
      if (status === 'active')
        throw new RequestError('one_time_token.cannot_reactivate_token', 400, {
          message: 'A one-time token cannot be made active again.',
        });
      const row = await findOrThrow(id);
      await store.transition(id, row.status, status, clock());
      return toToken(await findOrThrow(id));
    },

    /**
     * Checks the token against its email and consumes it, once: a second use, a revoked or an
     * expired token is refused with Logto's `one_time_token.*` codes.
     */
    async consume(token: string, email: string): Promise<OneTimeToken> {
      const row = await findByToken(token);
      if (row.email !== email.toLowerCase())
        throw new RequestError('one_time_token.email_mismatch', 400, {
          message: 'The one-time token was not issued for this email.',
        });
      return consumeRow(row);
    },

    /** The token's record, whatever its status; consuming it is a separate, atomic step. */
    inspect: async (token: string): Promise<OneTimeToken> => toToken(await findByToken(token)),

    /** Consumes a token whose holder proves nothing more than holding it (a console invitation link). */
    redeem: async (token: string): Promise<OneTimeToken> => consumeRow(await findByToken(token)),

    async remove(id: string): Promise<void> {
      if (!(await store.remove(id))) throw new RequestError('entity.not_found', 404);
    },
  };
}

export type OneTimeTokensService = ReturnType<typeof createOneTimeTokensService>;
