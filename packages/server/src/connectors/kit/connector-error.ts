/**
 * Connector failures carry one of Logto's ConnectorErrorCodes and data saying what happened;
 * the service turns them into HTTP errors (connectors.errors.ts), so connectors never see HTTP.
 */
export const connectorErrorCodes = [
  'general',
  'invalid_metadata',
  'unexpected_type',
  'invalid_config_guard',
  'invalid_request_parameters',
  'insufficient_request_parameters',
  'invalid_config',
  'invalid_certificate',
  'invalid_response',
  'template_not_found',
  'template_not_supported',
  'rate_limit_exceeded',
  'usage_limit_exceeded',
  'not_implemented',
  'social_auth_code_invalid',
  'social_invalid_access_token',
  'social_invalid_id_token',
  'authorization_failed',
] as const;
export type ConnectorErrorCode = (typeof connectorErrorCodes)[number];

export interface ConnectorErrorData {
  /** A sentence for people, naming the provider: "Twilio refused the message: …". */
  message: string;
  /** The provider's display name. */
  provider?: string;
  /** Set when the provider could not be reached or failed on its side (timeout, network, 5xx). */
  upstream?: 'timeout' | 'network' | 'server_error';
  /** The provider's own status, error code and message, for the administrator. */
  providerStatus?: number;
  providerCode?: string | number;
  providerMessage?: string;
  [key: string]: unknown;
}

export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  readonly data: ConnectorErrorData;

  constructor(code: ConnectorErrorCode, data: ConnectorErrorData | string) {
    const normalized = typeof data === 'string' ? { message: data } : data;
    super(normalized.message);
    this.name = 'ConnectorError';
    this.code = code;
    this.data = normalized;
  }
}
