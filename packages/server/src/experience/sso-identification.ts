import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { EnterpriseSsoVerificationRecord, SsoExperience } from '../sso/index.js';
import { findCallbackRecord } from './callback-record.js';
import type { ExperienceState } from './experience.schemas.js';

const withRecord = (state: ExperienceState, record: EnterpriseSsoVerificationRecord): ExperienceState => ({
  ...state,
  verifications: { ...state.verifications, [record.id]: record },
});

/** A verified enterprise SSO record: it may create the account where sign-up is closed (the connector vouches). */
export const hasVerifiedSso = (state: ExperienceState): boolean =>
  Object.values(state.verifications).some((record) => record.type === 'EnterpriseSso' && record.verified);

/**
 * The Experience API's enterprise SSO steps on the interaction's state: the provider's URL (its
 * session kept in a new record), the callback checked by the connector's driver, then
 * identification. Offered only while the sign-in experience has `singleSignOnEnabled`.
 */
export function createSsoSteps(deps: { sso: SsoExperience; signInExperience: SignInExperienceService }) {
  const { sso } = deps;

  async function guardEnabled() {
    if (!(await deps.signInExperience.settings()).singleSignOnEnabled)
      throw new RequestError('user.sign_in_method_not_enabled', 422, {
        message: 'Enterprise single sign-on is not enabled in the sign-in experience.',
      });
  }

  return {
    async authorize(
      state: ExperienceState,
      connectorId: string,
      request: { state: string; redirectUri: string },
    ): Promise<[ExperienceState, { verificationId: string; authorizationUri: string }]> {
      await guardEnabled();
      const { record, authorizationUri } = await sso.authorize(connectorId, request);
      return [withRecord(state, record), { verificationId: record.id, authorizationUri }];
    },

    async verify(
      state: ExperienceState,
      connectorId: string,
      connectorData: Record<string, unknown>,
      verificationId?: string,
    ): Promise<[ExperienceState, string]> {
      await guardEnabled();
      const record = findCallbackRecord(state, 'EnterpriseSso', connectorId, verificationId, connectorData.state);
      if (record.verified || Object.keys(record.session).length === 0)
        throw new RequestError('session.verification_failed', 400, {
          message: 'This SSO verification was already used; start the single sign-on again.',
        });
      return [withRecord(state, await sso.verify(record, connectorData)), record.id];
    },

    async identify(
      state: ExperienceState,
      record: EnterpriseSsoVerificationRecord,
    ): Promise<[ExperienceState, boolean]> {
      await guardEnabled();
      if (state.event === 'ForgotPassword') throw new RequestError('session.verification_failed', 400);
      const { userId, created, pending } = await sso.identify(state.event, record);
      return [{ ...state, userId, ...(pending && { ssoPending: { link: pending, created } }) }, created];
    },

    /** At submit, past MFA: writes the new link and answers the organizations its first sign-in joins. */
    async finish(state: ExperienceState, userId: string): Promise<string[]> {
      const pending = state.ssoPending;
      if (!pending || pending.link.userId !== userId) return [];
      await sso.finish(pending.link, pending.created);
      return pending.link.jitOrganizationIds;
    },
  };
}
