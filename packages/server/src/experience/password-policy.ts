import { RequestError } from '../http/request-error.js';
import { checkPassword, describePasswordIssues } from '../sign-in-experience/index.js';

/** The policy itself belongs to the sign-in experience settings; the Experience API checks with it. */
export { checkPassword, describePasswordIssues, type PasswordIssue } from '../sign-in-experience/index.js';

/** Refuses a new password the policy rejects (`password.rejected`, 422, with every issue). */
export function guardPasswordPolicy(
  password: string,
  userInfo: Array<string | null | undefined>,
  policy: Parameters<typeof checkPassword>[2],
): void {
  const issues = checkPassword(password, userInfo, policy);
  if (issues.length > 0)
    throw new RequestError('password.rejected', 422, {
      message: describePasswordIssues(issues),
      data: { result: false, issues },
    });
}
