import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import { registerToMfaStep, setMfaPolicy, signInToMfaStep, storedMfaTypes, totpOf } from './support/mfa-sign-in.js';
import { type AuthorizationRequest, createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import type { Browser } from './support/sign-in.js';
import { socialApp } from './support/social-sign-in.js';

/**
 * Multi-factor authentication through the Experience API, from an app's authorization
 * request to its tokens: TOTP enrolment when the policy is mandatory, TOTP and backup codes
 * at the next sign-ins (with their refusals), and skipping when the policy is optional.
 */
describe(`Experience API MFA (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  const setPolicy = (policy: string, factors = ['Totp', 'BackupCode']) => setMfaPolicy(api, policy, factors);
  const passwordStep = (username: string) => signInToMfaStep(server, config, username);
  const finish = (browser: Browser, request: AuthorizationRequest) => submitToApp(config, browser, request);

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_PASSWORD_MAX_ATTEMPTS: '5' });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
  });
  afterAll(async () => {
    await setPolicy('UserControlled', []);
    await server.stop();
  });

  describe('mandatory TOTP with backup codes', () => {
    let username: string;
    let userId: string;
    let secret: string;
    let enrolmentCode: string;
    let backupCodes: string[];

    beforeAll(async () => {
      await setPolicy('Mandatory');
      const user = await createUser(server);
      username = user.username as string;
      userId = user.id;
    });

    it('enrols TOTP and backup codes on the first sign-in, then issues tokens', async () => {
      const { browser, request } = await passwordStep(username);
      const missing = await browser.api('POST', '/submit');
      expect(missing.status).toBe(422);
      expect(missing.body).toMatchObject({
        code: 'user.missing_mfa',
        data: { availableFactors: ['Totp', 'BackupCode'], skippable: false },
      });
      const skip = await browser.api('POST', '/profile/mfa/mfa-skipped');
      expect(skip.status).toBe(422);

      const created = expectOk(await browser.api('POST', '/verification/totp/secret'), 200, 'totp secret');
      expect(created.body.secret).toMatch(/^[A-Z2-7]+=*$/);
      expect(created.body.secretQrCode).toMatch(/^data:image\/png;base64,/);
      secret = created.body.secret;
      const { verificationId } = created.body;
      const wrong = await browser.api('POST', '/verification/totp/verify', {
        code: String((Number(totpOf(secret).generate()) + 1) % 1_000_000).padStart(6, '0'),
        verificationId,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('session.mfa.invalid_totp_code');
      const unverified = await browser.api('POST', '/profile/mfa', { type: 'Totp', verificationId });
      expect(unverified.status).toBe(400);
      enrolmentCode = totpOf(secret).generate();
      expectOk(
        await browser.api('POST', '/verification/totp/verify', { code: enrolmentCode, verificationId }),
        200,
        'verify totp',
      );
      expectOk(await browser.api('POST', '/profile/mfa', { type: 'Totp', verificationId }), 204, 'bind totp');

      const generated = expectOk(await browser.api('POST', '/verification/backup-code/generate'), 200, 'backup codes');
      backupCodes = generated.body.codes;
      expect(backupCodes).toHaveLength(10);
      expect(new Set(backupCodes).size).toBe(10);
      expectOk(
        await browser.api('POST', '/profile/mfa', {
          type: 'BackupCode',
          verificationId: generated.body.verificationId,
        }),
        204,
        'bind backup codes',
      );

      const claims = await finish(browser, request);
      expect(claims.sub).toBe(userId);
      const rows = await storedMfaTypes(server, userId);
      expect(rows.map((r) => r.type).sort()).toEqual(['BackupCode', 'Totp']);
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(secret);
      for (const code of backupCodes) expect(stored).not.toContain(code);
    });

    it('requires the TOTP code at the next sign-in: refuses none, a wrong one and a replayed one', async () => {
      const { browser, request } = await passwordStep(username);
      const required = await browser.api('POST', '/submit');
      expect(required.status).toBe(403);
      expect(required.body).toMatchObject({
        code: 'session.mfa.require_mfa_verification',
        data: { availableFactors: ['Totp', 'BackupCode'] },
      });
      const now = totpOf(secret).generate();
      const wrong = String((Number(now) + 1) % 1_000_000).padStart(6, '0');
      expect((await browser.api('POST', '/verification/totp/verify', { code: wrong })).status).toBe(400);
      // The enrolment code's time step is used: within its window it cannot be replayed.
      const replayed = await browser.api('POST', '/verification/totp/verify', { code: enrolmentCode });
      expect(replayed.status).toBe(400);
      expect((await browser.api('POST', '/submit')).status).toBe(403);
      // The next step's code (accepted within one step of drift) has not been used yet.
      const next = totpOf(secret).generate({ timestamp: Date.now() + 30_000 });
      expectOk(await browser.api('POST', '/verification/totp/verify', { code: next }), 200, 'verify totp');
      const claims = await finish(browser, request);
      expect(claims.sub).toBe(userId);

      const again = await passwordStep(username);
      const reused = await again.browser.api('POST', '/verification/totp/verify', { code: next });
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('session.mfa.invalid_totp_code');
    });

    it('accepts a backup code once, not twice', async () => {
      const first = await passwordStep(username);
      expectOk(
        await first.browser.api('POST', '/verification/backup-code/verify', { code: backupCodes[0] }),
        200,
        'backup code',
      );
      expect((await finish(first.browser, first.request)).sub).toBe(userId);

      const second = await passwordStep(username);
      const reused = await second.browser.api('POST', '/verification/backup-code/verify', { code: backupCodes[0] });
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('session.mfa.invalid_backup_code');
      expect((await second.browser.api('POST', '/submit')).status).toBe(403);
      expectOk(
        await second.browser.api('POST', '/verification/backup-code/verify', { code: backupCodes[1] }),
        200,
        'another backup code',
      );
      expect((await finish(second.browser, second.request)).sub).toBe(userId);
    });

    it('counts wrong codes toward the lockout', async () => {
      const { browser } = await passwordStep(username);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await browser.api('POST', '/verification/backup-code/verify', { code: 'ffffffffff' })).status);
      expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
      expect(statuses[5]).toBe(429);
      const locked = await browser.api('POST', '/verification/totp/verify', { code: totpOf(secret).generate() });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('session.verification_blocked_too_many_attempts');
    });

    it('refuses backup codes alone as a first factor', async () => {
      const user = await createUser(server);
      const { browser } = await passwordStep(user.username as string);
      const generated = expectOk(await browser.api('POST', '/verification/backup-code/generate'), 200, 'generate');
      const alone = await browser.api('POST', '/profile/mfa', {
        type: 'BackupCode',
        verificationId: generated.body.verificationId,
      });
      expect(alone.status).toBe(422);
      expect(alone.body.code).toBe('session.mfa.backup_code_can_not_be_alone');
    });
  });

  it('enrols TOTP at sign-up when mandatory, before the new account gets tokens', async () => {
    await setPolicy('Mandatory', ['Totp']);
    const { browser, request } = await registerToMfaStep(server, config, `mfa_${Date.now()}`);
    expect((await browser.api('POST', '/submit')).body).toMatchObject({
      code: 'user.missing_mfa',
      data: { availableFactors: ['Totp'] },
    });
    const backup = await browser.api('POST', '/verification/backup-code/generate');
    expect(backup.status).toBe(400);
    expect(backup.body.code).toBe('session.mfa.mfa_factor_not_enabled');
    const secret = expectOk(await browser.api('POST', '/verification/totp/secret'), 200, 'totp secret');
    const { verificationId } = secret.body;
    const code = totpOf(secret.body.secret).generate();
    expectOk(await browser.api('POST', '/verification/totp/verify', { code, verificationId }), 200, 'verify totp');
    expectOk(await browser.api('POST', '/profile/mfa', { type: 'Totp', verificationId }), 204, 'bind totp');
    const claims = await finish(browser, request);
    expect(await storedMfaTypes(server, claims.sub)).toEqual([{ type: 'Totp' }]);
  });

  it('lets the user skip setting up MFA when the policy is user-controlled', async () => {
    await setPolicy('UserControlled');
    const user = await createUser(server);
    const { browser, request } = await passwordStep(user.username as string);
    const prompted = await browser.api('POST', '/submit');
    expect(prompted.status).toBe(422);
    expect(prompted.body).toMatchObject({ code: 'user.missing_mfa', data: { skippable: true } });
    expectOk(await browser.api('POST', '/profile/mfa/mfa-skipped'), 204, 'skip');
    expect((await finish(browser, request)).sub).toBe(user.id);
  });
});
