import { RequestError } from '../http/request-error.js';
import type { ExperienceState, VerificationRecord } from './experience.schemas.js';

type CallbackRecord = Extract<VerificationRecord, { type: 'Social' | 'EnterpriseSso' }>;

/**
 * The social or SSO record a provider's callback belongs to: by id, or (the callback page may not
 * know it) the latest one of this connector whose session sent the echoed state.
 */
export function findCallbackRecord<T extends CallbackRecord['type']>(
  state: ExperienceState,
  type: T,
  connectorId: string,
  verificationId: string | undefined,
  echoedState: unknown,
): Extract<CallbackRecord, { type: T }> {
  const record = verificationId
    ? state.verifications[verificationId]
    : Object.values(state.verifications).findLast(
        (v) => v.type === type && v.connectorId === connectorId && v.session.state === echoedState,
      );
  if (record?.type !== type) throw new RequestError('session.verification_session_not_found', 404);
  const found = record as Extract<CallbackRecord, { type: T }>;
  if (found.connectorId !== connectorId)
    throw new RequestError('session.connector_id_mismatch', 400, {
      message: 'The connectorId is mismatched with session record.',
    });
  return found;
}
