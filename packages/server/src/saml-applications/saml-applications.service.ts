import type { Application, ApplicationsService } from '../applications/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import {
  type CreateSamlApplication,
  defaultNameIdFormat,
  type NameIdFormat,
  type SamlAcsUrl,
  type SamlApplication,
  type SamlApplicationSecret,
  samlBindings,
  samlCallbackPath,
  type UpdateSamlApplication,
} from './saml-applications.schemas.js';
import type { SamlApplicationsStore, SamlConfigRow, SamlSecretRow } from './saml-applications.store.js';
import { certificateFingerprints, generateSigningCertificate, isReadableCertificate } from './saml-certificates.js';

/** A new SAML app's first signing certificate lasts this long, as Logto's. */
const defaultLifeSpanInYears = 3;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Only HTTP-POST carries a response to the service provider (as in Logto). */
function checkAcsUrl(acsUrl: SamlAcsUrl | null | undefined) {
  if (acsUrl && acsUrl.binding !== samlBindings.post)
    throw new RequestError('application.saml.acs_url_binding_not_supported', 422, {
      message: 'Only HTTP-POST binding is supported for receiving SAML assertions.',
    });
}

function checkCertificates(input: UpdateSamlApplication) {
  for (const [field, pem] of [
    ['encryption.certificate', input.encryption?.certificate],
    ['authnRequestConfig.signingCertificate', input.authnRequestConfig?.signingCertificate],
  ] as const)
    if (pem !== undefined && !isReadableCertificate(pem))
      throw new RequestError('application.saml.invalid_certificate_pem_format', 400, {
        message: `${field} is not a readable PEM certificate.`,
        data: { field },
      });
}

/** What signing a response needs: the config and the active key (opened). */
export interface SamlApplicationDetails {
  application: SamlApplication;
  /** The OIDC client's secret the callback redeems codes with. */
  key?: { id: string; privateKey: string; certificate: string };
}

/**
 * Logto's SAML applications: an `applications` row of type SAML (an OIDC client of this server
 * whose redirect URI is its SAML callback) plus its SAML settings and signing certificates.
 */
export function createSamlApplicationsService(deps: {
  store: SamlApplicationsStore;
  applications: Pick<ApplicationsService, 'create' | 'get' | 'update' | 'remove'>;
  box: SecretBox;
  clock: () => number;
  endpoint: string;
}) {
  const { store, applications, box, clock } = deps;

  function toSamlApplication(app: Application, config: SamlConfigRow): SamlApplication {
    return {
      id: app.id,
      name: app.name,
      description: app.description,
      type: 'SAML',
      customData: app.customData,
      isThirdParty: app.isThirdParty,
      createdAt: app.createdAt,
      attributeMapping: JSON.parse(config.attribute_mapping),
      entityId: config.entity_id,
      acsUrl: config.acs_url ? JSON.parse(config.acs_url) : null,
      encryption: config.encryption ? JSON.parse(config.encryption) : null,
      nameIdFormat: config.name_id_format as NameIdFormat,
      authnRequestConfig: config.authn_request_config ? JSON.parse(config.authn_request_config) : null,
    };
  }

  function toSecret(row: SamlSecretRow): SamlApplicationSecret {
    return {
      id: row.id,
      certificate: row.certificate,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      active: row.active === 1,
      fingerprints: certificateFingerprints(row.certificate),
    };
  }

  /** The SAML app, or 404 (no such app) / 422 (an app of another type), as Logto answers. */
  async function find(id: string): Promise<{ app: Application; config: SamlConfigRow }> {
    const app = await applications.get(id);
    const config = app.type === 'SAML' ? await store.findConfig(id) : undefined;
    if (!config)
      throw new RequestError('application.saml.saml_application_only', 422, {
        message: 'The API is only available for SAML applications.',
      });
    return { app, config };
  }

  async function newSecret(applicationId: string, lifeSpanInYears: number, active: boolean): Promise<SamlSecretRow> {
    const now = clock();
    const generated = await generateSigningCertificate({
      commonName: `Tessera SAML ${applicationId}`,
      now,
      lifeSpanInYears,
    });
    return {
      id: generateId(),
      application_id: applicationId,
      private_key_encrypted: box.seal(generated.privateKey),
      certificate: generated.certificate,
      created_at: now,
      expires_at: generated.expiresAt,
      active: active ? 1 : 0,
    };
  }

  async function findSecret(applicationId: string, secretId: string): Promise<SamlSecretRow> {
    await find(applicationId);
    const row = await store.findSecret(applicationId, secretId);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  return {
    async create(input: CreateSamlApplication): Promise<SamlApplication> {
      checkAcsUrl(input.acsUrl);
      checkCertificates(input);
      const { name, description, customData } = input;
      // The id is chosen by the applications service; the redirect URI names it, so it is set after.
      const app = await applications.create(
        { name, type: 'SAML', description, customData, isThirdParty: false },
        { saml: true },
      );
      try {
        const redirectUri = `${deps.endpoint}${samlCallbackPath(app.id)}`;
        const updated = await applications.update(
          app.id,
          { oidcClientMetadata: { redirectUris: [redirectUri] } },
          { saml: true },
        );
        const config: SamlConfigRow = {
          application_id: app.id,
          attribute_mapping: JSON.stringify(input.attributeMapping ?? {}),
          entity_id: input.entityId ?? null,
          acs_url: json(input.acsUrl),
          encryption: json(input.encryption),
          authn_request_config: json(input.authnRequestConfig),
          name_id_format: input.nameIdFormat ?? defaultNameIdFormat,
        };
        await store.insertConfig(config);
        await store.insertSecret(await newSecret(app.id, defaultLifeSpanInYears, true));
        return toSamlApplication(updated, config);
      } catch (error) {
        await applications.remove(app.id, { saml: true }).catch(() => undefined);
        throw error;
      }
    },

    async get(id: string): Promise<SamlApplication> {
      const { app, config } = await find(id);
      return toSamlApplication(app, config);
    },

    async update(id: string, input: UpdateSamlApplication): Promise<SamlApplication> {
      await find(id);
      checkAcsUrl(input.acsUrl);
      checkCertificates(input);
      const { name, description, customData } = input;
      const basics = Object.fromEntries(
        Object.entries({ name, description, customData }).filter(([, value]) => value !== undefined),
      );
      const app = await applications.update(id, basics, { saml: true });
      const changes: Partial<SamlConfigRow> = {};
      if (input.attributeMapping !== undefined) changes.attribute_mapping = JSON.stringify(input.attributeMapping);
      if (input.entityId !== undefined) changes.entity_id = input.entityId;
      if (input.acsUrl !== undefined) changes.acs_url = json(input.acsUrl);
      if (input.encryption !== undefined) changes.encryption = json(input.encryption);
      if (input.authnRequestConfig !== undefined) changes.authn_request_config = json(input.authnRequestConfig);
      if (input.nameIdFormat !== undefined) changes.name_id_format = input.nameIdFormat;
      if (Object.keys(changes).length > 0) await store.updateConfig(id, changes);
      return toSamlApplication(app, (await store.findConfig(id)) as SamlConfigRow);
    },

    async remove(id: string): Promise<void> {
      await find(id);
      await applications.remove(id, { saml: true });
    },

    async listSecrets(id: string): Promise<SamlApplicationSecret[]> {
      await find(id);
      return (await store.secrets(id)).map(toSecret);
    },

    /** A new, inactive certificate: activate it once the service provider trusts it (rotation). */
    async addSecret(id: string, lifeSpanInYears: number): Promise<SamlApplicationSecret> {
      await find(id);
      const row = await newSecret(id, lifeSpanInYears, false);
      await store.insertSecret(row);
      return toSecret(row);
    },

    async setSecretActive(id: string, secretId: string, active: boolean): Promise<SamlApplicationSecret> {
      const row = await findSecret(id, secretId);
      if ((row.active === 1) === active) return toSecret(row);
      if (active) {
        if (row.expires_at <= clock())
          throw new RequestError('application.saml.secret_expired', 422, {
            message: 'An expired certificate cannot be activated.',
          });
        await store.activateSecret(id, secretId);
      } else await store.deactivateSecret(id, secretId);
      return toSecret((await store.findSecret(id, secretId)) as SamlSecretRow);
    },

    async removeSecret(id: string, secretId: string): Promise<void> {
      await findSecret(id, secretId);
      if (!(await store.deleteInactiveSecret(id, secretId)))
        throw new RequestError('application.saml.can_not_delete_active_secret', 400, {
          message: 'The active certificate cannot be deleted: activate another one first, or deactivate it.',
        });
    },

    /** For sign-in: the app's settings and its active signing key, opened. */
    async details(id: string): Promise<SamlApplicationDetails> {
      const { app, config } = await find(id);
      const active = await store.activeSecret(id);
      return {
        application: toSamlApplication(app, config),
        ...(active && {
          key: { id: active.id, privateKey: box.open(active.private_key_encrypted), certificate: active.certificate },
        }),
      };
    },
  };
}

export type SamlApplicationsService = ReturnType<typeof createSamlApplicationsService>;
