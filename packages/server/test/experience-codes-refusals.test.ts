import type * as oidc from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { twilioConfig } from './fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { openInteraction, socialApp } from './support/social-sign-in.js';

/** Every refusal of the code flows and of the settings the Experience API enforces, each with a clear code. */
describe(`Experience API verification code refusals (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let browser: Browser;
  let phoneSequence = 0;

  const lastSmsCode = () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string;
  const newPhone = () => `1555100${String(++phoneSequence).padStart(4, '0')}`;
  const send = (value: string, event = 'SignIn') =>
    browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'phone', value },
      interactionEvent: event,
    });
  const verify = (value: string, verificationId: string, code: string) =>
    browser.api('POST', '/verification/verification-code/verify', {
      identifier: { type: 'phone', value },
      verificationId,
      code,
    });
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  /** Moves a code's expiry into the past inside the stored interaction (time travel without sleeping). */
  async function expire(verificationId: string) {
    const { db } = server.services;
    const rows = await db
      .selectFrom('oidc_model_instances')
      .select(['id', 'payload'])
      .where('model_name', '=', 'Interaction')
      .execute();
    for (const row of rows) {
      const payload = JSON.parse(row.payload);
      const record = payload.result?.experience?.verifications?.[verificationId];
      if (!record) continue;
      record.expiresAt = Date.now() - 1000;
      await db
        .updateTable('oidc_model_instances')
        .set({ payload: JSON.stringify(payload) })
        .where('model_name', '=', 'Interaction')
        .where('id', '=', row.id)
        .execute();
    }
  }

  const methods = [
    { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
    { identifier: 'phone', password: false, verificationCode: true, isPasswordPrimary: false },
  ];

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await api.post('/connectors', { connectorId: 'twilio-short-message-service', config: twilioConfig() });
    const patched = await api.patch('/sign-in-exp', { signIn: { methods } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  beforeEach(async () => {
    browser = new Browser(server.url);
    await openInteraction(browser, config);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  it('refuses a wrong code, then still accepts the right one once (single use)', async () => {
    const phone = newPhone();
    const { body } = await send(phone);
    const code = lastSmsCode();
    const bad = await verify(phone, body.verificationId, wrong(code));
    expect(bad).toMatchObject({ status: 400, body: { code: 'verification_code.code_mismatch' } });
    expect((await verify(phone, body.verificationId, code)).status).toBe(200);
    const again = await verify(phone, body.verificationId, code);
    expect(again).toMatchObject({ status: 400, body: { code: 'verification_code.not_found' } });
    const elsewhere = await verify(newPhone(), body.verificationId, code);
    expect(elsewhere.body.code).toBe('verification_code.identifier_mismatch');
  });

  it('refuses an expired code', async () => {
    const phone = newPhone();
    const { body } = await send(phone);
    await expire(body.verificationId);
    const late = await verify(phone, body.verificationId, lastSmsCode());
    expect(late).toMatchObject({ status: 400, body: { code: 'verification_code.expired' } });
  });

  it('kills a code after 5 wrong tries, even for the right code', async () => {
    const phone = newPhone();
    const { body } = await send(phone);
    const code = lastSmsCode();
    for (let i = 0; i < 5; i++) expect((await verify(phone, body.verificationId, wrong(code))).status).toBe(400);
    const dead = await verify(phone, body.verificationId, code);
    expect(dead).toMatchObject({ status: 400, body: { code: 'verification_code.exceed_max_try' } });
  });

  it('limits the codes sent to one identifier', async () => {
    const phone = newPhone();
    for (let i = 0; i < 5; i++) expect((await send(phone)).status).toBe(200);
    const sent = fakes.twilio.messages.length;
    const limited = await send(phone);
    expect(limited).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
    expect(fakes.twilio.messages.length).toBe(sent);
  });

  it('refuses a code for an unknown phone at identification (user.user_not_exist) and a suspended user', async () => {
    const phone = newPhone();
    const { body } = await send(phone);
    await verify(phone, body.verificationId, lastSmsCode());
    const unknown = await browser.api('POST', '/identification', { verificationId: body.verificationId });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'user.user_not_exist' } });

    const suspendedPhone = newPhone();
    const user = await createUser(server, { primaryPhone: suspendedPhone });
    await api.patch(`/users/${user.id}/is-suspended`, { isSuspended: true });
    const second = await send(suspendedPhone);
    await verify(suspendedPhone, second.body.verificationId, lastSmsCode());
    const refused = await browser.api('POST', '/identification', { verificationId: second.body.verificationId });
    expect(refused).toMatchObject({ status: 401, body: { code: 'user.suspended' } });
  });

  it('refuses identifiers and methods the settings do not allow', async () => {
    const email = await browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'email', value: 'someone@example.com' },
      interactionEvent: 'SignIn',
    });
    expect(email).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });
    expect(email.body.message).toContain('email verification code');
    const user = await createUser(server, { primaryPhone: newPhone(), primaryEmail: 'pw@example.com' });
    const byEmail = await browser.api('POST', '/verification/password', {
      identifier: { type: 'email', value: 'pw@example.com' },
      password,
    });
    expect(byEmail).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });
    const phoneSignUp = await send(newPhone(), 'Register');
    expect(phoneSignUp).toMatchObject({ status: 422, body: { code: 'user.sign_up_method_not_enabled' } });
    expect(user.id).toBeTruthy();
  });

  it('refuses a weak password at sign-up with every broken rule named', async () => {
    expect((await browser.api('PUT', '', { interactionEvent: 'Register' })).status).toBe(204);
    const weak = await browser.api('POST', '/verification/new-password-identity', {
      identifier: { type: 'username', value: 'weakling' },
      password: 'aaaa1234',
    });
    expect(weak.status).toBe(422);
    const codes = weak.body.data.issues.map((issue: { code: string }) => issue.code);
    expect(codes).toEqual(['password_rejected.restricted.repetition', 'password_rejected.restricted.sequence']);
    expect(weak.body.message).toContain('sequence such as 1234');
  });

  it('refuses sign-up when the settings allow sign-in only, and sign-in when they allow sign-up only', async () => {
    expect((await api.patch('/sign-in-exp', { signInMode: 'SignIn' })).status).toBe(200);
    try {
      const start = await browser.api('PUT', '', { interactionEvent: 'Register' });
      expect(start).toMatchObject({ status: 403, body: { code: 'user.sign_up_not_allowed' } });
      const switched = await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' });
      expect(switched.status).toBe(403);
      const code = await send(newPhone(), 'Register');
      expect(code).toMatchObject({ status: 403, body: { code: 'user.sign_up_not_allowed' } });
    } finally {
      expect((await api.patch('/sign-in-exp', { signInMode: 'SignInAndRegister' })).status).toBe(200);
    }
    expect((await api.patch('/sign-in-exp', { signInMode: 'Register' })).status).toBe(200);
    try {
      const start = await browser.api('PUT', '', { interactionEvent: 'SignIn' });
      expect(start).toMatchObject({ status: 403, body: { code: 'user.sign_in_not_allowed' } });
    } finally {
      expect((await api.patch('/sign-in-exp', { signInMode: 'SignInAndRegister' })).status).toBe(200);
    }
  });
});
