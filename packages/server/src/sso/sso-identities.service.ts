import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type { UserSsoIdentity } from './sso-connectors.schemas.js';
import type { SsoStore, UserSsoIdentityRow } from './sso-connectors.store.js';
import type { SsoIdentity } from './sso-driver.js';

const toIdentity = (row: UserSsoIdentityRow): UserSsoIdentity => ({
  tenantId: 'default',
  id: row.id,
  userId: row.user_id,
  issuer: row.issuer,
  identityId: row.identity_id,
  detail: JSON.parse(row.detail) as Record<string, unknown>,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  ssoConnectorId: row.sso_connector_id,
});

/** Users' identities at enterprise SSO connectors (Logto's `user_sso_identities`). */
export function createSsoIdentitiesService(deps: { store: SsoStore; clock: () => number }) {
  const { store, clock } = deps;
  return {
    async get(userId: string, connectorId: string): Promise<UserSsoIdentity> {
      const row = await store.identityOfUser(userId, connectorId);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toIdentity(row);
    },
    ofUser: async (userId: string) => (await store.identitiesOfUser(userId)).map(toIdentity),
    find: (issuer: string, identityId: string) => store.findIdentity(issuer, identityId),
    /** Refreshes what the provider said at this sign-in. */
    refresh: (row: UserSsoIdentityRow, identity: SsoIdentity) =>
      store.updateIdentityDetail(row.id, JSON.stringify(identity.detail), clock()),
    /** Links the identity to the user; refused when another user already holds it (a race of two first sign-ins). */
    async link(userId: string, connectorId: string, identity: SsoIdentity): Promise<void> {
      const now = clock();
      await store
        .insertIdentity({
          id: generateId(),
          user_id: userId,
          sso_connector_id: connectorId,
          issuer: identity.issuer,
          identity_id: identity.identityId,
          detail: JSON.stringify(identity.detail),
          created_at: now,
          updated_at: now,
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new RequestError('user.identity_already_in_use', 422);
          throw error;
        });
    },
  };
}

export type SsoIdentitiesService = ReturnType<typeof createSsoIdentitiesService>;
