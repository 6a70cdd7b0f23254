import { createHash, pbkdf2Sync } from 'node:crypto';
import { type Algorithm, hash as argon2 } from '@node-rs/argon2';
import { hash as bcrypt } from '@node-rs/bcrypt';
import { describe, expect, it } from 'vitest';
import { legacyHashSizes, type PasswordAlgorithm, passwordDigestIssue } from './password-digest.schemas.js';
import { importedDigestMatches } from './password-digests.js';

const password = 'open sesame';
/** @node-rs/argon2's const enum, which isolated modules can not read. */
const variant = { Argon2d: 0 as Algorithm, Argon2i: 1 as Algorithm };
const hex = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');

async function digests(): Promise<[PasswordAlgorithm, string][]> {
  return [
    ['Argon2i', await argon2(password, { algorithm: variant.Argon2i, memoryCost: 4096, timeCost: 3 })],
    ['Argon2d', await argon2(password, { algorithm: variant.Argon2d })],
    ['Argon2id', await argon2(password)],
    ['Bcrypt', await bcrypt(password, 4)],
    ['SHA1', hex('sha1', password)],
    ['SHA256', hex('sha256', password).toUpperCase()],
    ['MD5', hex('md5', password)],
    ['Legacy', JSON.stringify(['sha256', ['pepper', '@', 'tail'], hex('sha256', `pepper${password}tail`)])],
    ['Legacy', JSON.stringify(['SHA-512', ['@'], hex('sha512', password)])],
    [
      'Legacy',
      JSON.stringify([
        'pbkdf2',
        ['NaCl', '1000', '20', 'sha512', '@'],
        pbkdf2Sync(password, 'NaCl', 1000, 20, 'sha512').toString('hex'),
      ]),
    ],
  ];
}

describe('imported password digests', () => {
  it('accepts and matches each algorithm’s digest, and only the right password', async () => {
    for (const [algorithm, digest] of await digests()) {
      expect(passwordDigestIssue(algorithm, digest), `${algorithm} ${digest}`).toBeUndefined();
      expect(await importedDigestMatches(algorithm, digest, password), digest).toBe(true);
      expect(await importedDigestMatches(algorithm, digest, 'open sesame!'), digest).toBe(false);
    }
  });

  it('matches Logto’s documented Legacy example', async () => {
    const digest = '["sha256", ["salt123", "@"], "c465f66c6ac481a7a17e9ed5b4e2e7e7288d892f12bf1c95c140901e9a70436e"]';
    expect(passwordDigestIssue('Legacy', digest)).toBeUndefined();
    expect(await importedDigestMatches('Legacy', digest, 'password123')).toBe(true);
  });

  it('names every Legacy hash with the size node:crypto gives it', () => {
    for (const [name, size] of Object.entries(legacyHashSizes))
      expect(createHash(name).digest().length, name).toBe(size);
  });

  it('refuses malformed digests with the reason and Logto’s code where it has one', async () => {
    const sha256 = hex('sha256', password);
    const cases: [PasswordAlgorithm, string, string, RegExp][] = [
      ['SHA256', sha256.slice(1), 'guard.invalid_input', /64 hexadecimal characters/],
      ['SHA1', sha256, 'guard.invalid_input', /40 hexadecimal/],
      ['MD5', `${hex('md5', password).slice(2)}zz`, 'guard.invalid_input', /32 hexadecimal/],
      ['Bcrypt', sha256, 'guard.invalid_input', /modular crypt/],
      ['Bcrypt', (await bcrypt(password, 4)).replace('$04$', '$20$'), 'guard.invalid_input', /cost/],
      ['Argon2i', await argon2(password), 'guard.invalid_input', /argon2id hash, not argon2i/],
      [
        'Argon2id',
        '$argon2id$v=19$m=1048576,t=8,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
        'guard.invalid_input',
        /cost too much/,
      ],
      ['Argon2d', 'argon2d', 'guard.invalid_input', /encoded argon2 hash/],
      ['Legacy', 'sha256:salt', 'password.invalid_legacy_password_format', /JSON array/],
      ['Legacy', JSON.stringify(['sha256', ['salt'], sha256]), 'password.invalid_legacy_password_format', /"@"/],
      [
        'Legacy',
        JSON.stringify(['whirlpool', ['@'], sha256]),
        'password.unsupported_legacy_hash_algorithm',
        /whirlpool/,
      ],
      ['Legacy', JSON.stringify(['md5', ['@'], sha256]), 'password.invalid_legacy_password_format', /32 hexadecimal/],
      [
        'Legacy',
        JSON.stringify(['pbkdf2', ['@', '1000', '20', 'sha1'], sha256]),
        'password.invalid_legacy_password_format',
        /pbkdf2/,
      ],
      [
        'Legacy',
        JSON.stringify(['pbkdf2', ['s', '1e9', '20', 'sha1', '@'], sha256]),
        'password.invalid_legacy_password_format',
        /iterations/,
      ],
    ];
    for (const [algorithm, digest, code, message] of cases) {
      const issue = passwordDigestIssue(algorithm, digest);
      expect(issue?.code, `${algorithm} ${digest}`).toBe(code);
      expect(issue?.message).toMatch(message);
    }
  });

  it('never matches a digest stored under the wrong algorithm', async () => {
    expect(await importedDigestMatches('MD5', hex('sha256', password), password)).toBe(false);
    expect(await importedDigestMatches('Bcrypt', 'not a hash', password)).toBe(false);
    expect(await importedDigestMatches('Legacy', '[', password)).toBe(false);
  });
});
