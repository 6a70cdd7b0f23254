import { timingSafeEqual } from 'node:crypto';
import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import { generateId, generateSecret } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type { ApplicationExtrasStore } from './application-extras.store.js';
import {
  type Application,
  type ApplicationFilter,
  type ApplicationSecret,
  type ApplicationType,
  type CreateApplication,
  type CreatedApplication,
  type CustomClientMetadata,
  hasSecrets,
  type UpdateApplication,
} from './applications.schemas.js';
import type { ApplicationRow, ApplicationSecretRow, ApplicationsStore } from './applications.store.js';
import { redirectUriProblem } from './redirect-uris.js';

const defaultSecretName = 'Default secret';

const useSamlApi = () =>
  new RequestError('application.saml.use_saml_app_api', 400, {
    message: 'Use the `/api/saml-applications` API to create, change or delete a SAML application.',
  });
const samlOnly = () =>
  new RequestError('application.saml.saml_application_only', 422, {
    message: 'The API is only available for SAML applications.',
  });

/** What the OIDC layer needs to know about a client. */
export interface ClientRecord {
  id: string;
  type: ApplicationType;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  custom: CustomClientMetadata;
  /** Secrets still valid now, newest first (plaintext; never leaves the process). */
  secrets: string[];
  /** A third-party app asks its users for consent and gets only its user consent scopes. */
  isThirdParty: boolean;
  /** The user scopes (profile, email…) a third-party app may ask for. */
  consentUserScopes: string[];
  /** Logto's app-level access control: sign-in and refresh check the user against the app's rules. */
  accessControlEnabled?: boolean;
  /** When the first of `secrets` expires: the record is read again from then on. */
  secretsExpireAt?: number;
  /** OIDC back-channel logout: where the logout token goes, and whether it must carry `sid`. */
  backchannelLogoutUri?: string;
  backchannelLogoutSessionRequired?: boolean;
}

/** Logto: only a Native app may use the device flow (`application.device_flow_native_only`). */
function checkDeviceFlow(type: ApplicationType, custom: { isDeviceFlow?: boolean } | undefined) {
  if (custom?.isDeviceFlow && type !== 'Native')
    throw new RequestError('application.device_flow_native_only', 422, {
      message: 'Only native applications can use the device flow.',
    });
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Refuses URIs the provider would reject when it loads the client (see redirect-uris.ts). */
function checkRedirectUris(
  type: ApplicationType,
  metadata: { redirectUris?: string[]; postLogoutRedirectUris?: string[] } = {},
) {
  for (const uri of [...(metadata.redirectUris ?? []), ...(metadata.postLogoutRedirectUris ?? [])]) {
    const problem = redirectUriProblem(type, uri);
    if (problem) throw new RequestError('application.invalid_redirect_uri', 400, { message: problem });
  }
}

/** Logto's `isAdmin`: a machine-to-machine app holding the Management API access role. */
export interface AdminRoleMembership {
  roleId: string;
  holds: (applicationId: string) => Promise<boolean>;
  grant: (applicationId: string) => Promise<void>;
  revoke: (applicationId: string) => Promise<void>;
}

export function createApplicationsService({
  applications,
  extras,
  box,
  clock,
  adminRole,
  hasAccessRules,
  cache,
}: {
  applications: ApplicationsStore;
  /** Where a third-party app's consent scopes are kept. */
  extras?: Pick<ApplicationExtrasStore, 'consentScopeIds'>;
  box: SecretBox;
  clock: () => number;
  adminRole?: AdminRoleMembership;
  /** Whether the app holds an access control rule (turning access control on needs one). */
  hasAccessRules?: (applicationId: string) => Promise<boolean>;
  /** Client records are cached and dropped on every node when an application changes. */
  cache: CacheTopics;
}) {
  const clients = createSharedCache<ClientRecord | undefined>(cache, 'applications', {
    clock,
    keep: (client) => client !== undefined,
  });
  const openSecrets = (rows: ApplicationSecretRow[]) =>
    rows.map((row) => ({ row, value: box.open(row.value_encrypted) }));
  const toSecret = (row: ApplicationSecretRow): ApplicationSecret => ({
    applicationId: row.application_id,
    name: row.name,
    value: box.open(row.value_encrypted),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  });

  function toApplication(row: ApplicationRow): Application {
    const oidc = JSON.parse(row.oidc_client_metadata);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      type: row.type as ApplicationType,
      oidcClientMetadata: {
        ...oidc,
        redirectUris: oidc.redirectUris ?? [],
        postLogoutRedirectUris: oidc.postLogoutRedirectUris ?? [],
      },
      customClientMetadata: JSON.parse(row.custom_client_metadata),
      customData: JSON.parse(row.custom_data),
      isThirdParty: row.is_third_party === 1,
      protectedAppMetadata: row.protected_app_metadata ? JSON.parse(row.protected_app_metadata) : null,
      appLevelAccessControlEnabled: row.app_level_access_control_enabled === 1,
      createdAt: row.created_at,
    };
  }

  /** The application with Logto's `isAdmin`, as a read of one application answers it. */
  async function withIsAdmin(app: Application): Promise<Application> {
    if (!adminRole) return app;
    return { ...app, isAdmin: app.type === 'MachineToMachine' && (await adminRole.holds(app.id)) };
  }

  async function setIsAdmin(row: ApplicationRow, isAdmin: boolean | undefined): Promise<void> {
    if (isAdmin === undefined || !adminRole) return;
    if (row.type !== 'MachineToMachine') {
      if (!isAdmin) return;
      throw new RequestError('application.invalid_type', 422, {
        message: 'Only machine-to-machine applications can be given Management API access.',
      });
    }
    if (isAdmin) await adminRole.grant(row.id);
    else await adminRole.revoke(row.id);
  }

  async function findOrThrow(id: string): Promise<ApplicationRow> {
    const row = await applications.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  function newSecretRow(
    applicationId: string,
    name: string,
    expiresAt: number | null = null,
    value = generateSecret(),
  ): ApplicationSecretRow {
    return {
      application_id: applicationId,
      name,
      value_encrypted: box.seal(value),
      created_at: clock(),
      expires_at: expiresAt,
    };
  }

  return {
    async create(input: CreateApplication, { saml = false } = {}): Promise<CreatedApplication> {
      if (input.type === 'SAML' && !saml) throw useSamlApi();
      checkRedirectUris(input.type, input.oidcClientMetadata);
      checkDeviceFlow(input.type, input.customClientMetadata);
      // A third-party app asks users for consent; a machine-to-machine app has no user to ask.
      if (input.isThirdParty && input.type === 'MachineToMachine')
        throw new RequestError('application.invalid_third_party_application_type', 400);
      const row: ApplicationRow = {
        id: generateId(),
        name: input.name,
        description: input.description ?? null,
        type: input.type,
        oidc_client_metadata: JSON.stringify(
          input.oidcClientMetadata ?? { redirectUris: [], postLogoutRedirectUris: [] },
        ),
        custom_client_metadata: JSON.stringify(input.customClientMetadata ?? {}),
        custom_data: JSON.stringify(input.customData ?? {}),
        is_third_party: input.isThirdParty ? 1 : 0,
        protected_app_metadata: input.protectedAppMetadata ? JSON.stringify(input.protectedAppMetadata) : null,
        app_level_access_control_enabled: 0,
        created_at: clock(),
      };
      const secret = hasSecrets(input.type) ? generateSecret() : undefined;
      await applications.insert(row, secret ? newSecretRow(row.id, defaultSecretName, null, secret) : undefined);
      return { ...toApplication(row), secret: secret ?? '' };
    },

    async get(id: string): Promise<Application> {
      return withIsAdmin(toApplication(await findOrThrow(id)));
    },

    async list(
      filter: ApplicationFilter,
      page?: { offset: number; limit: number },
    ): Promise<{ items: Application[]; total: number }> {
      const [rows, total] = await Promise.all([applications.list(filter, page), applications.count(filter)]);
      return { items: rows.map(toApplication), total };
    },

    /** `saml` is the SAML applications' own API; the applications API leaves SAML apps alone, as Logto's. */
    async update(id: string, input: UpdateApplication, { saml = false } = {}): Promise<Application> {
      const current = await findOrThrow(id);
      if ((current.type === 'SAML') !== saml) throw saml ? samlOnly() : useSamlApi();
      checkRedirectUris(current.type as ApplicationType, input.oidcClientMetadata);
      checkDeviceFlow(current.type as ApplicationType, input.customClientMetadata);
      const changes: Partial<ApplicationRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.oidcClientMetadata) {
        changes.oidc_client_metadata = JSON.stringify({
          ...JSON.parse(current.oidc_client_metadata),
          ...input.oidcClientMetadata,
        });
      }
      if (input.customClientMetadata) {
        changes.custom_client_metadata = JSON.stringify({
          ...JSON.parse(current.custom_client_metadata),
          ...input.customClientMetadata,
        });
      }
      // Logto merges JSON fields on PATCH (top level), so a partial customData keeps the other keys.
      if (input.customData) {
        changes.custom_data = JSON.stringify({ ...JSON.parse(current.custom_data), ...input.customData });
      }
      // Logto Cloud's protected apps: null clears, an object merges over what is stored.
      if (input.protectedAppMetadata === null) changes.protected_app_metadata = null;
      else if (input.protectedAppMetadata) {
        const stored = current.protected_app_metadata ? JSON.parse(current.protected_app_metadata) : {};
        changes.protected_app_metadata = JSON.stringify({ ...stored, ...input.protectedAppMetadata });
      }
      if (input.appLevelAccessControlEnabled !== undefined) {
        if (input.appLevelAccessControlEnabled && !(await hasAccessRules?.(id)))
          throw new RequestError('request.invalid_input', 422, {
            message: 'Add at least one access control rule before turning access control on.',
          });
        changes.app_level_access_control_enabled = input.appLevelAccessControlEnabled ? 1 : 0;
      }
      await setIsAdmin(current, input.isAdmin);
      if (Object.keys(changes).length === 0) return withIsAdmin(toApplication(current));
      const updated = (await applications.update(id, changes)) as ApplicationRow;
      clients.changed(id);
      return withIsAdmin(toApplication(updated));
    },

    /** Logto's `PATCH /applications/:id/custom-data`: merged at the top level, answered with the result. */
    async patchCustomData(id: string, patch: Record<string, unknown>): Promise<Record<string, unknown>> {
      return (await this.update(id, { customData: patch })).customData;
    },

    async remove(id: string, { saml = false } = {}): Promise<void> {
      const current = await findOrThrow(id);
      if ((current.type === 'SAML') !== saml) throw saml ? samlOnly() : useSamlApi();
      const removed = await applications.delete(id);
      clients.changed(id);
      if (!removed) throw new RequestError('entity.not_found', 404);
    },

    async listSecrets(id: string): Promise<ApplicationSecret[]> {
      await findOrThrow(id);
      return (await applications.secrets(id)).map(toSecret);
    },

    async addSecret(id: string, name: string, expiresAt: number | null = null): Promise<ApplicationSecret> {
      const app = await findOrThrow(id);
      if (expiresAt !== null && expiresAt <= clock()) {
        throw new RequestError('request.invalid_input', 400, {
          details: 'The value of `expiresAt` must be in the future.',
        });
      }
      if (!hasSecrets(app.type as ApplicationType)) {
        throw new RequestError('application.invalid_type', 422, {
          message: 'Only Traditional, MachineToMachine and SAML applications have secrets.',
        });
      }
      const row = newSecretRow(id, name, expiresAt);
      await applications.insertSecret(row).catch((error) => {
        if (isUniqueViolation(error))
          throw new RequestError('application.secret_name_exists', 422, {
            message: 'A secret with this name already exists.',
          });
        throw error;
      });
      clients.changed(id);
      return toSecret(row);
    },

    async renameSecret(id: string, name: string, newName: string): Promise<ApplicationSecret> {
      await findOrThrow(id);
      const row = await applications.renameSecret(id, name, newName).catch((error) => {
        if (isUniqueViolation(error)) throw new RequestError('application.secret_name_exists', 422);
        throw error;
      });
      if (!row) throw new RequestError('entity.not_found', 404);
      return toSecret(row);
    },

    /**
     * Logto keeps a pre-1.19 secret in the application row and this route retires it. Tessera
     * never stored secrets there (every secret is a named one), so there is never one to retire.
     */
    async removeLegacySecret(id: string): Promise<never> {
      await findOrThrow(id);
      throw new RequestError('application.no_legacy_secret_found', 400);
    },

    async removeSecret(id: string, name: string): Promise<void> {
      await findOrThrow(id);
      const removed = await applications.deleteSecret(id, name);
      clients.changed(id);
      if (!removed) throw new RequestError('entity.not_found', 404);
    },

    /**
     * For the OIDC layer: the client and its valid secrets, or undefined. Read on every token
     * request (twice: normalizer and provider), so cached; a change is published to every node
     * (cache/invalidation.ts).
     */
    async findClient(id: string): Promise<ClientRecord | undefined> {
      const client = await clients.get(id, () => loadClient(id));
      if (client?.secretsExpireAt !== undefined && client.secretsExpireAt <= clock()) {
        clients.forget(id);
        return clients.get(id, () => loadClient(id));
      }
      return client;
    },

    /** Publishes a change to what the client record holds (its consent scopes), to every node. */
    invalidateClient(id: string): void {
      clients.changed(id);
    },

    /** Constant-time check of a presented secret against every valid one. */
    matchSecret(client: ClientRecord, presented: string): boolean {
      let matched = false;
      for (const secret of client.secrets) matched = safeEqual(secret, presented) || matched;
      return matched;
    },
  };

  async function loadClient(id: string): Promise<ClientRecord | undefined> {
    const row = await applications.findById(id);
    if (!row) return undefined;
    const now = clock();
    const type = row.type as ApplicationType;
    const valid = hasSecrets(type)
      ? openSecrets(await applications.secrets(id)).filter(({ row: s }) => s.expires_at === null || s.expires_at > now)
      : [];
    const expiries = valid.flatMap(({ row: s }) => (s.expires_at === null ? [] : [s.expires_at]));
    const oidc = JSON.parse(row.oidc_client_metadata);
    const isThirdParty = row.is_third_party === 1;
    const consentUserScopes =
      isThirdParty && extras
        ? (await extras.consentScopeIds(id)).filter((s) => s.scope_type === 'userScopes').map((s) => s.scope_id)
        : [];
    return {
      id,
      type,
      isThirdParty,
      consentUserScopes,
      redirectUris: oidc.redirectUris ?? [],
      postLogoutRedirectUris: oidc.postLogoutRedirectUris ?? [],
      custom: JSON.parse(row.custom_client_metadata),
      secrets: valid.map(({ value }) => value),
      ...(expiries.length > 0 && { secretsExpireAt: Math.min(...expiries) }),
      accessControlEnabled: row.app_level_access_control_enabled === 1,
      ...(oidc.backchannelLogoutUri && {
        backchannelLogoutUri: oidc.backchannelLogoutUri,
        backchannelLogoutSessionRequired: oidc.backchannelLogoutSessionRequired === true,
      }),
    };
  }
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
