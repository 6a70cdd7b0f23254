import type { z } from 'zod';
import type { ConnectorPlatform, TemplateType } from './kinds.js';
import type { ProviderHttp } from './provider-http.js';

/**
 * The connector contract (Logto's connector kit, in our own words). A connector is a plain
 * object made with `defineConnector`: metadata, a zod config schema (which validates, types the
 * config and documents it, secret fields marked), and the calls of its type.
 */
export {
  type ConnectorPlatform,
  type ConnectorType,
  connectorPlatforms,
  connectorTypes,
  type TemplateType,
  templateTypes,
} from './kinds.js';

/** Phrases keyed by language tag; `en` is always there. */
export type I18nPhrases = { en: string } & Record<string, string>;

export interface ConnectorMetadata {
  /** The factory id, unique among installed connectors (e.g. `twilio-short-message-service`). */
  id: string;
  /** The provider key; a user has at most one social identity per target. */
  target: string;
  /** Social connectors only; null for Email and SMS. */
  platform: ConnectorPlatform | null;
  name: I18nPhrases;
  description: I18nPhrases;
  logo: string;
  logoDark?: string | null;
  /** Markdown; when absent it is read from docs/connectors/<id>.md. */
  readme?: string;
  /** Generic connectors (OAuth 2.0, OIDC) that may be added several times with their own target. */
  isStandard?: boolean;
  /** An example configuration, shown to administrators as `configTemplate`. */
  configExample?: Record<string, unknown>;
  /** Logto's `isTokenStorageSupported`: the connector hands over the provider's token response (see token-vault/). */
  isTokenStorageSupported?: boolean;
}

export interface PasswordlessMessage {
  /** E-mail address, or phone number in digits only (country code first, no `+`). */
  to: string;
  type: TemplateType;
  payload: { code: string; link?: string; locale?: string } & Record<string, string | undefined>;
  /** A custom email template for this message's language and usage type; it replaces the connector's own. */
  template?: EmailTemplateDetails;
}

/** Logto's email template details; `{{code}}`-style placeholders are filled from the payload. */
export interface EmailTemplateDetails {
  subject: string;
  content: string;
  contentType?: 'text/html' | 'text/plain';
  replyTo?: string;
  sendFrom?: string;
}

/** What Tessera hands a connector on each call. */
export interface ConnectorRuntime {
  /** Outbound HTTP bound to the provider's base URL, with the timeout and error mapping applied. */
  http: ProviderHttp;
  /** The outbound timeout in milliseconds, for transports that are not HTTP (SMTP). */
  timeoutMs: number;
}

export interface SocialSession {
  state?: string;
  redirectUri?: string;
  nonce?: string;
  connectorId?: string;
  connectorFactoryId?: string;
  jti?: string;
  [key: string]: unknown;
}

export interface SocialRuntime extends ConnectorRuntime {
  /** The connector session is kept by the caller (in the sign-in interaction) between the two calls. */
  getSession(): Promise<SocialSession>;
  setSession(session: SocialSession): Promise<void>;
}

export interface AuthorizationUriInput {
  state: string;
  redirectUri: string;
  connectorId: string;
  connectorFactoryId: string;
  jti?: string;
  scope?: string;
  headers?: { userAgent?: string };
}

/** A normalized profile; `rawData` is what the provider answered. */
export interface SocialUserInfo {
  id: string;
  email?: string;
  /** True only when the provider says it verified the address; anything else is unverified. */
  emailVerified?: boolean;
  phone?: string;
  /** True only when the provider says it verified the number. */
  phoneVerified?: boolean;
  name?: string;
  avatar?: string;
  rawData?: unknown;
}

/** What the provider's token endpoint answered (RFC 6749 §5.1); kept only sealed, never in a profile. */
export interface ProviderTokenResponse {
  access_token: string;
  token_type?: string;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
  /** Seconds; some providers answer a string. */
  expires_in?: number | string;
  [key: string]: unknown;
}

interface BaseConnector<S extends z.ZodType> {
  metadata: ConnectorMetadata;
  configSchema: S;
  /** The provider's public API base URL; only the internal test setting may redirect it. */
  apiBaseUrl?: string;
  /**
   * Set by connectors whose schema zod cannot describe (Logto packages, validated by their own
   * zod 3 `configGuard`): the config's JSON schema and secret keys, derived from their form items.
   */
  configDescription?: { jsonSchema: Record<string, unknown>; secretKeys: string[] };
  /** Logto's config form (`formItems`), as a Logto package declares it. */
  formItems?: Array<Record<string, unknown>>;
  /** Where a connector installed as a package came from (`name@version`). */
  packageName?: string;
}

export interface SmsConnector<S extends z.ZodType = z.ZodType> extends BaseConnector<S> {
  type: 'Sms';
  sendMessage(message: PasswordlessMessage, config: z.output<S>, runtime: ConnectorRuntime): Promise<void>;
}

export interface EmailConnector<S extends z.ZodType = z.ZodType> extends BaseConnector<S> {
  type: 'Email';
  sendMessage(message: PasswordlessMessage, config: z.output<S>, runtime: ConnectorRuntime): Promise<void>;
}

export interface SocialConnector<S extends z.ZodType = z.ZodType> extends BaseConnector<S> {
  type: 'Social';
  getAuthorizationUri(input: AuthorizationUriInput, config: z.output<S>, runtime: SocialRuntime): Promise<string>;
  /** `data` is what the provider sent to the redirect URI (e.g. `{ code, state }`). */
  getUserInfo(data: Record<string, unknown>, config: z.output<S>, runtime: SocialRuntime): Promise<SocialUserInfo>;
  /** The same sign-in step, also answering the provider's token response (connectors with `isTokenStorageSupported`). */
  getTokenResponseAndUserInfo?(
    data: Record<string, unknown>,
    config: z.output<S>,
    runtime: SocialRuntime,
  ): Promise<{ userInfo: SocialUserInfo; tokenResponse?: ProviderTokenResponse }>;
  /** A new access token for a stored refresh token (connectors with `isTokenStorageSupported`). */
  getAccessTokenByRefreshToken?(
    refreshToken: string,
    config: z.output<S>,
    runtime: ConnectorRuntime,
  ): Promise<ProviderTokenResponse>;
}

export type Connector<S extends z.ZodType = z.ZodType> = SmsConnector<S> | EmailConnector<S> | SocialConnector<S>;
export type PasswordlessConnector = SmsConnector | EmailConnector;

export const isPasswordless = (connector: Connector): connector is PasswordlessConnector =>
  connector.type === 'Sms' || connector.type === 'Email';
