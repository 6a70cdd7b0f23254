import { describe, expect, it } from 'vitest';
// The server's own policy check, so "satisfies the policy" is proven against the real rules.
import { checkPassword, defaultPasswordPolicy } from '../../../server/src/sign-in-experience/password-policy';
import { forbiddenParts, generatedLength, generatePassword, policyPassword } from './generate-password';

const types = [/[a-z]/, /[A-Z]/, /\d/, /[^\dA-Za-z]/];

describe('generated passwords', () => {
  it('are 16 characters of every type by default, and differ each time', () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword(defaultPasswordPolicy));
    for (const password of passwords) {
      expect([...password]).toHaveLength(16);
      for (const type of types) expect(password).toMatch(type);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });

  it("follow the policy's length limits", () => {
    const policy = (min: number, max: number) => ({ ...defaultPasswordPolicy, length: { min, max } });
    expect(generatePassword(policy(40, 256))).toHaveLength(40);
    expect(generatePassword(policy(8, 12))).toHaveLength(12);
    expect(generatedLength(policy(8, 256))).toBe(16);
    // Shorter than the four types: still within the maximum.
    expect(generatePassword(policy(1, 3))).toHaveLength(3);
  });

  it("leave out the user's names and the policy's forbidden words", () => {
    const words = ['abc', 'xyz'];
    const policy = { ...defaultPasswordPolicy, rejects: { ...defaultPasswordPolicy.rejects, words } };
    expect(forbiddenParts(policy, ['Ada', 'ada.lovelace@example.com', '12', null])).toEqual([
      'ada',
      'ada.lovelace@example.com',
      'ada.lovelace',
      'abc',
      'xyz',
    ]);
    // Single letters as forbidden words leave few choices, which shows the words are avoided.
    const strict = { ...policy, rejects: { ...policy.rejects, words: [...'abc'] } };
    for (let i = 0; i < 50; i++) expect(generatePassword(strict, ['mnop'])).not.toMatch(/[a-c]|mnop/i);
  });

  it("pass the server's check of the default policy, retrying the rare refusal", async () => {
    const check = async (password: string) => checkPassword(password, ['ada_lovelace'], defaultPasswordPolicy);
    for (let i = 0; i < 20; i++) {
      const { password, issues } = await policyPassword(() => generatePassword(defaultPasswordPolicy), check);
      expect(issues).toEqual([]);
      expect(password).toHaveLength(16);
    }
    let refusals = 2;
    const picky = async () => (refusals-- > 0 ? [{ code: 'password_rejected.restricted.sequence' }] : []);
    expect(await policyPassword(() => 'fresh', picky)).toEqual({ password: 'fresh', issues: [] });
    const never = async () => [{ code: 'password_rejected.pwned' }];
    expect((await policyPassword(() => 'weak', never)).issues).toHaveLength(1);
  });
});
