import type { CaptchaService } from '../captcha/index.js';
import { RequestError } from '../http/request-error.js';
import type { ExperienceState } from './experience.schemas.js';

/**
 * Logto's CAPTCHA rule for the Experience API: when CAPTCHA is on, an interaction must have
 * passed the widget (`captchaToken` of `PUT /api/experience`, checked with the provider) before
 * it sends a code to an unidentified address, creates an account or submits. A verified social
 * sign-in, magic link or sign-in passkey needs none, as in Logto.
 */
export function createCaptchaGuard(captcha: Pick<CaptchaService, 'required'>) {
  return async function guardCaptcha(state: ExperienceState): Promise<void> {
    if (state.captchaVerified || provenOtherwise(state)) return;
    if (await captcha.required())
      throw new RequestError('session.captcha_required', 422, {
        message: 'Complete the CAPTCHA first: start the interaction again with its token.',
      });
  };
}

function provenOtherwise(state: ExperienceState): boolean {
  const records = Object.values(state.verifications);
  if (records.some((record) => (record.type === 'Social' && record.verified) || record.type === 'OneTimeToken'))
    return true;
  return Object.values(state.mfa?.webAuthn ?? {}).some((record) => record.type === 'SignInPasskey' && record.verified);
}
