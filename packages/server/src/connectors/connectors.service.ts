import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation, toFlag } from '../storage/database.js';
import { mapConnectorErrors, toRequestError } from './connectors.errors.js';
import { toConnectorResponse, toFactoryResponse } from './connectors.responses.js';
import type {
  AuthorizationUriRequest,
  ConnectorResponse,
  CreateConnector,
  MetadataOverrides,
  TestConnector,
  UpdateConnector,
} from './connectors.schemas.js';
import type { ConnectorRow, ConnectorsStore } from './connectors.store.js';
import {
  type Connector,
  ConnectorError,
  type ConnectorRuntime,
  type EmailTemplateDetails,
  isPasswordless,
  type PasswordlessMessage,
  type ProviderTokenResponse,
  parseConfig,
  type SocialSession,
} from './kit/index.js';
import type { ConnectorFactory, ConnectorRegistry } from './registry.js';
import { restoreMaskedSecrets } from './secret-mask.js';

type Json = Record<string, unknown>;

/** The slot a connector occupies: one Email, one SMS, one social connector per target and platform. */
function exclusiveKey(connector: Connector, overrides: MetadataOverrides): string {
  if (connector.type !== 'Social') return connector.type;
  return `Social:${overrides.target ?? connector.metadata.target}:${connector.metadata.platform}`;
}

/** Connector instances: configs validated by their factory, sealed at rest, secrets masked in answers. */
export function createConnectorsService(deps: {
  store: ConnectorsStore;
  registry: ConnectorRegistry;
  box: SecretBox;
  clock: () => number;
  /** The list of connectors is cached and dropped on every node when one changes. */
  cache: CacheTopics;
  /** The custom email template for a message's language and usage type, if there is one. */
  emailTemplate?: (
    locale: string | undefined,
    type: PasswordlessMessage['type'],
  ) => Promise<EmailTemplateDetails | undefined>;
  /** Told of each message `sendMessage` tried to send, by connector factory id (metrics). */
  onMessage?: (factoryId: string, type: PasswordlessMessage['type'], ok: boolean) => void;
}) {
  const { store, registry, box, clock } = deps;
  const all = createSharedCache<ConnectorResponse[]>(deps.cache, 'connectors', { clock });
  const openConfig = (row: ConnectorRow) => JSON.parse(box.open(row.config)) as Json;

  const toResponse = (row: ConnectorRow, factory: ConnectorFactory) =>
    toConnectorResponse(row, factory, openConfig(row));

  async function findOrThrow(id: string) {
    const row = await store.findById(id);
    const factory = row && registry.get(row.connector_id);
    if (!row || !factory) throw new RequestError('entity.not_found', 404);
    return { row, factory };
  }

  /** Masks resolved against the stored config, then the factory's schema: every bad field named, nothing saved. */
  function validConfig(factory: ConnectorFactory, draft: Json, stored: Json | undefined): Json {
    const { connector, secretKeys } = factory;
    const { config, unresolved } = restoreMaskedSecrets(draft, stored, secretKeys);
    const provider = connector.metadata.name.en;
    if (unresolved.length > 0)
      throw toRequestError(
        new ConnectorError('invalid_config', {
          message: `The ${provider} configuration is invalid: ${unresolved.map((key) => `${key}: holds the mask ******** but no value is stored to keep; send the real value`).join('; ')}`,
          provider,
        }),
      );
    try {
      return parseConfig(connector.configSchema, config, provider) as Json;
    } catch (error) {
      throw error instanceof ConnectorError ? toRequestError(error) : error;
    }
  }

  /** Logto's rule: only standard connectors (generic OAuth 2.0/OIDC) take metadata overrides, and need a target. */
  function checkOverrides(connector: Connector, given: MetadataOverrides = {}): MetadataOverrides {
    if (connector.metadata.isStandard !== true) {
      if (Object.keys(given).length > 0)
        throw new RequestError('connector.cannot_overwrite_metadata_for_non_standard_connector', 400);
      return {};
    }
    if (!given.target) throw new RequestError('connector.should_specify_target', 400);
    return given;
  }

  const slotTaken = (error: unknown) => {
    if (isUniqueViolation(error)) throw new RequestError('connector.multiple_target_with_same_platform', 422);
    throw error;
  };

  return {
    listFactories: () => registry.list().map(toFactoryResponse),

    getFactory(id: string) {
      const factory = registry.get(id);
      if (!factory) throw new RequestError('entity.not_found', 404);
      return toFactoryResponse(factory);
    },

    /** Read by every sign-in page and code sent: cached (each config is decrypted once per change). */
    async list(target?: string): Promise<ConnectorResponse[]> {
      const answers = await all.get('all', async () =>
        (await store.list()).flatMap((row) => {
          const factory = registry.get(row.connector_id);
          return factory ? [toResponse(row, factory)] : [];
        }),
      );
      return target === undefined ? answers : answers.filter((answer) => answer.target === target);
    },

    async get(id: string): Promise<ConnectorResponse> {
      const { row, factory } = await findOrThrow(id);
      return toResponse(row, factory);
    },

    /** A new Email or SMS connector replaces the active one; a second social one for a target is refused. */
    async create(input: CreateConnector): Promise<ConnectorResponse> {
      const factory = registry.get(input.connectorId);
      if (!factory)
        throw new RequestError('connector.not_found', 422, {
          message: `There is no connector factory "${input.connectorId}"; GET /api/connector-factories lists them.`,
          data: { connectorId: input.connectorId },
        });
      const { connector } = factory;
      const overrides = checkOverrides(connector, input.metadata);
      const config = validConfig(factory, input.config, undefined);
      // Logto lets the caller choose the id (kept unique, as every id).
      if (input.id !== undefined && (await store.findById(input.id)))
        throw new RequestError('connector.id_exists', 422, {
          message: `A connector with id "${input.id}" already exists.`,
        });
      const now = clock();
      const row: ConnectorRow = {
        id: input.id ?? generateId(),
        connector_id: connector.metadata.id,
        config: box.seal(JSON.stringify(config)),
        metadata: JSON.stringify(overrides),
        sync_profile: toFlag(input.syncProfile ?? false),
        enable_token_storage: toFlag(input.enableTokenStorage ?? false),
        exclusive_key: exclusiveKey(connector, overrides),
        created_at: now,
        updated_at: now,
      };
      if (isPasswordless(connector)) await store.insertReplacing(row);
      else await store.insert(row).catch(slotTaken);
      all.changed();
      return toResponse(row, factory);
    },

    async update(id: string, input: UpdateConnector): Promise<ConnectorResponse> {
      const { row, factory } = await findOrThrow(id);
      const changes: Partial<ConnectorRow> = {};
      if (input.metadata !== undefined) {
        // Overrides merge at the top level, as JSON fields do on PATCH elsewhere.
        const stored = JSON.parse(row.metadata) as MetadataOverrides;
        const overrides = checkOverrides(factory.connector, { ...stored, ...input.metadata });
        changes.metadata = JSON.stringify(overrides);
        changes.exclusive_key = exclusiveKey(factory.connector, overrides);
      }
      if (input.config !== undefined)
        changes.config = box.seal(JSON.stringify(validConfig(factory, input.config, openConfig(row))));
      if (input.syncProfile !== undefined) changes.sync_profile = toFlag(input.syncProfile);
      if (input.enableTokenStorage !== undefined) changes.enable_token_storage = toFlag(input.enableTokenStorage);
      if (Object.keys(changes).length === 0) return toResponse(row, factory);
      const updated = await store.update(id, { ...changes, updated_at: clock() }).catch(slotTaken);
      all.changed();
      if (!updated) throw new RequestError('entity.not_found', 404);
      return toResponse(updated, factory);
    },

    async remove(id: string): Promise<void> {
      const removed = await store.delete(id);
      all.changed();
      if (!removed) throw new RequestError('entity.not_found', 404);
    },

    /** Sends a Generic test code with a draft config; nothing is stored, whatever the outcome. */
    async test(factoryId: string, input: TestConnector): Promise<void> {
      const factory = registry.get(factoryId);
      if (!factory) throw new RequestError('entity.not_found', 404);
      const { connector } = factory;
      if (!isPasswordless(connector))
        throw new RequestError('connector.unexpected_type', 400, {
          message: 'Only Email and SMS connectors can send a test message.',
        });
      const to = connector.type === 'Sms' ? input.phone : input.email;
      if (to === undefined)
        throw new RequestError('guard.invalid_input', 400, {
          message: `A ${connector.type === 'Sms' ? 'phone' : 'email'} is required to test a ${connector.type} connector.`,
        });
      const [stored] = await store.findByFactory(factoryId);
      const config = validConfig(factory, input.config, stored && openConfig(stored));
      const message: PasswordlessMessage = { to, type: 'Generic', payload: { code: '000000', locale: input.locale } };
      await mapConnectorErrors(() => connector.sendMessage(message, config, registry.runtime(connector)));
    },

    /**
     * The provider's authorization URL for a social connector, as Logto's console uses to try
     * one out. Nothing is kept: the connector's session (e.g. an OIDC nonce) goes nowhere.
     */
    async authorizationUri(id: string, input: AuthorizationUriRequest): Promise<{ redirectTo: string }> {
      const { row, factory } = await findOrThrow(id);
      const { connector } = factory;
      if (connector.type !== 'Social')
        throw new RequestError('connector.unexpected_type', 400, {
          message: 'Only social connectors have an authorization URI.',
        });
      let session: SocialSession = {};
      const runtime = {
        ...registry.runtime(connector),
        getSession: async () => session,
        setSession: async (next: SocialSession) => {
          session = next;
        },
      };
      const request = { ...input, connectorId: id, connectorFactoryId: connector.metadata.id };
      const redirectTo = await mapConnectorErrors(() =>
        connector.getAuthorizationUri(request, openConfig(row), runtime),
      );
      return { redirectTo };
    },

    /**
     * Logto's `POST /users/:userId/identities`: asks a social connector who `connectorData`
     * (e.g. an authorization code, and the `redirectUri` it was issued for) belongs to. No sign-in
     * session: a connector that keeps more than the redirect URI between the two legs (an OIDC
     * nonce) can not answer.
     */
    async socialUserInfo(id: string, connectorData: Record<string, unknown>) {
      const { row, factory } = await findOrThrow(id);
      const { connector } = factory;
      if (connector.type !== 'Social')
        throw new RequestError('session.invalid_connector_id', 422, {
          message: `There is no social connector with id ${id}.`,
          data: { connectorId: id },
        });
      const overrides = JSON.parse(row.metadata) as MetadataOverrides;
      // The redirect URI the code was issued for comes with the data (no sign-in session holds it).
      const { redirectUri } = connectorData;
      const session: SocialSession = typeof redirectUri === 'string' ? { redirectUri } : {};
      const runtime = { ...registry.runtime(connector), getSession: async () => session, setSession: async () => {} };
      const userInfo = await mapConnectorErrors(() => connector.getUserInfo(connectorData, openConfig(row), runtime));
      return { target: overrides.target ?? connector.metadata.target, userInfo };
    },

    /**
     * A new provider access token for a stored refresh token, through the connector that issued
     * it; only while that connector keeps tokens (Logto's `connector.token_storage_not_supported`).
     */
    async refreshProviderToken(id: string, refreshToken: string): Promise<ProviderTokenResponse> {
      const { row, factory } = await findOrThrow(id);
      const { connector } = factory;
      const refresh = connector.type === 'Social' ? connector.getAccessTokenByRefreshToken : undefined;
      if (!refresh || row.enable_token_storage !== 1 || connector.metadata.isTokenStorageSupported !== true)
        throw new RequestError('connector.token_storage_not_supported', 422, {
          message: 'The connector does not keep provider tokens (enableTokenStorage), so it cannot refresh them.',
        });
      return mapConnectorErrors(() => refresh(refreshToken, openConfig(row), registry.runtime(connector)));
    },

    /** For the sign-in flows: sends through the active Email or SMS connector. */
    async sendMessage(type: 'Email' | 'Sms', message: PasswordlessMessage): Promise<void> {
      const row = await store.findByExclusiveKey(type);
      const factory = row && registry.get(row.connector_id);
      if (!row || !factory || !isPasswordless(factory.connector))
        throw new RequestError('connector.not_found', 422, { data: { type } });
      const { connector } = factory;
      const config = openConfig(row);
      const template = type === 'Email' ? await deps.emailTemplate?.(message.payload.locale, message.type) : undefined;
      const sent = template ? { ...message, template } : message;
      try {
        await mapConnectorErrors(() => connector.sendMessage(sent, config, registry.runtime(connector)));
      } catch (error) {
        deps.onMessage?.(connector.metadata.id, message.type, false);
        throw error;
      }
      deps.onMessage?.(connector.metadata.id, message.type, true);
    },

    /** For social sign-in: a connector with its opened config, its runtime and its target (overrides applied). */
    async findWithConfig(
      id: string,
    ): Promise<{ connector: Connector; config: Json; row: ConnectorRow; runtime: ConnectorRuntime; target: string }> {
      const { row, factory } = await findOrThrow(id);
      const { connector } = factory;
      const overrides = JSON.parse(row.metadata) as MetadataOverrides;
      const target = overrides.target ?? connector.metadata.target;
      return { connector, config: openConfig(row), row, runtime: registry.runtime(connector), target };
    },
  };
}

export type ConnectorsService = ReturnType<typeof createConnectorsService>;
