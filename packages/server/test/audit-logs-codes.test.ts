import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';

type Json = Record<string, any>;

/** Verification codes in the audit log: the send and each check, under Logto's keys, never the code. */
describe(`audit logs of verification codes (${dialect})`, () => {
  let setup: CodeSignInServer;

  beforeAll(async () => {
    setup = await startCodeSignInServer();
  });
  afterAll(() => setup.close());

  it('records the code sent and each check (a wrong code as an Error), with the app', async () => {
    const { server, api } = setup;
    await createUser(server, { primaryEmail: 'audited@example.com' });
    const browser = await setup.interaction('SignIn');
    const identifier = { type: 'email', value: 'audited@example.com' };
    const sent = await browser.api('POST', '/verification/verification-code', {
      identifier,
      interactionEvent: 'SignIn',
    });
    expect(sent.status).toBe(200);
    const { verificationId } = sent.body;
    const code = setup.lastMailCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await browser.api('POST', '/verification/verification-code/verify', {
      identifier,
      verificationId,
      code: wrong,
    });
    expect(refused.status).toBe(400);
    const verified = await browser.api('POST', '/verification/verification-code/verify', {
      identifier,
      verificationId,
      code,
    });
    expect(verified.status).toBe(200);

    await server.services.auditLog.flush();
    const { body } = await api.get('/logs?page_size=100');
    const mine = (body as Json[]).filter((entry) => entry.payload.identifier?.value === identifier.value).reverse();
    expect(mine.map((entry) => [entry.key, entry.payload.result])).toEqual([
      ['Interaction.SignIn.Verification.EmailVerificationCode.Create', 'Success'],
      ['Interaction.SignIn.Verification.EmailVerificationCode.Submit', 'Error'],
      ['Interaction.SignIn.Verification.EmailVerificationCode.Submit', 'Success'],
    ]);
    for (const entry of mine) {
      expect(entry.payload.verificationId).toBe(verificationId);
      expect(entry.payload.applicationId).toBeTruthy();
    }
    expect(mine[1]?.payload.error.code).toBe(refused.body.code);
    expect(JSON.stringify(mine)).not.toContain(code);
  });
});
