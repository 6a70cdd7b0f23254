/** The policy itself belongs to the sign-in experience settings; the Experience API checks with it. */
export { checkPassword, describePasswordIssues, type PasswordIssue } from '../sign-in-experience/index.js';
