import type { ConnectorsService } from '../connectors/index.js';
import type { CodeIdentifier } from '../experience/experience.schemas.js';
import {
  codeMatches,
  generateCode,
  hashCode,
  isValidIdentifier,
  newSalt,
  normalizeIdentifier,
} from '../experience/verification-code.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { VerificationCodesStore } from './verification-codes.store.js';

type Address = { email: string } | { phone: string };

const identifierOf = (address: Address): CodeIdentifier =>
  normalizeIdentifier(
    'email' in address ? { type: 'email', value: address.email } : { type: 'phone', value: address.phone },
  );

/**
 * Logto's Management API verification codes: a backend asks Tessera to send a code to an email
 * address or phone (the connector's Generic template), then checks what the user typed. One live
 * code per address (a new one replaces it), kept as a salted hash, used up by the right code,
 * expiring and limited in tries as the sign-in experience's code policy says.
 */
export function createManagementVerificationCodes(deps: {
  store: VerificationCodesStore;
  connectors: Pick<ConnectorsService, 'sendMessage'>;
  signInExperience: Pick<SignInExperienceService, 'settings'>;
  clock: () => number;
}) {
  const { store, connectors, signInExperience, clock } = deps;
  const valid = (address: Address) => {
    const identifier = identifierOf(address);
    if (!isValidIdentifier(identifier))
      throw new RequestError(`guard.invalid_${identifier.type}`, 400, {
        message:
          identifier.type === 'email' ? 'The email address is invalid.' : 'The phone number must be 6 to 15 digits.',
      });
    return identifier;
  };
  return {
    async send(address: Address): Promise<void> {
      const identifier = valid(address);
      const { expirationDuration } = (await signInExperience.settings()).verificationCodePolicy;
      const code = generateCode();
      await connectors.sendMessage(identifier.type === 'email' ? 'Email' : 'Sms', {
        to: identifier.value,
        type: 'Generic',
        payload: { code },
      });
      const salt = newSalt();
      const now = clock();
      await store.put({
        target: `${identifier.type}:${identifier.value}`,
        salt,
        code_hash: hashCode(code, salt),
        attempts: 0,
        created_at: now,
        expires_at: now + expirationDuration * 1000,
      });
    },

    async verify(input: Address & { verificationCode: string }): Promise<void> {
      const identifier = valid(input);
      const target = `${identifier.type}:${identifier.value}`;
      const row = await store.find(target);
      if (!row) throw new RequestError('verification_code.not_found', 400, { message: 'No code was sent here.' });
      if (clock() >= Number(row.expires_at))
        throw new RequestError('verification_code.expired', 400, {
          message: 'The code has expired. Request a new one.',
        });
      const { maxRetryAttempts } = (await signInExperience.settings()).verificationCodePolicy;
      // Counted before comparing: concurrent guesses cannot all slip under the limit.
      if (!(await store.countTry(target, row.code_hash, maxRetryAttempts)))
        throw new RequestError('verification_code.exceed_max_try', 400, {
          message: 'The code was entered wrong too many times. Request a new one.',
        });
      if (!codeMatches(input.verificationCode, row.salt, row.code_hash))
        throw new RequestError('verification_code.code_mismatch', 400, { message: 'The code is wrong.' });
      if (!(await store.consume(target, row.code_hash)))
        throw new RequestError('verification_code.not_found', 400, { message: 'This code was already used.' });
    },

    prune: () => store.prune(clock()),
  };
}
export type ManagementVerificationCodes = ReturnType<typeof createManagementVerificationCodes>;
