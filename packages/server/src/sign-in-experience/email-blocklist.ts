import { RequestError } from '../http/request-error.js';
import type { SignInExperienceSettings } from './sign-in-experience.schemas.js';

type Policy = SignInExperienceSettings['emailBlocklistPolicy'];

/** An entry is `@domain` (every address there) or one whole address; compared without case. */
const matches = (entries: readonly string[] | undefined, email: string, domain: string) =>
  (entries ?? []).some((entry) => {
    const item = entry.toLowerCase();
    return item.startsWith('@') ? item.slice(1) === domain : item === email;
  });

/**
 * Logto's email blocklist, applied where a new email enters an account (sign-up): a subaddress
 * (`name+tag@…`) when `blockSubaddressing` is on, and any address of `customBlocklist`, are
 * refused with 422. An address of `customAllowlist` passes the custom blocklist. Disposable-domain
 * blocking is Logto Cloud's (a hosted list): stored, not applied. Administrators are not limited.
 */
export function guardEmailAllowed(policy: Policy, address: string): void {
  const email = address.toLowerCase();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (policy.blockSubaddressing && local.includes('+'))
    throw new RequestError('session.email_blocklist.email_subaddressing_not_allowed', 422, {
      message: 'Email subaddressing (name+tag@…) is not allowed.',
    });
  if (matches(policy.customBlocklist, email, domain) && !matches(policy.customAllowlist, email, domain))
    throw new RequestError('session.email_blocklist.email_not_allowed', 422, {
      message: `The email address "${address}" is restricted. Please choose a different one.`,
      data: { email: address },
    });
}
