import { RequestError } from '../http/request-error.js';
import { SsoDriverError } from './sso-driver.js';

/** A driver failure as the HTTP error the Management and Experience APIs answer. */
export function toRequestError(error: SsoDriverError): RequestError {
  const data = { ...error.data };
  switch (error.code) {
    case 'invalid_config':
      return new RequestError('connector.invalid_config', 422, { message: error.message, data });
    case 'state_mismatch':
      return new RequestError('session.connector_state_mismatch', 400, { message: error.message });
    case 'provider_unreachable':
      return new RequestError('connector.general', 502, { message: error.message });
    case 'invalid_response':
      return new RequestError('connector.invalid_response', 502, { message: error.message });
    default:
      return new RequestError('connector.authorization_failed', 401, { message: error.message });
  }
}

/** Runs a driver step; its errors become HTTP errors, anything else passes through. */
export async function mapSsoErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SsoDriverError) throw toRequestError(error);
    throw error;
  }
}

export const connectorNotFound = (connectorId: string) =>
  new RequestError('entity.not_found', 404, {
    message: `There is no enterprise SSO connector with id ${connectorId}.`,
    data: { connectorId },
  });
