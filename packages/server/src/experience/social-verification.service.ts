import {
  type ConnectorsService,
  mapConnectorErrors,
  type SocialRuntime,
  type SocialSession,
} from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import { sealTokenResponse, type VerifiedIdentityTokens } from '../token-vault/index.js';
import { findCallbackRecord } from './callback-record.js';
import type { ExperienceState, SocialVerificationRecord } from './experience.schemas.js';

export interface AuthorizationRequest {
  state: string;
  redirectUri: string;
  scope?: string;
}

/** The identity a verified social record read, with the provider's sealed tokens if the connector kept them. */
export function identityTokensOf(record: SocialVerificationRecord): VerifiedIdentityTokens | undefined {
  const verified = record.verified;
  if (!verified) return undefined;
  const { target, userInfo, tokenSet } = verified;
  return { connectorId: record.connectorId, target, identityId: userInfo.id, ...(tokenSet && { tokenSet }) };
}

/** Every verified social record of the interaction that brought provider tokens. */
export const socialTokensOf = (state: ExperienceState): VerifiedIdentityTokens[] =>
  Object.values(state.verifications).flatMap((record) => {
    const tokens = record.type === 'Social' ? identityTokensOf(record) : undefined;
    return tokens?.tokenSet ? [tokens] : [];
  });

const withRecord = (state: ExperienceState, record: SocialVerificationRecord): ExperienceState => ({
  ...state,
  verifications: { ...state.verifications, [record.id]: record },
});

/**
 * The two social verification steps. The connector session lives in the verification record,
 * inside the interaction, so any node can finish what another began; nothing is written
 * elsewhere, so a provider failing half-way leaves only an unverified record behind.
 */
export function createSocialVerification({
  connectors,
  signInExperience,
  box,
  clock,
}: {
  connectors: ConnectorsService;
  signInExperience: SignInExperienceService;
  /** Seals the provider's tokens the moment they arrive (connectors with token storage on). */
  box: SecretBox;
  clock: () => number;
}) {
  /** The social connector, when the sign-in experience lists its target (`socialSignInConnectorTargets`). */
  async function socialConnector(connectorId: string) {
    const found = await connectors.findWithConfig(connectorId).catch((error: unknown) => {
      if (error instanceof RequestError && error.status === 404) return undefined;
      throw error;
    });
    const connector = found?.connector;
    if (!found || connector?.type !== 'Social')
      throw new RequestError('session.invalid_connector_id', 422, {
        message: `There is no social connector with id ${connectorId}.`,
        data: { connectorId },
      });
    const { socialSignInConnectorTargets } = await signInExperience.settings();
    if (!socialSignInConnectorTargets.includes(found.target))
      throw new RequestError('user.sign_in_method_not_enabled', 422, {
        message: `Signing in with ${found.target} is not enabled in the sign-in experience.`,
        data: { connectorId, target: found.target },
      });
    return { ...found, connector };
  }

  const runtimeWith = (base: Omit<SocialRuntime, 'getSession' | 'setSession'>, holder: { session: SocialSession }) => ({
    ...base,
    getSession: async () => holder.session,
    setSession: async (next: SocialSession) => {
      holder.session = { ...holder.session, ...next };
    },
  });

  return {
    /** Asks the connector for the provider's authorization URL and keeps its session in a new record. */
    async createAuthorization(
      state: ExperienceState,
      connectorId: string,
      request: AuthorizationRequest,
    ): Promise<[ExperienceState, { authorizationUri: string; verificationId: string }]> {
      const { connector, config, runtime } = await socialConnector(connectorId);
      const id = generateId();
      const connectorFactoryId = connector.metadata.id;
      const holder = {
        session: { state: request.state, redirectUri: request.redirectUri, connectorId, connectorFactoryId, jti: id },
      };
      const authorizationUri = await mapConnectorErrors(() =>
        connector.getAuthorizationUri(
          { ...request, connectorId, connectorFactoryId, jti: id },
          config,
          runtimeWith(runtime, holder),
        ),
      );
      const record: SocialVerificationRecord = { id, type: 'Social', connectorId, session: holder.session };
      return [withRecord(state, record), { authorizationUri, verificationId: id }];
    },

    /** Checks the callback belongs to this sign-in (state), then lets the connector read the user. */
    async verify(
      state: ExperienceState,
      connectorId: string,
      connectorData: Record<string, unknown>,
      verificationId?: string,
    ): Promise<[ExperienceState, string]> {
      const record = findCallbackRecord(state, 'Social', connectorId, verificationId, connectorData.state);
      if (record.session.state !== undefined && connectorData.state !== record.session.state)
        throw new RequestError('session.connector_state_mismatch', 400, {
          message: 'The state the provider sent back is not the one of this sign-in. Start the social sign-in again.',
        });
      const { connector, config, runtime, target, row } = await socialConnector(connectorId);
      const withSession = runtimeWith(runtime, { session: record.session });
      const { getTokenResponseAndUserInfo } = connector;
      const keepsTokens =
        row.enable_token_storage === 1 &&
        connector.metadata.isTokenStorageSupported === true &&
        getTokenResponseAndUserInfo;
      const { userInfo, tokenResponse } = await mapConnectorErrors(async () =>
        keepsTokens
          ? getTokenResponseAndUserInfo(connectorData, config, withSession)
          : { userInfo: await connector.getUserInfo(connectorData, config, withSession), tokenResponse: undefined },
      );
      const tokenSet = tokenResponse && sealTokenResponse(box, tokenResponse, clock());
      const verified = { target, userInfo, syncProfile: row.sync_profile === 1, ...(tokenSet && { tokenSet }) };
      return [withRecord(state, { ...record, verified }), record.id];
    },
  };
}

export type SocialVerification = ReturnType<typeof createSocialVerification>;
