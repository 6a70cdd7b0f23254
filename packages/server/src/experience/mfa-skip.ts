import type { UsersService } from '../users/index.js';
import type { ExperienceState } from './experience.schemas.js';

/**
 * Remembers that a user skipped setting up MFA (Logto's `logto_config.mfa.skipped`), so an
 * optional prompt is not shown again at later sign-ins. A mandatory policy ignores the skip
 * (the MFA guard never accepts a skip under it); a bound factor always has to be verified.
 */
export function createMfaSkipMemory({ users }: { users: UsersService }) {
  return {
    /** The state as the MFA guard should see it: skipped when this user skipped before. */
    async withRememberedSkip(state: ExperienceState, userId: string): Promise<ExperienceState> {
      if (state.mfa?.skipped) return state;
      const { mfa } = await users.logtoConfig(userId);
      return mfa?.skipped ? { ...state, mfa: { ...state.mfa, skipped: true } } : state;
    },

    /** At submit: stores a skip (or a skipped suggestion) made in this interaction on the user. */
    async remember(state: ExperienceState, userId: string): Promise<void> {
      const skipped = state.mfa?.skipped === true && (state.mfa.bindings ?? []).length === 0;
      const suggestionSkipped = state.mfaSuggestionSkipped === true;
      const enabled = state.mfa?.enabled === true;
      // As in Logto: a passkey skipped at sign-up is skipped for this interaction only.
      const passkeySkipped = state.mfa?.passkeySkipped === true && state.event === 'SignIn';
      if (!skipped && !suggestionSkipped && !enabled && !passkeySkipped) return;
      await users.updateMfaConfig(
        userId,
        {
          ...(skipped ? { skipped: true } : {}),
          ...(suggestionSkipped ? { additionalBindingSuggestionSkipped: true } : {}),
          ...(enabled ? { enabled: true } : {}),
        },
        passkeySkipped ? { skipped: true } : undefined,
      );
    },

    /** Whether this user declined a passkey at an earlier sign-in. */
    async passkeySkipped(userId: string): Promise<boolean> {
      return (await users.logtoConfig(userId)).passkeySignIn?.skipped === true;
    },
  };
}
