import { RequestError } from '../http/request-error.js';
import { ConnectorError, type ConnectorErrorCode } from './kit/index.js';

/**
 * A ConnectorError as the Management and Experience APIs answer it: `connector.<code>`, the
 * connector's own sentence (naming the provider and what it said) as the message, and the
 * provider's status and code in `data`. A provider that could not be reached, timed out or
 * failed on its side is a 502; a provider refusing what we sent is the caller's 4xx.
 */
const statusByCode: Partial<Record<ConnectorErrorCode, number>> = {
  rate_limit_exceeded: 429,
  // As Logto answers them: the sign-in at the provider failed, not the request.
  social_auth_code_invalid: 401,
  social_invalid_access_token: 401,
  social_invalid_id_token: 401,
  invalid_response: 502,
  not_implemented: 501,
};

export function toRequestError(error: ConnectorError): RequestError {
  const { message, issues, ...data } = error.data;
  const status = data.upstream ? 502 : (statusByCode[error.code] ?? 400);
  return new RequestError(`connector.${error.code}`, status, {
    message,
    data: issues === undefined ? data : { ...data, issues },
  });
}

/** Runs a connector call, turning its ConnectorError into the HTTP error. */
export async function mapConnectorErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ConnectorError) throw toRequestError(error);
    throw error;
  }
}
