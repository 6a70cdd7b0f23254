import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash as bcrypt } from '@node-rs/bcrypt';
import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Checkpoint, freshCheckpoint } from '../src/cli/import-checkpoint.js';
import { type CliResult, cli, ensureBuiltCli, startCli } from './support/cli.js';
import { type HookReceiver, signatureValid, startHookReceiver } from './support/hook-receiver.js';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, redeemCode } from './support/oidc-fixtures.js';
import { dialect, freshDatabaseUrl, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/**
 * `tessera users import` and `tessera users export`, run as child processes against the
 * database of a running server: rows in, rejects with reasons, imported passwords that sign in
 * through a real OIDC client, resuming after SIGKILL and SIGINT, and an export that re-imports.
 */

const callback = 'http://localhost:3000/callback';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const jsonl = (rows: unknown[]) => rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n');

interface Summary {
  imported: number;
  alreadyImported: number;
  rejected: number;
  reasons: Record<string, number>;
  rejections: { line: number; code: string; reason: string }[];
  completed: boolean;
  resumedFromLine?: number;
  lastLine: number;
}

const summaryOf = (result: CliResult): Summary => {
  expect(result.stderr, result.stderr).toBe('');
  return JSON.parse(result.stdout) as Summary;
};

describe(`tessera users import and export (${dialect})`, { timeout: 120_000 }, () => {
  let server: TestServer;
  let env: Record<string, string>;
  let dir: string;
  let config: oidc.Configuration;
  let receiver: HookReceiver;

  beforeAll(async () => {
    ensureBuiltCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-import-'));
    receiver = await startHookReceiver();
    server = await startTestServer({ TESSERA_HOOKS_POLL_MS: '100' });
    env = { DB_URL: server.dbUrl, TESSERA_DATA_DIR: server.dataDir };
    const app = await createApp(server, 'SPA', [callback]);
    config = await clientConfig(server, app.id);
  });
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };
  const importFile = (input: string, ...args: string[]) => cli(env, ['users', 'import', input, '--json', ...args]);
  const countUsers = (search: string) => server.services.stores.users.count({ search });

  async function signInAs(target: TestServer, targetConfig: oidc.Configuration, username: string, secret: string) {
    const request = await authorizationRequest(targetConfig, { redirect_uri: callback });
    const url = await signIn(new Browser(target.url), request.url, { username, password: secret });
    return (await redeemCode(targetConfig, request, url)).claims()?.sub;
  }

  it('imports JSON Lines with plain passwords and bcrypt / SHA-256 digests, which then sign in', async () => {
    const input = file(
      'users.jsonl',
      jsonl([
        {
          username: 'jl_bcrypt',
          primaryEmail: 'JL.Bcrypt@Example.com',
          passwordDigest: await bcrypt('bcrypt password 1', 8),
          passwordAlgorithm: 'Bcrypt',
          customData: { plan: 'pro' },
          profile: { givenName: 'Bea' },
        },
        { username: 'jl_sha', passwordDigest: sha256('sha password 2'), passwordAlgorithm: 'SHA256' },
        { username: 'jl_plain', primaryPhone: '15550001', password: 'plain password 3', name: 'Plain' },
        { username: 'jl_sha', primaryEmail: 'other@example.com' },
        '{"username": "jl_broken"',
        { username: '1jl_bad', primaryEmail: 'not an email' },
        { username: 'jl_nodigestalg', passwordDigest: sha256('x') },
        { username: 'jl_extra', isAdmin: true },
        '',
        { username: 'jl_last', primaryEmail: 'jl.bcrypt@example.com' },
      ]),
    );
    const rejects = path.join(dir, 'users.rejects.jsonl');
    const summary = summaryOf(await importFile(input, '--rejects', rejects, '--batch-size', '4'));
    expect(summary).toMatchObject({ imported: 3, rejected: 6, completed: true, lastLine: 10 });
    expect(summary.reasons).toEqual({
      'user.username_already_in_use': 1,
      'user.email_already_in_use': 1,
      'import.unreadable_row': 1,
      'guard.invalid_input': 2,
      'user.password_algorithm_required': 1,
    });
    const rejected = fs
      .readFileSync(rejects, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rejected.map(({ line, code }) => [line, code])).toEqual([
      [4, 'user.username_already_in_use'],
      [5, 'import.unreadable_row'],
      [6, 'guard.invalid_input'],
      [7, 'user.password_algorithm_required'],
      [8, 'guard.invalid_input'],
      [10, 'user.email_already_in_use'],
    ]);
    expect(rejected[2].reason).toMatch(/username: must start with a letter/);
    expect(rejected[2].reason).toMatch(/primaryEmail: must be an email address/);
    expect(rejected[4].reason).toMatch(/isAdmin/);
    expect(rejected[1].row).toBe('{"username": "jl_broken"');
    expect(fs.statSync(rejects).mode & 0o777).toBe(0o600);

    const stored = await server.services.users.findByIdentifier('username', 'jl_bcrypt');
    expect(stored).toMatchObject({ primary_email: 'jl.bcrypt@example.com', password_encryption_method: 'Bcrypt' });
    expect(JSON.parse(stored?.custom_data ?? '')).toEqual({ plan: 'pro' });
    expect(JSON.parse(stored?.profile ?? '')).toEqual({ givenName: 'Bea' });
    const plain = await server.services.users.findByIdentifier('username', 'jl_plain');
    expect(plain?.password_encryption_method).toBe('Argon2id');
    expect(plain?.password_encrypted).not.toContain('plain password 3');

    expect(await signInAs(server, config, 'jl_bcrypt', 'bcrypt password 1')).toBe(stored?.id);
    const sha = await server.services.users.findByIdentifier('username', 'jl_sha');
    expect(await signInAs(server, config, 'jl_sha', 'sha password 2')).toBe(sha?.id);
    expect(await signInAs(server, config, 'jl_plain', 'plain password 3')).toBe(plain?.id);
    // Re-hashed at the first sign-in.
    expect((await server.services.users.findByIdentifier('username', 'jl_sha'))?.password_encryption_method).toBe(
      'Argon2id',
    );

    // The same command again: the checkpoint says it is done, and nothing is imported twice.
    const again = summaryOf(await importFile(input));
    expect(again).toMatchObject({ imported: 3, completed: true, alreadyCompleted: true });
    expect(await countUsers('jl_')).toBe(3);
  });

  it('imports CSV with a header, JSON cells and quoted fields, reporting bad rows by line', async () => {
    const digest = sha256('csv password');
    const input = file(
      'users.csv',
      [
        'username,primaryEmail,name,customData,profile,password,passwordDigest,passwordAlgorithm',
        `csv_digest,csv.digest@example.com,"Smith, Ann","{""tier"":2}","{""locale"":""en""}",,${digest},SHA256`,
        'csv_plain,,"Multi\nline",,,csv plain password,,',
        'csv_badjson,,,{oops,,,,',
        'csv_short,only three',
        'csv_digest,,,,,,,',
        'csv_alg,,,,,,abc,SHA256',
      ].join('\r\n'),
    );
    const rejects = path.join(dir, 'users.csv.rejects.jsonl');
    const summary = summaryOf(await importFile(input, '--rejects', rejects));
    expect(summary).toMatchObject({ imported: 2, rejected: 4, completed: true });
    expect(summary.rejections.map(({ line, code }) => [line, code])).toEqual([
      [5, 'import.unreadable_row'],
      [6, 'import.unreadable_row'],
      [7, 'user.username_already_in_use'],
      [8, 'guard.invalid_input'],
    ]);
    expect(summary.rejections[0]?.reason).toBe('customData: the cell is not valid JSON');
    expect(summary.rejections[3]?.reason).toMatch(/SHA256 digest must be the unsalted SHA-256/);

    const user = await server.services.users.findByIdentifier('username', 'csv_digest');
    expect(user).toMatchObject({ name: 'Smith, Ann', primary_email: 'csv.digest@example.com' });
    expect(JSON.parse(user?.custom_data ?? '')).toEqual({ tier: 2 });
    expect(JSON.parse(user?.profile ?? '')).toEqual({ locale: 'en' });
    expect((await server.services.users.findByIdentifier('username', 'csv_plain'))?.name).toBe('Multi\nline');
    expect(await signInAs(server, config, 'csv_digest', 'csv password')).toBe(user?.id);
    expect(await signInAs(server, config, 'csv_plain', 'csv plain password')).toBeTruthy();

    const badHeader = await importFile(file('bad-header.csv', 'username,isAdmin\nann,true\n'));
    expect(badHeader.code).toBe(1);
    expect(JSON.parse(badHeader.stderr).error.message).toMatch(/unknown CSV column "isAdmin"/);
  });

  /** 60 rows: every fourth has no username, email or phone (nothing unique to catch a duplicate), two are invalid. */
  function resumableRows(prefix: string): { rows: unknown[]; valid: number } {
    const rows: unknown[] = [];
    for (let i = 1; i <= 60; i++) {
      if (i === 17 || i === 41) rows.push({ username: `${prefix}${i}`, primaryEmail: 'nope' });
      else if (i % 4 === 0) rows.push({ name: `${prefix}person ${i}` });
      else rows.push({ username: `${prefix}${i}`, passwordDigest: sha256(`pw ${i}`), passwordAlgorithm: 'SHA256' });
    }
    return { rows, valid: 58 };
  }

  const readCheckpoint = (input: string) =>
    JSON.parse(fs.readFileSync(`${input}.tessera-import.json`, 'utf8')) as Checkpoint;

  /** Starts a slow import (5 rows per batch, a pause after each) and waits for its first committed batch. */
  async function startSlowImport(input: string) {
    const run = startCli(env, ['users', 'import', input, '--json', '--batch-size', '5', '--test-batch-delay', '300']);
    await expect
      .poll(() => fs.existsSync(`${input}.tessera-import.json`) && readCheckpoint(input).line > 0, {
        timeout: 30_000,
        interval: 20,
      })
      .toBe(true);
    return run;
  }

  it('sends User.Created for each imported user, written with its batch and delivered by the server', async () => {
    const api = await managementApi(server);
    const hook = (await api.post('/hooks', { name: 'sync', events: ['User.Created'], config: { url: receiver.url } }))
      .body as { id: string; signingKey: string };
    const names = ['hooked_a', 'hooked_b', 'hooked_c', 'hooked_d', 'hooked_e'];
    // Batches of two, and one row refused on its own (a taken username) inside the last batch.
    const input = file('hooked.jsonl', jsonl([...names.map((username) => ({ username })), { username: 'hooked_a' }]));
    const summary = summaryOf(await importFile(input, '--batch-size', '2'));
    expect(summary).toMatchObject({ imported: 5, rejected: 1, completed: true });
    const mine = () => receiver.of('User.Created').filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine().length, { timeout: 15_000 }).toBe(5);
    expect(
      mine()
        .map((r) => r.body.data.username)
        .sort(),
    ).toEqual(names);
    for (const delivery of mine()) expect(signatureValid(delivery, hook.signingKey)).toBe(true);
    const ids = await Promise.all(names.map(async (name) => (await api.get(`/users?search=${name}`)).body[0].id));
    expect(
      mine()
        .map((r) => r.body.data.id)
        .sort(),
    ).toEqual(ids.sort());
    await api.delete(`/hooks/${hook.id}`);
  });

  it('resumes after SIGKILL from the last committed batch, without duplicating any user', async () => {
    const { rows, valid } = resumableRows('kill_');
    const input = file('kill.jsonl', jsonl(rows));
    const run = await startSlowImport(input);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const checkpoint = readCheckpoint(input);
    expect(checkpoint.completedAt).toBeUndefined();
    expect(checkpoint.line).toBeLessThan(60);
    expect(await countUsers('kill_')).toBeLessThan(valid);

    const resumed = summaryOf(await importFile(input));
    expect(resumed).toMatchObject({ completed: true, imported: valid, rejected: 2, lastLine: 60 });
    expect(resumed.resumedFromLine).toBe(checkpoint.line + 1);
    expect(await countUsers('kill_')).toBe(valid);
    expect(await countUsers('kill_person')).toBe(15);

    // A batch committed just before the checkpoint was written (the worst moment for a crash) is
    // recognised by its ids on the re-run: rewind the checkpoint to before every batch.
    const { seed, input: inputFingerprint, format } = readCheckpoint(input);
    fs.writeFileSync(
      `${input}.tessera-import.json`,
      JSON.stringify({ ...freshCheckpoint(inputFingerprint, format), seed }),
    );
    const replayed = summaryOf(await importFile(input));
    expect(replayed).toMatchObject({ completed: true, imported: valid, alreadyImported: valid, rejected: 2 });
    expect(await countUsers('kill_')).toBe(valid);
  });

  it('stops at a batch boundary on SIGINT (exit 130), and refuses to resume a changed file', async () => {
    const { rows, valid } = resumableRows('int_');
    const input = file('interrupt.jsonl', jsonl(rows));
    const run = await startSlowImport(input);
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code).toBe(130);
    const summary = JSON.parse(stopped.stdout) as Summary;
    expect(summary.completed).toBe(false);
    const checkpoint = readCheckpoint(input);
    expect(summary.lastLine).toBe(checkpoint.line);
    // The batch under way was finished and recorded: exactly the checkpoint's users are in.
    expect(await countUsers('int_')).toBe(checkpoint.imported);
    expect(checkpoint.line % 5).toBe(0);

    const human = await cli(env, ['users', 'import', input, '--batch-size', '5']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      new RegExp(`^Imported ${valid} users from .* \\(resumed at line ${checkpoint.line + 1}\\)`),
    );

    fs.appendFileSync(input, `\n${JSON.stringify({ username: 'int_added' })}`);
    const refused = await importFile(input, '--rejects', path.join(dir, 'int.rejects.jsonl'));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(JSON.parse(refused.stderr).error).toMatchObject({ code: 'import.input_changed' });
    expect(refused.stderr).toMatch(/--restart/);

    const restarted = summaryOf(await importFile(input, '--restart'));
    // Users with a username are refused as duplicates; the 15 without anything unique come in again.
    expect(restarted).toMatchObject({ completed: true, imported: 16, rejected: 45 });
    expect(restarted.reasons['user.username_already_in_use']).toBe(43);
    expect(await countUsers('int_added')).toBe(1);
  });

  it('exports users (JSON Lines and CSV, mode 0600) that import into a fresh server and sign in there', async () => {
    const jsonlOut = path.join(dir, 'export.jsonl');
    const csvOut = path.join(dir, 'export.csv');
    const exported = await cli(env, ['users', 'export', '--output', jsonlOut, '--json', '--page-size', '7']);
    expect(exported.code, exported.stderr).toBe(0);
    const total = await server.services.stores.users.count({});
    expect(JSON.parse(exported.stdout)).toEqual({ exported: total, file: jsonlOut, format: 'jsonl' });
    expect(fs.statSync(jsonlOut).mode & 0o777).toBe(0o600);
    const lines = fs.readFileSync(jsonlOut, 'utf8').split('\n').filter(Boolean);
    expect(total).toBeGreaterThan(100);
    expect(lines).toHaveLength(total);
    const viaStdout = await cli(env, ['users', 'export', '--format', 'csv', '--page-size', '3']);
    expect(viaStdout.code).toBe(0);
    expect((await cli(env, ['users', 'export', '--format', 'csv', '--output', csvOut])).code).toBe(0);
    expect(fs.readFileSync(csvOut, 'utf8')).toBe(viaStdout.stdout);
    expect(fs.statSync(csvOut).mode & 0o777).toBe(0o600);

    const target = await startTestServer();
    try {
      const targetEnv = { DB_URL: target.dbUrl, TESSERA_DATA_DIR: target.dataDir };
      const imported = summaryOf(await cli(targetEnv, ['users', 'import', jsonlOut, '--json']));
      expect(imported).toMatchObject({ imported: total, rejected: 0, completed: true });
      const again = await cli(targetEnv, ['users', 'export']);
      expect(again.stdout.split('\n').filter(Boolean).sort()).toEqual([...lines].sort());

      const targetConfig = await clientConfig(target, (await createApp(target, 'SPA', [callback])).id);
      const signedIn = async (username: string, secret: string) =>
        (await signInAs(target, targetConfig, username, secret)) ===
        (await target.services.users.findByIdentifier('username', username))?.id;
      // Argon2id (imported as a plain password, or re-hashed at sign-in) and a SHA-256 digest never used yet.
      expect(await signedIn('jl_plain', 'plain password 3')).toBe(true);
      expect(await signedIn('jl_sha', 'sha password 2')).toBe(true);
      expect(await signedIn('kill_1', 'pw 1')).toBe(true);

      // The CSV export round-trips too: into a third, empty database, then exported again.
      const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-import-csv-'));
      const csvEnv = { DB_URL: await freshDatabaseUrl(csvDir), TESSERA_DATA_DIR: csvDir };
      expect(summaryOf(await cli(csvEnv, ['users', 'import', csvOut, '--json']))).toMatchObject({ imported: total });
      const fromCsv = await cli(csvEnv, ['users', 'export']);
      expect(fromCsv.stdout.split('\n').filter(Boolean).sort()).toEqual([...lines].sort());
      fs.rmSync(csvDir, { recursive: true, force: true });
    } finally {
      await target.stop();
    }
  });
});
