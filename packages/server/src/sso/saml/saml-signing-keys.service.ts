import { generateId } from '../../crypto/ids.js';
import type { SecretBox } from '../../crypto/secret-box.js';
import { RequestError } from '../../http/request-error.js';
import type { SamlApplicationSecret } from '../../saml-applications/saml-applications.schemas.js';
import { certificateFingerprints, generateSigningCertificate } from '../../saml-applications/saml-certificates.js';
import type { SsoSigningKeyRow, SsoSigningKeysStore } from './saml-signing-keys.store.js';
import type { SpSigningKey } from './saml-sp.js';

/** Logto's shape for an SP signing key: the certificate and its state, never the private key. */
export type SsoSigningKey = SamlApplicationSecret;

const lifeSpanInYears = 3;

/**
 * SP signing keys of SAML enterprise SSO connectors (providers `SAML` and `AzureAD`): an RSA key
 * and a self-signed certificate the IdP is given; while a connector has an active key, its
 * AuthnRequests are signed with it. New keys are inactive unless asked (staged rotation: register
 * the certificate at the IdP, then activate it).
 */
export function createSsoSigningKeys(deps: {
  store: SsoSigningKeysStore;
  box: SecretBox;
  clock: () => number;
  /** The connector's provider type, or undefined when there is no such connector. */
  providerTypeOf: (connectorId: string) => Promise<string | undefined>;
}) {
  const { store, box, clock } = deps;

  const toKey = (row: SsoSigningKeyRow): SsoSigningKey => ({
    id: row.id,
    certificate: row.certificate,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    active: row.active === 1,
    fingerprints: certificateFingerprints(row.certificate),
  });

  /** 404 for a missing connector and, as Logto answers, for a connector that is not SAML. */
  async function samlConnector(connectorId: string): Promise<void> {
    const type = await deps.providerTypeOf(connectorId);
    if (type === undefined)
      throw new RequestError('entity.not_found', 404, {
        message: `There is no enterprise SSO connector with id ${connectorId}.`,
        data: { connectorId },
      });
    if (type !== 'saml')
      throw new RequestError('single_sign_on.not_saml_connector', 404, {
        message: 'SP signing keys exist only for SAML connectors (providers SAML and AzureAD).',
        data: { connectorId },
      });
  }

  async function findKey(connectorId: string, keyId: string): Promise<SsoSigningKeyRow> {
    await samlConnector(connectorId);
    const row = await store.find(connectorId, keyId);
    if (!row)
      throw new RequestError('entity.not_found', 404, {
        message: `The connector has no signing key with id ${keyId}.`,
        data: { keyId },
      });
    return row;
  }

  return {
    async list(connectorId: string): Promise<SsoSigningKey[]> {
      await samlConnector(connectorId);
      return (await store.list(connectorId)).map(toKey);
    },

    async create(connectorId: string, active: boolean): Promise<SsoSigningKey> {
      await samlConnector(connectorId);
      const now = clock();
      const generated = await generateSigningCertificate({
        commonName: `Tessera SAML SP ${connectorId}`,
        now,
        lifeSpanInYears,
      });
      const row: SsoSigningKeyRow = {
        id: generateId(),
        connector_id: connectorId,
        private_key_encrypted: box.seal(generated.privateKey),
        certificate: generated.certificate,
        created_at: now,
        expires_at: generated.expiresAt,
        active: active ? 1 : 0,
      };
      await store.insert(row);
      return toKey(row);
    },

    async setActive(connectorId: string, keyId: string, active: boolean): Promise<SsoSigningKey> {
      const row = await findKey(connectorId, keyId);
      if ((row.active === 1) === active) return toKey(row);
      if (active) {
        if (Number(row.expires_at) <= clock())
          throw new RequestError('single_sign_on.signing_key_expired', 422, {
            message: 'An expired signing key cannot be activated.',
          });
        await store.activate(connectorId, keyId);
      } else await store.deactivate(connectorId, keyId);
      return toKey((await store.find(connectorId, keyId)) as SsoSigningKeyRow);
    },

    async remove(connectorId: string, keyId: string): Promise<void> {
      await findKey(connectorId, keyId);
      if (!(await store.deleteInactive(connectorId, keyId)))
        throw new RequestError('single_sign_on.can_not_delete_active_signing_key', 400, {
          message: 'The active signing key cannot be deleted: activate another one first, or deactivate it.',
        });
    },

    /** For sign-in: the connector's active key, opened (undefined: requests go unsigned). */
    async activeKey(connectorId: string): Promise<SpSigningKey | undefined> {
      const row = await store.active(connectorId);
      if (!row) return undefined;
      return { privateKey: box.open(row.private_key_encrypted), certificate: row.certificate };
    },
  };
}

export type SsoSigningKeys = ReturnType<typeof createSsoSigningKeys>;
