import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldAdminRoles } from './support/admins.js';
import { type CliResult, cli, ensureBuiltCli } from './support/cli.js';
import { clientCredentialsToken } from './support/management-client.js';
import { dialect, freshDatabaseUrl, startTestServer, type TestServer } from './support/server.js';

const expectCleanFailure = (result: CliResult) => {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  // A message for people, not a stack trace.
  expect(result.stderr).not.toMatch(/\n\s+at /);
};

describe(`tessera CLI (${dialect})`, () => {
  let dir: string;
  let env: Record<string, string>;
  let server: TestServer;
  let m2m: { id: string; secret: string; tokenEndpoint: string; resource: string };

  beforeAll(async () => {
    ensureBuiltCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-cli-'));
    env = { DB_URL: await freshDatabaseUrl(dir), TESSERA_DATA_DIR: dir };
    // A new install: the CLI runs first, creating the database, the master key and the first credentials.
    const created = await cli(env, ['m2m', 'create', '--name', 'Bootstrap', '--json']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    m2m = JSON.parse(created.stdout);
    server = await startTestServer(env);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('m2m create prints credentials that get a Management API token', async () => {
    expect(Object.keys(m2m).sort()).toEqual(['id', 'resource', 'secret', 'tokenEndpoint']);
    expect(m2m.resource).toBe(server.config.managementApiIndicator);
    expect(m2m.tokenEndpoint).toMatch(/\/oidc\/token$/);
    const token = await clientCredentialsToken(
      server,
      { clientId: m2m.id, clientSecret: m2m.secret },
      { resource: server.config.managementApiIndicator, scope: 'all' },
    );
    expect(token.status).toBe(200);
    const claims = JSON.parse(Buffer.from(token.body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ aud: server.config.managementApiIndicator, scope: 'all', sub: m2m.id });
  });

  it('m2m create explains itself in human output', async () => {
    const result = await cli(env, ['m2m', 'create']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Management API role');
    expect(result.stdout).toMatch(/secret:\s+\w{32}/);
    expect(result.stdout).toContain('grant_type=client_credentials');
  });

  it('app create makes a Traditional app with its URIs and a secret', async () => {
    const result = await cli(env, [
      ...['app', 'create', '--name', 'Web', '--type', 'Traditional', '--json'],
      ...['--redirect-uri', 'https://web.example/callback', '--redirect-uri', 'https://web.example/cb2'],
      ...['--post-logout-redirect-uri', 'https://web.example/', '--cors-origin', 'https://web.example'],
    ]);
    expect(result.stderr).toBe('');
    const app = JSON.parse(result.stdout);
    expect(app).toMatchObject({
      name: 'Web',
      type: 'Traditional',
      oidcClientMetadata: {
        redirectUris: ['https://web.example/callback', 'https://web.example/cb2'],
        postLogoutRedirectUris: ['https://web.example/'],
      },
      customClientMetadata: { corsAllowedOrigins: ['https://web.example'] },
    });
    expect(app.secret).toMatch(/^\w{32}$/);
    expect((await server.services.applications.get(app.id)).name).toBe('Web');
  });

  it('app create makes a SPA without a secret', async () => {
    const result = await cli(env, ['app', 'create', '--name', 'Spa', '--type', 'SPA']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created SPA application "Spa"/);
    expect(result.stdout).toMatch(/id:\s+[a-z0-9]{21}/);
    expect(result.stdout).not.toContain('secret');
  });

  it('app create rejects an unknown type, a missing name and a bad URI with clear messages', async () => {
    const unknownType = await cli(env, ['app', 'create', '--name', 'X', '--type', 'Desktop']);
    expectCleanFailure(unknownType);
    expect(unknownType.stderr).toContain("'Desktop' is invalid");
    expect(unknownType.stderr).toContain('Native, SPA, Traditional, MachineToMachine');

    const missingName = await cli(env, ['app', 'create', '--type', 'SPA']);
    expectCleanFailure(missingName);
    expect(missingName.stderr).toContain("required option '--name <name>' not specified");

    const badUri = await cli(env, ['app', 'create', '--name', 'X', '--type', 'SPA', '--redirect-uri', 'not a uri']);
    expectCleanFailure(badUri);
    expect(badUri.stderr).toContain('error: guard.invalid_input: --redirect-uri "not a uri": must be an absolute URI');

    const customScheme = await cli(env, [
      'app',
      'create',
      '--name',
      'X',
      '--type',
      'SPA',
      '--redirect-uri',
      'app://cb',
    ]);
    expectCleanFailure(customScheme);
    expect(customScheme.stderr).toContain('error: application.invalid_redirect_uri: Only Native applications');
  });

  it('user create reads the password from stdin and never prints it', async () => {
    const password = 'correct horse battery staple';
    const result = await cli(
      env,
      [
        'user',
        'create',
        '--username',
        'alice',
        '--password-stdin',
        '--email',
        'Alice@Example.com',
        '--name',
        'Alice',
        '--json',
      ],
      `${password}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain(password);
    const user = JSON.parse(result.stdout);
    expect(user).toMatchObject({
      username: 'alice',
      primaryEmail: 'alice@example.com',
      name: 'Alice',
      hasPassword: true,
    });
    expect(user).not.toHaveProperty('password');
    const row = await server.services.users.findOrThrow(user.id);
    expect(await server.services.users.checkPassword(row, password)).toBe(true);
    expect(await server.services.users.checkPassword(row, `${password}\n`)).toBe(false);
  });

  it('user create rejects a duplicate username and bad fields', async () => {
    const first = await cli(env, ['user', 'create', '--username', 'bob', '--password', 'pw-of-bob-1']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created user "bob"');
    expect(first.stdout).not.toContain('pw-of-bob-1');

    const duplicate = await cli(env, ['user', 'create', '--username', 'bob', '--password', 'other']);
    expectCleanFailure(duplicate);
    expect(duplicate.stderr).toBe('error: user.username_already_in_use: This username is already in use.\n');

    const duplicateJson = await cli(env, ['user', 'create', '--username', 'bob', '--json']);
    expectCleanFailure(duplicateJson);
    expect(JSON.parse(duplicateJson.stderr)).toEqual({
      error: { code: 'user.username_already_in_use', message: 'This username is already in use.' },
    });

    const bad = await cli(env, ['user', 'create', '--username', '1st user', '--email', 'nope']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain('--username "1st user": must start with a letter');
    expect(bad.stderr).toContain('--email "nope": must be an email address');

    const both = await cli(env, ['user', 'create', '--username', 'carol', '--password', 'x', '--password-stdin']);
    expectCleanFailure(both);
    expect(both.stderr).toContain("'--password <password>' cannot be used with option '--password-stdin'");
  });

  it('admin setup-link prints a one-time link while no Owner exists, which the running server accepts once', async () => {
    const first = await cli(env, ['admin', 'setup-link', '--json']);
    expect(first.stderr).toBe('');
    const { link } = JSON.parse(first.stdout);
    // The CLI's ENDPOINT is its own configuration's (the default here).
    expect(link).toMatch(/^http:\/\/[^/]+\/console\/setup#code=\w{32}$/);
    const human = await cli(env, ['admin', 'setup-link']);
    expect(human.stdout).toMatch(/^Create the first Owner \(valid 1 h, single use\): http/);
    const setup = (code: string) =>
      fetch(`${server.url}/api/console/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, username: 'first_owner', password: 'a long admin passphrase' }),
      });
    // The newer link replaced the older one.
    expect((await setup(new URL(link).hash.slice('#code='.length))).status).toBe(400);
    const code = human.stdout.trim().split('#code=')[1] as string;
    expect((await setup(code)).status).toBe(201);

    const again = await cli(env, ['admin', 'setup-link']);
    expectCleanFailure(again);
    expect(again.stderr).toContain('An Owner exists already');
  });

  it('admin create makes an administrator apart from end users, with the role asked for', async () => {
    const password = 'a long admin passphrase';
    const result = await cli(
      env,
      [
        'admin',
        'create',
        '--username',
        'root',
        '--password-stdin',
        '--role',
        'viewer',
        '--email',
        'Root@Example.com',
        '--json',
      ],
      `${password}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain(password);
    const admin = JSON.parse(result.stdout);
    expect(admin).toMatchObject({
      username: 'root',
      primaryEmail: 'root@example.com',
      role: 'viewer',
      hasPassword: true,
    });
    const { services } = server;
    const row = await services.admin.users.findOrThrow(admin.id);
    expect(await services.admin.users.checkPassword(row, password)).toBe(true);
    expect(await heldAdminRoles(services, admin.id)).toEqual(['Viewer']);
    // Not an end user: the main realm does not know the account.
    expect(await services.stores.users.findById(admin.id)).toBeUndefined();

    // Owner by default, in human output.
    const owner = await cli(env, ['admin', 'create', '--username', 'owner1', '--password-stdin'], `${password}\n`);
    expect(owner.code).toBe(0);
    expect(owner.stdout).toContain('Created administrator "owner1" (Owner).');
  });

  it('admin create refuses a duplicate, a short password, a missing --password-stdin and an unknown role', async () => {
    const password = 'a long admin passphrase';
    // The same username as an end user is no conflict: the realms are apart.
    const endUserName = await cli(env, ['admin', 'create', '--username', 'bob', '--password-stdin'], password);
    expect(endUserName.code).toBe(0);

    const duplicate = await cli(env, ['admin', 'create', '--username', 'bob', '--password-stdin'], password);
    expectCleanFailure(duplicate);
    expect(duplicate.stderr).toBe(
      'error: user.username_already_in_use: An administrator with this username already exists.\n',
    );
    const duplicateJson = await cli(
      env,
      ['admin', 'create', '--username', 'bob', '--password-stdin', '--json'],
      password,
    );
    expectCleanFailure(duplicateJson);
    expect(JSON.parse(duplicateJson.stderr).error.code).toBe('user.username_already_in_use');

    const short = await cli(env, ['admin', 'create', '--username', 'shorty', '--password-stdin'], 'Tr0ub4dor&3');
    expectCleanFailure(short);
    expect(short.stderr).toContain('password.rejected');

    const noPassword = await cli(env, ['admin', 'create', '--username', 'nopass']);
    expectCleanFailure(noPassword);
    expect(noPassword.stderr).toContain('--password-stdin');

    const badRole = await cli(
      env,
      ['admin', 'create', '--username', 'x', '--password-stdin', '--role', 'root'],
      password,
    );
    expectCleanFailure(badRole);
    expect(badRole.stderr).toContain("'root' is invalid");
    expect(await server.services.admin.stores.users.findByIdentifier('username', 'shorty')).toBeUndefined();
  });

  it('admin list shows each administrator with their role; admin reset-mfa removes a lost authenticator', async () => {
    const listed = await cli(env, ['admin', 'list', '--json']);
    expect(listed.code).toBe(0);
    const admins = JSON.parse(listed.stdout) as Array<{ username: string; role: string }>;
    expect(admins.map((entry) => [entry.username, entry.role])).toEqual(
      expect.arrayContaining([
        ['first_owner', 'owner'],
        ['root', 'viewer'],
      ]),
    );
    expect((await cli(env, ['admin', 'list'])).stdout).toMatch(/^root {2}Viewer {2}\w+$/m);

    const { admin } = server.services;
    const root = await admin.stores.users.findByIdentifier('username', 'root');
    await admin.userMfa.create(root?.id as string, { type: 'Totp' });
    expect(await admin.userMfa.list(root?.id as string)).toHaveLength(1);
    const reset = await cli(env, ['admin', 'reset-mfa', '--username', 'root']);
    expect(reset.stderr).toBe('');
    expect(reset.stdout).toContain('Removed Totp from "root"');
    expect(await admin.userMfa.list(root?.id as string)).toEqual([]);
    const unknown = await cli(env, ['admin', 'reset-mfa', '--username', 'nobody']);
    expectCleanFailure(unknown);
    expect(unknown.stderr).toContain('No administrator "nobody"');
  });

  it('keys rotate publishes the new key before it signs; --now makes it sign at once; old tokens still verify', async () => {
    const listed = await cli(env, ['keys', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toMatch(/"d"|"x"|"y"/);
    const [oldKey] = JSON.parse(listed.stdout);
    expect(oldKey).toMatchObject({ alg: 'ES256', signing: true, pending: false });

    const credentials = { clientId: m2m.id, clientSecret: m2m.secret };
    const params = { resource: server.config.managementApiIndicator, scope: 'all' };
    const issue = async () => (await clientCredentialsToken(server, credentials, params)).body.access_token as string;
    const before = await issue();
    expect(decodeProtectedHeader(before).kid).toBe(oldKey.id);
    const jwksKids = async () =>
      ((await (await fetch(`${server.issuer}/jwks`)).json()) as { keys: Array<{ kid: string }> }).keys.map(
        (key) => key.kid,
      );

    // Staged (the default): published at once, signing only after the activation delay (65 s by default).
    const staged = await cli(env, ['keys', 'rotate', '--json']);
    expect(staged.stderr).toBe('');
    const { id: stagedId, createdAt, activatesAt } = JSON.parse(staged.stdout);
    expect(stagedId).not.toBe(oldKey.id);
    expect(activatesAt - createdAt).toBeGreaterThanOrEqual(64_000);
    // Running servers poll every 30 s; trigger the same check now (the timer may have run it
    // already while the CLI process was starting, so what counts is the JWKS below).
    await server.services.reloadKeysIfRotated();
    expect(await jwksKids()).toEqual([oldKey.id, stagedId]);
    expect(decodeProtectedHeader(await issue()).kid).toBe(oldKey.id);
    const pendingList = await cli(env, ['keys', 'list']);
    expect(pendingList.stdout).toMatch(new RegExp(`${oldKey.id}\\s+\\S+Z\\s+ES256\\s+\\(signing\\)`));
    expect(pendingList.stdout).toContain(`${stagedId}`);
    expect(pendingList.stdout).toContain(`(published, signs from ${new Date(activatesAt).toISOString()})`);

    // Emergency: the newest key signs as soon as a server reloads.
    const rotated = await cli(env, ['keys', 'rotate', '--now']);
    expect(rotated.stderr).toBe('');
    const newId = /New signing key (\S+)\./.exec(rotated.stdout)?.[1] as string;
    expect(rotated.stdout).toContain('It signs now');
    await server.services.reloadKeysIfRotated();

    const jwks = (await (await fetch(`${server.issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.map((key) => key.kid)).toEqual([newId, stagedId, oldKey.id]);
    expect(jwks.keys.every((key) => key.d === undefined)).toBe(true);

    const keySet = createRemoteJWKSet(new URL(`${server.issuer}/jwks`));
    const verify = (token: string) => jwtVerify(token, keySet, { issuer: server.issuer, audience: params.resource });
    await expect(verify(before)).resolves.toBeTruthy();
    const after = await issue();
    expect(decodeProtectedHeader(after).kid).toBe(newId);
    await expect(verify(after)).resolves.toBeTruthy();

    const human = await cli(env, ['keys', 'list']);
    expect(human.stdout).toMatch(new RegExp(`${newId}\\s+\\S+Z\\s+ES256\\s+\\(signing\\)`));
    expect(human.stdout).toContain(oldKey.id);
  });

  it('keys rotate --now then keys retire take a compromised key out of the JWKS', async () => {
    const credentials = { clientId: m2m.id, clientSecret: m2m.secret };
    const params = { resource: server.config.managementApiIndicator, scope: 'all' };
    const issue = async () => (await clientCredentialsToken(server, credentials, params)).body.access_token as string;
    const compromised = decodeProtectedHeader(await issue()).kid as string;
    const forged = await issue(); // stands for a token minted with the leaked key

    const refused = await cli(env, ['keys', 'retire', compromised]);
    expectCleanFailure(refused);
    expect(refused.stderr).toContain('keys.signing_key_in_use');
    const unknown = await cli(env, ['keys', 'retire', 'no-such-kid', '--json']);
    expectCleanFailure(unknown);
    expect(JSON.parse(unknown.stderr).error.code).toBe('entity.not_found');

    expect((await cli(env, ['keys', 'rotate', '--now'])).code).toBe(0);
    const done = await cli(env, ['keys', 'retire', compromised]);
    expect(done.stderr).toBe('');
    expect(done.stdout).toContain(`Retired signing key ${compromised}`);
    await server.services.reloadKeysIfRotated();

    const jwks = (await (await fetch(`${server.issuer}/jwks`)).json()) as JSONWebKeySet;
    expect(jwks.keys.map((key) => key.kid)).not.toContain(compromised);
    const verify = (token: string) =>
      jwtVerify(token, createLocalJWKSet(jwks), { issuer: server.issuer, audience: params.resource });
    await expect(verify(forged)).rejects.toThrow();
    await expect(verify(await issue())).resolves.toBeTruthy();
  });

  it("keys --realm admin rotates, lists and retires the administrators' keys only", async () => {
    const kids = async (issuer: string) =>
      ((await (await fetch(`${issuer}/jwks`)).json()) as JSONWebKeySet).keys.map((key) => key.kid as string);
    const adminIssuer = `${server.url}/admin/oidc`;
    const mainBefore = await kids(server.issuer);
    const [oldAdminKid] = await kids(adminIssuer);

    const rotated = await cli(env, ['keys', 'rotate', '--realm', 'admin', '--now', '--json']);
    expect(rotated.stderr).toBe('');
    const { id: newAdminKid } = JSON.parse(rotated.stdout);
    // On PostgreSQL the CLI's NOTIFY may already have reloaded the keys: either way they are published.
    await server.services.admin.liveProvider.reloadIfRotated();
    await expect.poll(() => kids(adminIssuer), { timeout: 5_000 }).toEqual([newAdminKid, oldAdminKid]);
    expect(await kids(server.issuer)).toEqual(mainBefore);

    const listed = JSON.parse((await cli(env, ['keys', 'list', '--realm', 'admin', '--json'])).stdout);
    expect(listed.map((key: { id: string }) => key.id)).toEqual([newAdminKid, oldAdminKid]);

    const retired = await cli(env, ['keys', 'retire', oldAdminKid as string, '--realm', 'admin']);
    expect(retired.code, retired.stderr).toBe(0);
    await server.services.admin.liveProvider.reloadIfRotated();
    await expect.poll(() => kids(adminIssuer), { timeout: 5_000 }).toEqual([newAdminKid]);
    expect(await kids(server.issuer)).toEqual(mainBefore);

    const unknownRealm = await cli(env, ['keys', 'list', '--realm', 'tenant']);
    expectCleanFailure(unknownRealm);
    expect(unknownRealm.stderr).toContain("'tenant' is invalid");
  });

  it('names a bad configuration and exits non-zero', async () => {
    const result = await cli({ ...env, DB_URL: 'mysql://localhost/x' }, ['keys', 'list']);
    expectCleanFailure(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DB_URL: must start with sqlite: or postgres://');
  });
});
