import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { ExperienceState } from './experience.schemas.js';

/**
 * Caps on what one interaction, or one client address, may make the server do or keep: each
 * verification record is stored in the interaction, and each new password costs an argon2 hash.
 */
export const maxVerificationsPerInteraction = 20;

const countOf = (state: ExperienceState | undefined) => Object.keys(state?.verifications ?? {}).length;

/** Refuses a step that would add a verification record to an interaction already at the cap. */
export function guardVerificationRoom(state: ExperienceState): void {
  if (countOf(state) >= maxVerificationsPerInteraction)
    throw new RequestError('session.too_many_verifications', 429, {
      message: `An interaction holds at most ${maxVerificationsPerInteraction} verifications. Start the sign-in again.`,
    });
}

/** At save: a state may not grow past the cap, whichever step added the record. */
export function guardVerificationGrowth(before: ExperienceState | undefined, after: ExperienceState): void {
  if (countOf(after) > maxVerificationsPerInteraction && countOf(after) > countOf(before))
    guardVerificationRoom(before ?? after);
}

/** Who asks for a new password to be hashed: the interaction and the client address. */
export interface HashingClient {
  interactionId: string;
  ip: string;
}

export interface NewPasswordLimits {
  perInteraction: Sentinel;
  perIp: Sentinel;
}

const hashAction = 'new_password_hash';

/** Counts one new-password hash for the interaction and the address; refuses over either limit. */
export async function guardNewPasswordHash(limits: NewPasswordLimits, client: HashingClient): Promise<void> {
  // The address is counted only for tries its interaction allows, so a refused burst costs it nothing.
  const allowed =
    (await limits.perInteraction.attempt(`interaction:${client.interactionId}`, hashAction)) &&
    (await limits.perIp.attempt(`ip:${client.ip}`, hashAction));
  if (!allowed)
    throw new RequestError('session.verification_blocked_too_many_attempts', 429, {
      message: 'Too many new passwords were tried. Please try again later.',
    });
}
