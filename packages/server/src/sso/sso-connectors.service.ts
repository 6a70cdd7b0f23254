import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import { configJsonSchema, maskSecrets, restoreMaskedSecrets } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation, toFlag } from '../storage/database.js';
import type { SsoDriverRegistry } from './drivers.js';
import { publicEmailDomains } from './public-email-domains.js';
import type { CreateSsoConnector, SsoConnectorResponse, UpdateSsoConnector } from './sso-connectors.schemas.js';
import type { SsoConnectorRow, SsoStore } from './sso-connectors.store.js';
import type { SsoConnectorForDriver, SsoDriver, SsoProviderName } from './sso-driver.js';
import { connectorNotFound, mapSsoErrors } from './sso-errors.js';

type Json = Record<string, unknown>;

/** A stored connector with its config unsealed and its driver: what the cache holds. */
export interface LoadedSsoConnector {
  row: SsoConnectorRow;
  driver: SsoDriver;
  connector: SsoConnectorForDriver;
  branding: SsoConnectorResponse['branding'];
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`).join('; ');

/**
 * Enterprise SSO connectors: configs validated by their driver, sealed at rest, secrets masked
 * in answers; each email domain belongs to one connector at most and never to a public email
 * service. Read on every sign-in page, so the unsealed list is cached per node and dropped on
 * every node when one changes.
 */
export function createSsoConnectorsService(deps: {
  store: SsoStore;
  drivers: SsoDriverRegistry;
  box: SecretBox;
  clock: () => number;
  cache: CacheTopics;
  /** The server's public URL, for SAML SP URLs and redirect URIs. */
  endpoint: string;
}) {
  const { store, drivers, box, clock } = deps;
  const all = createSharedCache<LoadedSsoConnector[]>(deps.cache, 'sso-connectors', { clock });

  function load(row: SsoConnectorRow): LoadedSsoConnector | undefined {
    const driver = drivers.get(row.provider_name as SsoProviderName);
    if (!driver) return undefined;
    const config = JSON.parse(box.open(row.config)) as Json;
    const domains = JSON.parse(row.domains) as string[];
    const connector = { id: row.id, providerName: driver.providerName, config, domains };
    return { row, driver, connector, branding: JSON.parse(row.branding) as LoadedSsoConnector['branding'] };
  }

  const list = () => all.get('all', async () => (await store.listConnectors()).flatMap((row) => load(row) ?? []));

  async function findLoaded(id: string): Promise<LoadedSsoConnector> {
    const found = (await list()).find((entry) => entry.row.id === id);
    if (!found) throw connectorNotFound(id);
    return found;
  }

  /** `providerConfig` when the connector is complete and its provider answers; absent otherwise. */
  const providerConfigOf = ({ driver, connector }: LoadedSsoConnector) =>
    Object.keys(connector.config).length === 0
      ? Promise.resolve(undefined)
      : driver.providerConfig(connector, { baseUrl: deps.endpoint }).catch(() => undefined);

  function toResponse(entry: LoadedSsoConnector, providerConfig: Json | undefined): SsoConnectorResponse {
    const { row, driver, connector, branding } = entry;
    return {
      tenantId: 'default',
      id: row.id,
      providerName: driver.providerName,
      connectorName: row.connector_name,
      config: maskSecrets(connector.config, [...driver.secretKeys]),
      domains: connector.domains,
      branding,
      syncProfile: row.sync_profile === 1,
      enableTokenStorage: false,
      createdAt: Number(row.created_at),
      name: nameOf(driver),
      providerType: driver.providerType,
      providerLogo: driver.logo,
      providerLogoDark: driver.logoDark,
      ...(providerConfig && { providerConfig }),
    };
  }

  const answer = async (entry: LoadedSsoConnector) => toResponse(entry, await providerConfigOf(entry));

  function driverOf(providerName: SsoProviderName): SsoDriver {
    const driver = drivers.get(providerName);
    if (!driver)
      throw new RequestError('single_sign_on.provider_not_supported', 422, {
        message: `This server offers no ${providerName} SSO provider; GET /api/sso-connector-providers lists them.`,
        data: { providerName },
      });
    return driver;
  }

  /** The driver's schema, then (complete configs only) the provider itself: every bad field named, nothing saved. */
  async function validConfig(driver: SsoDriver, draft: Json, stored: Json, id: string, domains: string[]) {
    const { config, unresolved } = restoreMaskedSecrets(draft, stored, [...driver.secretKeys]);
    if (unresolved.length > 0)
      throw new RequestError('connector.invalid_config', 422, {
        message: `${unresolved.join(', ')} holds the mask ******** but no value is stored to keep; send the real value.`,
      });
    if (Object.keys(config as Json).length === 0) return {};
    const parsed = driver.configGuard.safeParse(config);
    if (!parsed.success)
      throw new RequestError('connector.invalid_config', 422, {
        message: `The ${driver.providerName} configuration is invalid: ${describeIssues(parsed.error.issues)}`,
        data: { issues: parsed.error.issues },
      });
    const connector = { id, providerName: driver.providerName, config: parsed.data, domains };
    await mapSsoErrors(() => driver.providerConfig(connector, { baseUrl: deps.endpoint }));
    return parsed.data;
  }

  async function checkDomains(domains: string[], exceptId?: string): Promise<string[]> {
    const unique = [...new Set(domains)];
    const forbidden = unique.filter((domain) => publicEmailDomains.has(domain));
    if (forbidden.length > 0)
      throw new RequestError('single_sign_on.forbidden_domains', 422, {
        message: `Public email domains cannot belong to an enterprise connector: ${forbidden.join(', ')}.`,
        data: { domains: forbidden },
      });
    for (const other of await list()) {
      if (other.row.id === exceptId) continue;
      const taken = unique.filter((domain) => other.connector.domains.includes(domain));
      if (taken.length > 0)
        throw new RequestError('single_sign_on.duplicated_domains', 422, {
          message: `${taken.join(', ')} already belongs to the connector "${other.row.connector_name}"; a domain belongs to one connector only.`,
          data: { domains: taken, connectorId: other.row.id },
        });
    }
    return unique;
  }

  const nameTaken = (error: unknown) => {
    if (isUniqueViolation(error))
      throw new RequestError('single_sign_on.duplicate_connector_name', 409, {
        message: 'An enterprise SSO connector with this name already exists.',
      });
    throw error;
  };

  return {
    listProviders: () =>
      [...drivers.values()].map((driver) => ({
        providerName: driver.providerName,
        providerType: driver.providerType,
        logo: driver.logo,
        logoDark: driver.logoDark,
        description: driver.description.en,
        name: nameOf(driver),
        configSchema: configJsonSchema(driver.configGuard),
        secretKeys: [...driver.secretKeys],
      })),

    async list(page?: { offset: number; limit: number }) {
      const entries = await list();
      const slice = page ? entries.slice(page.offset, page.offset + page.limit) : entries;
      return { items: await Promise.all(slice.map(answer)), total: entries.length };
    },

    get: async (id: string) => answer(await findLoaded(id)),

    /** The connector with its unsealed config, for the sign-in flow. */
    loaded: findLoaded,
    all: list,

    async create(input: CreateSsoConnector): Promise<SsoConnectorResponse> {
      const driver = driverOf(input.providerName);
      const id = generateId();
      const domains = await checkDomains(input.domains ?? []);
      const config = await validConfig(driver, input.config ?? {}, {}, id, domains);
      const row: SsoConnectorRow = {
        id,
        provider_name: driver.providerName,
        connector_name: input.connectorName,
        config: box.seal(JSON.stringify(config)),
        domains: JSON.stringify(domains),
        branding: JSON.stringify(input.branding ?? {}),
        sync_profile: toFlag(input.syncProfile ?? false),
        created_at: clock(),
      };
      await store.insertConnector(row).catch(nameTaken);
      all.changed();
      return answer(load(row) as LoadedSsoConnector);
    },

    /** A partial update; `config` merges into the stored one (a masked secret keeps the stored value). */
    async update(id: string, input: UpdateSsoConnector): Promise<SsoConnectorResponse> {
      const entry = await findLoaded(id);
      const changes: Partial<SsoConnectorRow> = {};
      const domains = input.domains === undefined ? entry.connector.domains : await checkDomains(input.domains, id);
      if (input.domains !== undefined) changes.domains = JSON.stringify(domains);
      if (input.config !== undefined) {
        const stored = entry.connector.config;
        const config = await validConfig(entry.driver, { ...stored, ...input.config }, stored, id, domains);
        changes.config = box.seal(JSON.stringify(config));
      }
      if (input.connectorName !== undefined) changes.connector_name = input.connectorName;
      if (input.branding !== undefined) changes.branding = JSON.stringify(input.branding);
      if (input.syncProfile !== undefined) changes.sync_profile = toFlag(input.syncProfile);
      if (Object.keys(changes).length === 0) return answer(entry);
      const updated = await store.updateConnector(id, changes).catch(nameTaken);
      all.changed();
      if (!updated) throw connectorNotFound(id);
      return answer(load(updated) as LoadedSsoConnector);
    },

    async remove(id: string): Promise<void> {
      const removed = await store.deleteConnector(id);
      all.changed();
      if (!removed) throw connectorNotFound(id);
    },

    /** Connectors usable for sign-in whose domains hold the email's domain (Logto's `GET /experience/sso-connectors`). */
    async idsForEmail(email: string): Promise<string[]> {
      const domain = email.split('@').pop()?.toLowerCase();
      if (!domain || !email.includes('@')) return [];
      return (await list())
        .filter((entry) => Object.keys(entry.connector.config).length > 0 && entry.connector.domains.includes(domain))
        .map((entry) => entry.row.id);
    },

    /** Logto's `ssoConnectors` of the public sign-in experience: complete connectors only. */
    async publicList() {
      return (await list())
        .filter((entry) => Object.keys(entry.connector.config).length > 0)
        .map(({ row, driver, branding }) => ({
          id: row.id,
          connectorName: branding.displayName ?? row.connector_name,
          logo: branding.logo ?? driver.logo,
          darkLogo: branding.darkLogo ?? driver.logoDark,
        }));
    },
  };
}

const names: Record<SsoProviderName, string> = {
  OIDC: 'OIDC',
  SAML: 'SAML',
  AzureAD: 'Microsoft Entra ID (SAML)',
  AzureAdOidc: 'Microsoft Entra ID (OIDC)',
  GoogleWorkspace: 'Google Workspace',
  Okta: 'Okta',
};
const nameOf = (driver: SsoDriver) => names[driver.providerName];

export type SsoConnectorsService = ReturnType<typeof createSsoConnectorsService>;
