/**
 * The sign-up password policy (first version): length bounds and no password that contains
 * the account's own identifier. The configurable policy arrives with the sign-in experience settings.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
}

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, maxLength: 256 };

export type PasswordIssue = {
  code: 'password_rejected.too_short' | 'password_rejected.too_long' | 'password_rejected.restricted.user_info';
  interpolation?: Record<string, number>;
};

export function checkPassword(
  password: string,
  identifiers: string[],
  policy = defaultPasswordPolicy,
): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = [...password].length;
  if (length < policy.minLength)
    issues.push({ code: 'password_rejected.too_short', interpolation: { min: policy.minLength } });
  if (length > policy.maxLength)
    issues.push({ code: 'password_rejected.too_long', interpolation: { max: policy.maxLength } });
  const lower = password.toLowerCase();
  if (identifiers.some((value) => value.length >= 3 && lower.includes(value.toLowerCase()))) {
    issues.push({ code: 'password_rejected.restricted.user_info' });
  }
  return issues;
}
