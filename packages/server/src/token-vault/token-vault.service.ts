import type { ProviderTokenResponse } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { accessTokenAnswer, isExpired, openTokenSet, type SealedTokenSet, sealTokenResponse } from './token-set.js';
import type { ProviderAccessToken, TokenSecret, TokenSetMetadata } from './token-vault.schemas.js';
import { isForeignKeyViolation, type SecretRow, type TokenVaultStore } from './token-vault.store.js';

/** A social identity a sign-in or a link verified, with the provider's token set when the connector keeps it. */
export interface VerifiedIdentityTokens {
  connectorId: string;
  target: string;
  identityId: string;
  tokenSet?: SealedTokenSet;
}

const tokenNotFound = () =>
  new RequestError('secrets.third_party_token_set.token_not_found', 404, {
    message: 'No access token of this provider is stored for the user.',
  });

const metadataOf = (row: SecretRow) => JSON.parse(row.metadata) as TokenSetMetadata;

/** Logto's desensitized token secret: everything but the tokens. */
function toTokenSecret(row: SecretRow): TokenSecret {
  return {
    tenantId: 'default',
    id: row.id,
    userId: row.user_id,
    type: 'federated_token_set',
    metadata: metadataOf(row),
    connectorId: row.connector_id,
    identityId: row.identity_id,
    target: row.target,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Logto's secret vault for social provider tokens. Token sets arrive sealed (the social
 * verification seals them the moment the provider answers), rest sealed, and are opened only to
 * answer their owner's Account API call; administrators read the metadata only.
 */
export function createTokenVault(deps: {
  store: TokenVaultStore;
  box: SecretBox;
  clock: () => number;
  /** Asks the connector that issued the tokens for a new access token (its refresh grant). */
  refresh: (connectorId: string, refreshToken: string) => Promise<ProviderTokenResponse>;
}) {
  const { store, box, clock } = deps;

  /** Stores the token set on the identity, when the identity is the user's; nothing otherwise. */
  async function keep(userId: string, verified: VerifiedIdentityTokens): Promise<SecretRow | undefined> {
    const { tokenSet, connectorId, target, identityId } = verified;
    if (!tokenSet) return undefined;
    if ((await store.identityHolder(target, identityId)) !== userId) return undefined;
    const now = clock();
    const row: SecretRow = {
      id: generateId(),
      user_id: userId,
      type: 'federated_token_set',
      ciphertext: tokenSet.sealed,
      metadata: JSON.stringify(tokenSet.metadata),
      connector_id: connectorId,
      target,
      identity_id: identityId,
      created_at: now,
      updated_at: now,
    };
    try {
      await store.upsert(row);
    } catch (error) {
      // Unlinked (or its connector deleted) in the meantime: there is nothing to keep it on.
      if (isForeignKeyViolation(error)) return undefined;
      throw error;
    }
    return row;
  }

  /**
   * An expired access token renewed with the stored refresh token; the refresh token is kept
   * when the provider answers none (Google hands one out only with the first consent).
   */
  async function renew(row: SecretRow, refreshToken: string): Promise<ProviderAccessToken> {
    const response = await deps.refresh(row.connector_id, refreshToken);
    const now = clock();
    const renewed = sealTokenResponse(box, { refresh_token: refreshToken, ...response }, now);
    if (!renewed) throw tokenNotFound();
    await store.update(row.id, {
      ciphertext: renewed.sealed,
      metadata: JSON.stringify(renewed.metadata),
      updated_at: now,
    });
    return accessTokenAnswer(response.access_token, renewed.metadata, now);
  }

  /** The stored access token; an expired one is renewed, or deleted without a refresh token (Logto's 401). */
  async function answer(row: SecretRow): Promise<ProviderAccessToken> {
    const metadata = metadataOf(row);
    const { access_token: accessToken, refresh_token: refreshToken } = openTokenSet(box, row.ciphertext);
    if (!accessToken) throw tokenNotFound();
    const now = clock();
    if (!isExpired(metadata, now)) return accessTokenAnswer(accessToken, metadata, now);
    if (refreshToken) return renew(row, refreshToken);
    await store.delete(row.id);
    throw new RequestError('secrets.third_party_token_set.access_token_expired', 401, {
      message: 'The stored access token has expired; sign in with the provider again to store a new one.',
    });
  }

  return {
    keep,

    /** Logto's `GET /my-account/identities/:target/access-token`: the caller's own token only. */
    async accessToken(userId: string, target: string): Promise<ProviderAccessToken> {
      const row = await store.findByUserAndTarget(userId, target);
      if (!row) throw tokenNotFound();
      return answer(row);
    },

    /**
     * Logto's `PUT /my-account/identities/:target/access-token`: a new social verification of the
     * caller's own identity of `target` brings new tokens.
     */
    async replace(userId: string, target: string, verified: VerifiedIdentityTokens): Promise<ProviderAccessToken> {
      if (verified.target !== target)
        throw new RequestError('verification_record.social_verification.invalid_target', 422, {
          message: `The verification is for ${verified.target}, not ${target}.`,
          data: { expected: target, actual: verified.target },
        });
      if ((await store.identityHolder(target, verified.identityId)) !== userId)
        throw new RequestError('user.identity_not_exists_in_current_user', 422, {
          message: `This ${target} account is not linked to your account.`,
        });
      if (!verified.tokenSet)
        throw new RequestError('verification_record.social_verification.token_response_not_found', 422, {
          message: 'The connector kept no token response: enable token storage on it (enableTokenStorage).',
        });
      await keep(userId, verified);
      const row = await store.findByUserAndTarget(userId, target);
      if (!row) throw tokenNotFound();
      return answer(row);
    },

    /** Management API: the metadata of a user's token set of `target`. */
    async tokenSecret(userId: string, target: string): Promise<TokenSecret | undefined> {
      const row = await store.findByUserAndTarget(userId, target);
      return row && toTokenSecret(row);
    },

    /** Management API: the metadata of every token set of a user, by target. */
    async tokenSecretsByTarget(userId: string): Promise<Map<string, TokenSecret>> {
      return new Map((await store.listByUser(userId)).map((row) => [row.target, toTokenSecret(row)]));
    },

    /** Logto's `DELETE /api/secrets/:id`. */
    async remove(id: string): Promise<void> {
      if (!(await store.delete(id))) throw new RequestError('entity.not_found', 404);
    },
  };
}

export type TokenVault = ReturnType<typeof createTokenVault>;
