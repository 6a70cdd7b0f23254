/**
 * Passwords the console makes for users: random from the browser's CSPRNG (`crypto.getRandomValues`),
 * long enough for the end users' password policy, with every character type, and without the
 * user's own names or the policy's forbidden words. The server's check (repetition, sequences,
 * common passwords) has the last word; see `policyPassword`.
 */

export interface GeneratorPolicy {
  length: { min: number; max: number };
  rejects: { words: readonly string[] };
}

/** Letters and digits that cannot be mistaken for one another when read out or typed (no l/1/I, O/0). */
const characterTypes = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#$%&*+-=?@^_'];
const alphabet = characterTypes.join('');
/** 16 of these characters are about 99 bits of entropy. */
const preferredLength = 16;

/** A uniform random integer in [0, bound): rejection sampling, so no value is likelier than another. */
function randomBelow(bound: number): number {
  const limit = Math.floor(2 ** 32 / bound) * bound;
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const value = word[0] as number;
    if (value < limit) return value % bound;
  }
}

const pick = (characters: string) => characters[randomBelow(characters.length)] as string;

/** Fisher–Yates with the CSPRNG, so the guaranteed characters land anywhere. */
function shuffle(characters: string[]): string[] {
  for (let i = characters.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [characters[i], characters[j]] = [characters[j] as string, characters[i] as string];
  }
  return characters;
}

export const generatedLength = (policy: GeneratorPolicy) =>
  Math.min(policy.length.max, Math.max(preferredLength, policy.length.min));

/** What a password must not contain: the policy's words and the user's names (an email also by its local part). */
export function forbiddenParts(policy: GeneratorPolicy, names: ReadonlyArray<string | null | undefined>): string[] {
  const userInfo = names.flatMap((name) => (name?.includes('@') ? [name, name.split('@')[0] ?? ''] : [name ?? '']));
  // The server ignores names shorter than 3 characters too.
  return [...userInfo.filter((part) => part.length >= 3), ...policy.rejects.words].map((part) => part.toLowerCase());
}

export function generatePassword(policy: GeneratorPolicy, names: ReadonlyArray<string | null | undefined> = []) {
  const length = generatedLength(policy);
  const forbidden = forbiddenParts(policy, names);
  for (let attempt = 0; attempt < 100; attempt++) {
    // One of each type first, so any "character types" minimum (at most 4) holds.
    const characters = characterTypes.map(pick).slice(0, length);
    while (characters.length < length) characters.push(pick(alphabet));
    const password = shuffle(characters).join('');
    const lower = password.toLowerCase();
    if (!forbidden.some((part) => lower.includes(part))) return password;
  }
  throw new Error('No password could avoid the forbidden words; shorten the password policy’s word list.');
}

/**
 * A generated password the server's policy check accepts. A refusal (a random "abcd" run, say)
 * is rare, so a few fresh tries always suffice in practice; the last refusal is returned otherwise.
 */
export async function policyPassword<Issue>(
  generate: () => string,
  check: (password: string) => Promise<Issue[]>,
): Promise<{ password: string; issues: Issue[] }> {
  let last = { password: '', issues: [] as Issue[] };
  for (let attempt = 0; attempt < 5; attempt++) {
    const password = generate();
    last = { password, issues: await check(password) };
    if (last.issues.length === 0) break;
  }
  return last;
}
