import { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { extraClientMetadataProperties } from './client-metadata.js';

/**
 * OAuth Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document-02), through
 * oidc-provider's own `clientIdMetadataDocument` feature: a client_id that is an https URL is
 * fetched (metadata-document-fetch.ts), its `client_id` must equal the URL, shared-secret
 * methods are refused, redirect URIs match exactly, and the document is cached as its HTTP
 * caching headers say, between 30 s and one day (at most 100 documents). What Tessera adds: the
 * realm's on/off switch (`/api/configs/cimd`), the realm's consent scope ceiling, and the rule
 * that such a client is always a third-party one (consent page, PKCE, code flow only).
 */
export interface CimdDeps {
  enabled: () => boolean;
  /** The user scopes (profile, email…) any metadata document client may ask for. */
  userScopeCeiling: () => Promise<string[]>;
  fetch: (url: URL | string, init: RequestInit) => Promise<Response>;
}

/** An https URL as client_id: registered application ids never are. */
export const isCimdClientId = (clientId: unknown): boolean =>
  typeof clientId === 'string' && clientId.startsWith('https://');

/** Longer ids are refused before any fetch (Logto's bound too). */
const maxClientIdLength = 2048;

const unknownClient = () => new errors.InvalidClient('client is invalid', 'client not found');

type Client = NonNullable<KoaContextWithOIDC['oidc']['client']>;

export function clientIdMetadataDocumentFeature(deps: CimdDeps) {
  return {
    enabled: true,
    ack: 'draft-02',
    // Off: an https URL client_id is as unknown as any other unregistered id.
    allowFetch: async (_ctx: unknown, clientId: string) => {
      if (!deps.enabled() || clientId.length > maxClientIdLength) throw unknownClient();
      return true;
    },
    // Runs on every use, cached documents too: the switch and the ceiling apply at once.
    allowClient: async (_ctx: unknown, client: Client) => {
      if (!deps.enabled()) throw unknownClient();
      (client as Client & { scope: string }).scope = [
        'openid',
        'offline_access',
        ...(await deps.userScopeCeiling()),
      ].join(' ');
      return true;
    },
    cacheDuration: { min: 30, max: 86_400 },
  };
}

/**
 * `extraClientMetadata.validator` for metadata documents (called once per extra property, with
 * the client's metadata to check or change): Tessera's own properties cannot come from a remote
 * document, the client is third-party, and it gets the code flow (and refresh tokens) only,
 * whatever grant or response types the document declares.
 */
export function validateDocumentMetadata(key: string, value: unknown, metadata: Record<string, unknown>): void {
  if (!isCimdClientId(metadata.client_id)) return;
  if (value !== undefined)
    throw new errors.InvalidClientMetadata(`client_id metadata document must not contain ${key}`);
  if (key !== extraClientMetadataProperties.at(-1)) return;
  metadata.tesseraThirdParty = true;
  metadata.grant_types = ['authorization_code', 'refresh_token'];
  metadata.response_types = ['code'];
}

/** Discovery says `client_id_metadata_document_supported` only while the realm has them on. */
export function hideWhenDisabled(deps: Pick<CimdDeps, 'enabled'>) {
  return async (ctx: { body?: unknown }, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && 'client_id_metadata_document_supported' in body && !deps.enabled())
      delete body.client_id_metadata_document_supported;
  };
}
