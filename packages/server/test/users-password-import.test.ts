import { execFile } from 'node:child_process';
import { createHash, pbkdf2Sync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Algorithm, hash as argon2, verify as verifyArgon2 } from '@node-rs/argon2';
import { hash as bcrypt } from '@node-rs/bcrypt';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/**
 * Users imported through the Management API with their old password hashes (Logto's
 * `passwordDigest` + `passwordAlgorithm`) sign in through a real OIDC client, and are then
 * silently moved to argon2id; a wrong password changes nothing.
 */

const callback = 'http://localhost:3000/callback';
const docsPage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/migrating-users.md');
const password = 'Tr0ub4dor & 3, migrated';
const hex = (hash: string, text: string) => createHash(hash).update(text).digest('hex');
/** @node-rs/argon2's const enum, which isolated modules can not read. */
const argon2i = 1 as Algorithm;

async function importedDigests(): Promise<[string, string][]> {
  return [
    ['Bcrypt', await bcrypt(password, 10)],
    ['SHA256', hex('sha256', password)],
    ['MD5', hex('md5', password)],
    ['SHA1', hex('sha1', password)],
    // Logto's own hashes are argon2i (m=4096, p=1).
    ['Argon2i', await argon2(password, { algorithm: argon2i, memoryCost: 4096, timeCost: 3 })],
    ['Legacy', JSON.stringify(['sha256', ['s4lt', '@'], hex('sha256', `s4lt${password}`)])],
    [
      'Legacy',
      JSON.stringify([
        'pbkdf2',
        ['NaCl', '1000', '32', 'sha256', '@'],
        pbkdf2Sync(password, 'NaCl', 1000, 32, 'sha256').toString('hex'),
      ]),
    ],
  ];
}

describe(`Importing users with their password hashes (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const app = await createApp(server, 'SPA', [callback]);
    config = await clientConfig(server, app.id);
  });
  afterAll(() => server.stop());

  const stored = async (id: string) => {
    const row = await server.services.stores.users.findById(id);
    return { digest: row?.password_encrypted, algorithm: row?.password_encryption_method };
  };

  async function importUser(body: Record<string, unknown>) {
    const username = `imported_${++serial}`;
    const created = await api.post('/users', { username, ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return created.body as { id: string; username: string; hasPassword: boolean };
  }

  /** A full sign-in with openid-client (authorization code + PKCE); the ID token's subject. */
  async function signInWithClient(username: string, secret = password): Promise<string> {
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const url = await signIn(new Browser(server.url), request.url, { username, password: secret });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return tokens.claims()?.sub as string;
  }

  /** The Experience API's password verification, as the sign-in page calls it. */
  async function verifyPassword(username: string, secret: string) {
    const browser = new Browser(server.url);
    const landing = await browser.follow((await authorizationRequest(config, { redirect_uri: callback })).url);
    await landing.response?.body?.cancel();
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    return browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: username },
      password: secret,
    });
  }

  it('signs in users imported with bcrypt, SHA-256, MD5, SHA-1, Argon2i and Legacy digests, then holds argon2id', async () => {
    for (const [passwordAlgorithm, passwordDigest] of await importedDigests()) {
      const user = await importUser({ passwordAlgorithm, passwordDigest });
      expect(user.hasPassword).toBe(true);
      const shown = JSON.stringify([user, (await api.get(`/users/${user.id}`)).body]);
      expect(shown).not.toContain(passwordDigest);
      expect(shown).not.toMatch(/"password(Digest|Algorithm|Encrypted)"/);
      expect(await stored(user.id)).toEqual({ digest: passwordDigest, algorithm: passwordAlgorithm });

      const wrong = await verifyPassword(user.username, `${password}!`);
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('session.invalid_credentials');
      expect(await stored(user.id), `${passwordAlgorithm}: a wrong password re-hashed`).toEqual({
        digest: passwordDigest,
        algorithm: passwordAlgorithm,
      });

      expect(await signInWithClient(user.username), passwordAlgorithm).toBe(user.id);
      const upgraded = await stored(user.id);
      expect(upgraded.algorithm).toBe('Argon2id');
      expect(upgraded.digest).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyArgon2(upgraded.digest as string, password)).toBe(true);

      expect(await signInWithClient(user.username)).toBe(user.id);
      expect((await verifyPassword(user.username, `${password}!`)).status).toBe(422);
    }
  });

  it('keeps the hash of a user who already has argon2id untouched at sign-in', async () => {
    const user = await importUser({ password });
    const before = await stored(user.id);
    expect(before.algorithm).toBe('Argon2id');
    expect(await signInWithClient(user.username)).toBe(user.id);
    expect(await stored(user.id)).toEqual(before);
  });

  it('lets two concurrent sign-ins of one imported user both succeed and leaves one argon2id hash', async () => {
    const user = await importUser({ passwordAlgorithm: 'Bcrypt', passwordDigest: await bcrypt(password, 8) });
    const subjects = await Promise.all([signInWithClient(user.username), signInWithClient(user.username)]);
    expect(subjects).toEqual([user.id, user.id]);
    const upgraded = await stored(user.id);
    expect(upgraded.algorithm).toBe('Argon2id');
    expect(await verifyArgon2(upgraded.digest as string, password)).toBe(true);
    expect(await signInWithClient(user.username)).toBe(user.id);
  });

  it('never lets a late re-hash overwrite a password set in the meantime', async () => {
    const user = await importUser({ passwordAlgorithm: 'SHA256', passwordDigest: hex('sha256', password) });
    const before = await server.services.stores.users.findById(user.id);
    // An administrator sets a new password while a sign-in holding the old row is being checked.
    expect((await api.patch(`/users/${user.id}/password`, { password: 'a brand new password' })).status).toBe(200);
    const replaced = await stored(user.id);
    expect(await server.services.users.checkPassword(before!, password)).toBe(true);
    expect(await stored(user.id)).toEqual(replaced);
    expect((await verifyPassword(user.username, password)).status).toBe(422);
    expect(await signInWithClient(user.username, 'a brand new password')).toBe(user.id);
  });

  it('refuses invalid digests with 400, a code and a message that says what is wrong, and creates no one', async () => {
    const sha256 = hex('sha256', password);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ password, passwordAlgorithm: 'SHA256', passwordDigest: sha256 }, 'user.password_and_digest', /not both/],
      [{ passwordDigest: sha256 }, 'user.password_algorithm_required', /needs passwordAlgorithm/],
      [{ passwordAlgorithm: 'SHA256', passwordDigest: sha256.slice(2) }, 'guard.invalid_input', /64 hexadecimal/],
      [{ passwordAlgorithm: 'MD5', passwordDigest: sha256 }, 'guard.invalid_input', /32 hexadecimal/],
      [
        { passwordAlgorithm: 'SHA1', passwordDigest: `${sha256.slice(0, 39)}g` },
        'guard.invalid_input',
        /40 hexadecimal/,
      ],
      [{ passwordAlgorithm: 'Bcrypt', passwordDigest: sha256 }, 'guard.invalid_input', /Bcrypt digest must be/],
      [
        { passwordAlgorithm: 'Bcrypt', passwordDigest: (await bcrypt(password, 4)).replace('$04$', '$31$') },
        'guard.invalid_input',
        /cost/,
      ],
      [{ passwordAlgorithm: 'Argon2i', passwordDigest: await argon2(password) }, 'guard.invalid_input', /not argon2i/],
      [{ passwordAlgorithm: 'Argon2id', passwordDigest: 'argon2id' }, 'guard.invalid_input', /encoded argon2 hash/],
      [
        { passwordAlgorithm: 'Legacy', passwordDigest: `sha256:s4lt:${sha256}` },
        'password.invalid_legacy_password_format',
        /JSON array/,
      ],
      [
        { passwordAlgorithm: 'Legacy', passwordDigest: JSON.stringify(['sha256', ['s4lt'], sha256]) },
        'password.invalid_legacy_password_format',
        /"@"/,
      ],
      [
        { passwordAlgorithm: 'Legacy', passwordDigest: JSON.stringify(['whirlpool', ['@'], sha256]) },
        'password.unsupported_legacy_hash_algorithm',
        /whirlpool/,
      ],
      [{ passwordAlgorithm: 'Legacy', passwordDigest: 'x'.repeat(257) }, 'guard.invalid_input', /256/],
      [{ passwordAlgorithm: 'Scrypt', passwordDigest: sha256 }, 'guard.invalid_input', /Argon2i/],
    ];
    for (const [body, code, message] of cases) {
      const response = await api.post('/users', { username: 'never_created', ...body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code, JSON.stringify(response.body)).toBe(code);
      expect(`${response.body.message} ${response.body.details}`).toMatch(message);
    }
    expect((await api.get('/users?search=never_created')).body).toEqual([]);
  });

  it('follows Logto where a digest is empty or an algorithm comes alone: no password', async () => {
    for (const body of [{ passwordAlgorithm: 'SHA256' }, { passwordAlgorithm: 'MD5', passwordDigest: '' }]) {
      const user = await importUser(body);
      expect(user.hasPassword).toBe(false);
      expect(await stored(user.id)).toEqual({ digest: null, algorithm: null });
    }
  });

  it('documents passwordDigest and passwordAlgorithm in the OpenAPI document', async () => {
    const document = (await api.get('/swagger.json')).body;
    const schema = document.paths['/api/users'].post.requestBody.content['application/json'].schema;
    // Logto's names, in Logto's order.
    const logtoNames = 'Argon2i Argon2id Argon2d Bcrypt SHA1 SHA256 MD5 Legacy';
    expect(schema.properties.passwordAlgorithm.enum).toEqual(logtoNames.split(' '));
    expect(schema.properties.passwordDigest).toMatchObject({ type: 'string', maxLength: 256 });
    expect(schema.properties.passwordDigest.description).toMatch(/argon2id/);
  });

  it('runs the curl examples of docs/migrating-users.md, and their users sign in with the documented password', async () => {
    const page = fs.readFileSync(docsPage, 'utf8');
    // The page's shell blocks that call the Management API (the others run the CLI).
    const examples = [...page.matchAll(/```sh\n([\s\S]*?)```/g)]
      .map((match) => match[1] as string)
      .filter((block) => /^curl /m.test(block));
    const documentedPassword = /The password behind both digests: (\S+)/.exec(page)?.[1] as string;
    expect(examples).toHaveLength(2);
    const token = api.accessToken;
    for (const example of examples) {
      const { stdout } = await promisify(execFile)('bash', ['-c', example], {
        env: { PATH: process.env.PATH, ENDPOINT: server.url, TOKEN: token },
      });
      const user = JSON.parse(stdout);
      expect(user, stdout).toMatchObject({ hasPassword: true });
      expect(await signInWithClient(user.username, documentedPassword)).toBe(user.id);
      expect((await stored(user.id)).algorithm).toBe('Argon2id');
    }
  });
});
