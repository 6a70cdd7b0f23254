/**
 * Sign-ins by result, read from the Experience API's audit entries (experience/experience-audit.ts),
 * which already carry each step's key, result and error code: `success` for a finished sign-in
 * (`Interaction.SignIn.Submit`), and for a refused credential check (`Interaction.SignIn.Verification.*.Submit`)
 * or a refused identification, the class of its error code. Other entries are not sign-in results.
 */
export type SignInResult =
  | 'success'
  | 'invalid_credentials'
  | 'invalid_code'
  | 'mfa_failed'
  | 'locked'
  | 'suspended'
  | 'captcha'
  | 'other';

const byCode = new Map<string, SignInResult>([
  ['session.invalid_credentials', 'invalid_credentials'],
  ['session.verification_failed', 'invalid_credentials'],
  ['session.identifier_not_found', 'invalid_credentials'],
  ['user.user_not_exist', 'invalid_credentials'],
  ['session.verification_blocked_too_many_attempts', 'locked'],
  ['verification_code.exceed_max_try', 'locked'],
  ['user.suspended', 'suspended'],
]);

function classOf(code: string): SignInResult {
  const known = byCode.get(code);
  if (known) return known;
  if (code.startsWith('verification_code.')) return 'invalid_code';
  if (code.startsWith('session.mfa.')) return 'mfa_failed';
  if (code.startsWith('session.captcha')) return 'captcha';
  return 'other';
}

interface Entry {
  key?: unknown;
  result?: unknown;
  error?: unknown;
}

export function signInResultOf(entry: Entry): SignInResult | undefined {
  const { key } = entry;
  if (typeof key !== 'string' || !key.startsWith('Interaction.SignIn.')) return undefined;
  if (entry.result === 'Success') return key === 'Interaction.SignIn.Submit' ? 'success' : undefined;
  const code = (entry.error as { code?: unknown } | undefined)?.code;
  const failure = typeof code === 'string' ? classOf(code) : 'other';
  if (key.startsWith('Interaction.SignIn.Verification.') && key.endsWith('.Submit')) return failure;
  // Identification also answers with next steps (a missing profile field): only refusals count.
  if (key === 'Interaction.SignIn.Identifier.Submit' && failure !== 'other') return failure;
  return undefined;
}
