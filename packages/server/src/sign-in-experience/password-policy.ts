import { isCommonPassword } from './common-passwords.js';
import type { PasswordPolicy } from './sign-in-experience.schemas.js';

/**
 * The password policy of the sign-in experience, checked at sign-up, password reset and by
 * POST /api/sign-in-exp/default/check-password. Issue codes are Logto's (`password_rejected.*`).
 */
export interface PasswordIssue {
  code: string;
  interpolation?: Record<string, string | number>;
}

export const defaultPasswordPolicy: PasswordPolicy = {
  length: { min: 8, max: 256 },
  characterTypes: { min: 1 },
  rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
};

/** Runs of this many repeated or sequential characters are refused ("aaaa", "1234", "dcba", "qwer"). */
const runLength = 4;
const sequences = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function characterTypes(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^\dA-Za-z]/];
  return classes.filter((pattern) => pattern.test(password)).length;
}

function hasRepetition(password: string): boolean {
  return new RegExp(`(.)\\1{${runLength - 1},}`, 'u').test(password);
}

function hasSequence(password: string): boolean {
  const lower = password.toLowerCase();
  for (let i = 0; i + runLength <= lower.length; i++) {
    const run = lower.slice(i, i + runLength);
    const reversed = [...run].reverse().join('');
    if (sequences.some((sequence) => sequence.includes(run) || sequence.includes(reversed))) return true;
  }
  return false;
}

/** `userInfo`: the account's identifiers and name; an email also counts by its local part. */
function userInfoValues(values: Array<string | null | undefined>): string[] {
  return values
    .flatMap((value) => (value?.includes('@') ? [value, value.split('@')[0] ?? ''] : [value ?? '']))
    .map((value) => value.toLowerCase())
    .filter((value) => value.length >= 3);
}

export function checkPassword(
  password: string,
  userInfo: Array<string | null | undefined> = [],
  policy: PasswordPolicy = defaultPasswordPolicy,
): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = [...password].length;
  if (length < policy.length.min)
    issues.push({ code: 'password_rejected.too_short', interpolation: { min: policy.length.min } });
  if (length > policy.length.max)
    issues.push({ code: 'password_rejected.too_long', interpolation: { max: policy.length.max } });
  if (characterTypes(password) < policy.characterTypes.min)
    issues.push({ code: 'password_rejected.character_types', interpolation: { min: policy.characterTypes.min } });
  const { rejects } = policy;
  const lower = password.toLowerCase();
  if (rejects.pwned && isCommonPassword(password)) issues.push({ code: 'password_rejected.pwned' });
  if (rejects.repetitionAndSequence && hasRepetition(password))
    issues.push({ code: 'password_rejected.restricted.repetition' });
  if (rejects.repetitionAndSequence && hasSequence(password))
    issues.push({ code: 'password_rejected.restricted.sequence' });
  if (rejects.userInfo && userInfoValues(userInfo).some((value) => lower.includes(value)))
    issues.push({ code: 'password_rejected.restricted.user_info' });
  const words = rejects.words.filter((word) => lower.includes(word.toLowerCase()));
  if (words.length > 0)
    issues.push({ code: 'password_rejected.restricted.words', interpolation: { words: words.join(', ') } });
  return issues;
}

const sentences: Record<string, (issue: PasswordIssue) => string> = {
  'password_rejected.too_short': (i) => `The password must be at least ${i.interpolation?.min} characters long.`,
  'password_rejected.too_long': (i) => `The password must be at most ${i.interpolation?.max} characters long.`,
  'password_rejected.character_types': (i) =>
    `The password must mix at least ${i.interpolation?.min} of: lowercase letters, uppercase letters, digits, symbols.`,
  'password_rejected.pwned': () => 'The password is one of the most common passwords.',
  'password_rejected.restricted.repetition': () => 'The password must not repeat a character 4 times in a row.',
  'password_rejected.restricted.sequence': () => 'The password must not contain a sequence such as 1234 or abcd.',
  'password_rejected.restricted.user_info': () => 'The password must not contain your username, email, phone or name.',
  'password_rejected.restricted.words': (i) => `The password must not contain these words: ${i.interpolation?.words}.`,
};

/** One message for people, naming every broken rule. */
export function describePasswordIssues(issues: PasswordIssue[]): string {
  return issues.map((issue) => sentences[issue.code]?.(issue) ?? issue.code).join(' ');
}
