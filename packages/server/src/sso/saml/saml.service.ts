import { timingSafeEqual } from 'node:crypto';
import { generateId } from '../../crypto/ids.js';
import { SsoDriverError } from '../sso-driver.js';
import {
  describeIdp,
  type SamlConnectorConfig,
  type SamlIdpMetadata,
  samlConnectorConfigGuard,
} from './saml.config.js';
import type { SamlSsoStore } from './saml.store.js';
import { defaultAttributeMapping, identityFromAssertion, type SamlIdentity } from './saml-identity.js';
import { resolveIdpMetadata, SamlMetadataError } from './saml-metadata.js';
import { MetadataFetchError } from './saml-metadata-fetch.js';
import {
  buildAuthnRequestUrl,
  readSamlResponse,
  SamlResponseError,
  type SpSigningKey,
  serviceProvider,
  validateSamlResponse,
} from './saml-sp.js';

/** The connector as the SAML drivers see it (sso-core's `SsoConnectorForDriver`). */
export interface SamlConnectorRecord {
  id: string;
  providerName: string;
  config: Record<string, unknown>;
  domains: string[];
}

export interface SamlSsoDeps {
  store: SamlSsoStore;
  fetchMetadata: (url: string) => Promise<string>;
  now?: () => number;
  /** The SP key that signs AuthnRequests, when the connector has an active one. */
  signingKey?: (connectorId: string) => Promise<SpSigningKey | undefined>;
  /** How long a person has to sign in at the IdP (default 10 minutes). */
  requestTtlMs?: number;
  /** Clock difference tolerated on NotBefore / NotOnOrAfter (default 60 s). */
  clockSkewMs?: number;
  /** Keeps metadata fetched from a metadata URL for a while (dropped when the connector changes). */
  metadataCache?: MetadataCache;
}

/** Parsed IdP metadata per connector and URL (cache/shared-cache.ts). */
export interface MetadataCache {
  get(key: string, load: () => Promise<SamlIdpMetadata>): Promise<SamlIdpMetadata>;
  forget(key: string): void;
}

/** At most one forced metadata refresh per connector in this time (a bad response cannot make us fetch on each POST). */
const refreshIntervalMs = 10_000;

const dialectOf = (connector: SamlConnectorRecord) => (connector.providerName === 'AzureAD' ? 'AzureAD' : 'SAML');

function equalText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Enterprise SSO through SAML 2.0 IdPs (providers `SAML` and `AzureAD`): the rules, no HTTP. */
export function createSamlSso(deps: SamlSsoDeps) {
  const now = deps.now ?? Date.now;
  const requestTtlMs = deps.requestTtlMs ?? 10 * 60_000;
  const clockSkewMs = deps.clockSkewMs ?? 60_000;

  function parseConfig(connector: SamlConnectorRecord): SamlConnectorConfig {
    const parsed = samlConnectorConfigGuard.safeParse(connector.config);
    if (!parsed.success)
      throw new SsoDriverError(
        'invalid_config',
        'The SAML connector needs a metadata URL, metadata XML, or an entity id, sign-in URL and certificate.',
      );
    return parsed.data;
  }

  const cacheKey = (connector: SamlConnectorRecord, url: string) => `${connector.id} ${url}`;
  const lastRefresh = new Map<string, number>();

  async function idpOf(connector: SamlConnectorRecord): Promise<SamlIdpMetadata> {
    try {
      const config = parseConfig(connector);
      const resolve = () => resolveIdpMetadata(config, deps.fetchMetadata);
      if (!config.metadataUrl || !deps.metadataCache) return await resolve();
      return await deps.metadataCache.get(cacheKey(connector, config.metadataUrl), resolve);
    } catch (error) {
      if (error instanceof SamlMetadataError) throw new SsoDriverError('invalid_config', error.message);
      if (error instanceof MetadataFetchError) throw new SsoDriverError('provider_unreachable', error.message);
      throw error;
    }
  }

  /**
   * Drops the connector's cached metadata (the IdP may have rotated its certificate since), at
   * most once per `refreshIntervalMs`: true when it did, and the caller may try again.
   */
  function refreshMetadata(connector: SamlConnectorRecord): boolean {
    const url = parseConfig(connector).metadataUrl;
    if (!url || !deps.metadataCache) return false;
    const at = now();
    if ((lastRefresh.get(connector.id) ?? Number.NEGATIVE_INFINITY) > at - refreshIntervalMs) return false;
    if (lastRefresh.size > 1000) lastRefresh.clear();
    lastRefresh.set(connector.id, at);
    deps.metadataCache.forget(cacheKey(connector, url));
    return true;
  }

  return {
    /** Logto's providerConfig: the SP's entity id and ACS URL, and the parsed IdP metadata when it resolves. */
    async providerConfig(connector: SamlConnectorRecord, { baseUrl }: { baseUrl: string }) {
      const identityProvider = await idpOf(connector).then(
        (idp) => describeIdp(idp, now()),
        () => undefined,
      );
      const signingKey = await deps.signingKey?.(connector.id);
      return {
        defaultAttributeMapping,
        serviceProvider: {
          ...serviceProvider(baseUrl, connector.id),
          // What the IdP needs to check signed AuthnRequests: the active SP signing key's certificate.
          authnRequestsSigned: signingKey !== undefined,
          ...(signingKey && { signingCertificate: signingKey.certificate }),
        },
        ...(identityProvider && { identityProvider }),
      };
    },

    /** Checks the config resolves (metadata fetched and parsed, certificates valid X.509). */
    async checkConfig(connector: SamlConnectorRecord): Promise<void> {
      await idpOf(connector);
    },

    /** Issues an AuthnRequest and remembers it; the session names it for `takeIdentity`. */
    async authorizationUri(
      connector: SamlConnectorRecord,
      input: { state: string; redirectUri: string; baseUrl: string },
    ): Promise<{ uri: string; session: Record<string, unknown> }> {
      // The ACS sends the browser there: only to this server's own pages (no open redirect).
      if (new URL(input.redirectUri).origin !== new URL(input.baseUrl).origin)
        throw new SsoDriverError('authorization_failed', 'The redirectUri of a SAML sign-in must be on this server.');
      const idp = await idpOf(connector);
      const requestId = `_${generateId(32)}`;
      const createdAt = now();
      await deps.store.purgeExpired(createdAt);
      await deps.store.insertRequest({
        id: requestId,
        connector_id: connector.id,
        status: 'pending',
        identity: null,
        redirect_uri: input.redirectUri,
        state: input.state,
        created_at: createdAt,
        expires_at: createdAt + requestTtlMs,
      });
      const uri = await buildAuthnRequestUrl({
        sp: serviceProvider(input.baseUrl, connector.id),
        idp,
        requestId,
        relayState: requestId,
        signingKey: await deps.signingKey?.(connector.id),
      });
      return { uri, session: { samlRequestId: requestId, state: input.state } };
    },

    /**
     * The ACS: validates the IdP's POSTed SAMLResponse against the request it answers, stores the
     * identity on that request, and tells where to send the browser (the sign-in page, with `state`).
     */
    async acceptResponse(
      connector: SamlConnectorRecord,
      input: { samlResponse: string; relayState?: string; baseUrl: string },
    ): Promise<{ redirectTo: string }> {
      const refuse = (message: string) => new SsoDriverError('authorization_failed', message);
      try {
        const { inResponseTo } = readSamlResponse(input.samlResponse);
        const at = now();
        const request = await deps.store.findRequest(connector.id, inResponseTo);
        if (!request || request.expires_at <= at)
          throw refuse(
            'The SAML response answers no sign-in request of this connector (unknown or expired InResponseTo).',
          );
        if (request.status !== 'pending') throw refuse('This sign-in request was already answered.');
        if (input.relayState !== undefined && input.relayState !== '' && input.relayState !== request.id)
          throw refuse('The RelayState does not match the sign-in request.');
        const validate = async () =>
          validateSamlResponse({
            samlResponse: input.samlResponse,
            sp: serviceProvider(input.baseUrl, connector.id),
            idp: await idpOf(connector),
            pending: { id: request.id, createdAt: request.created_at, expiresAt: request.expires_at },
            clockSkewMs,
          });
        // Refused with cached metadata: once more with the IdP's current metadata (a new certificate).
        const assertion = await validate().catch((error: unknown) => {
          if (error instanceof SamlResponseError && refreshMetadata(connector)) return validate();
          throw error;
        });
        const config = parseConfig(connector);
        let identity: SamlIdentity;
        try {
          identity = identityFromAssertion(assertion, {
            dialect: dialectOf(connector),
            mapping: config.attributeMapping,
            domains: connector.domains,
          });
        } catch (error) {
          throw refuse((error as Error).message);
        }
        const outcome = await deps.store.completeRequest({
          connectorId: connector.id,
          requestId: request.id,
          assertionId: assertion.assertionId,
          assertionExpiresAt: Math.max(assertion.notOnOrAfter, at) + clockSkewMs,
          identity: JSON.stringify(identity),
          now: at,
        });
        if (outcome === 'replayed') throw refuse('This assertion was already used (replay refused).');
        if (outcome === 'used') throw refuse('This sign-in request was already answered.');
        const redirectTo = new URL(request.redirect_uri);
        redirectTo.searchParams.set('state', request.state);
        return { redirectTo: redirectTo.toString() };
      } catch (error) {
        if (error instanceof SamlResponseError) throw refuse(error.message);
        throw error;
      }
    },

    /** The Experience API's verify: takes the identity the ACS stored for this session's request, once. */
    async takeIdentity(
      connector: SamlConnectorRecord,
      input: { session: Record<string, unknown>; data: Record<string, unknown> },
    ): Promise<SamlIdentity> {
      const requestId = input.session.samlRequestId;
      const notFound = () =>
        new SsoDriverError(
          'authorization_failed',
          'No verified SAML sign-in was found for this verification (the IdP has not answered, or it was used). Sign in again.',
        );
      if (typeof requestId !== 'string') throw notFound();
      const request = await deps.store.findRequest(connector.id, requestId);
      if (!request) throw notFound();
      if (typeof input.data.state === 'string' && !equalText(input.data.state, request.state))
        throw new SsoDriverError('state_mismatch', 'The state does not match the SAML sign-in request.');
      const identity = await deps.store.takeIdentity(connector.id, requestId, now());
      if (!identity) throw notFound();
      return JSON.parse(identity) as SamlIdentity;
    },
  };
}

export type SamlSso = ReturnType<typeof createSamlSso>;
