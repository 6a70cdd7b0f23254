import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { managementApi } from './support/management-client.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const method = (identifier: string, password: boolean, verificationCode: boolean) => ({
  identifier,
  password,
  verificationCode,
  isPasswordPrimary: password,
});

/** GET/PATCH /api/sign-in-exp: Logto's shape, defaults, and every impossible combination refused with a reason. */
describe(`sign-in experience settings (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let oauth: OAuth2Fake;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    [fakes, oauth] = await Promise.all([startProviderFakes(), startOAuth2Fake()]);
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([fakes.close(), oauth.close()]);
  });

  it('starts with the defaults, in Logto’s shape', async () => {
    const { status, body } = await api.get('/sign-in-exp');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'default',
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: { methods: [method('username', true, false)] },
      passwordPolicy: {
        length: { min: 8, max: 256 },
        characterTypes: { min: 1 },
        rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
      },
      languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
      termsOfUseUrl: null,
      privacyPolicyUrl: null,
      signInMode: 'SignInAndRegister',
      socialSignInConnectorTargets: [],
      mfa: { factors: [], policy: 'UserControlled' },
      verificationCodePolicy: { expirationDuration: 600, maxRetryAttempts: 5 },
    });
  });

  it('refuses every impossible combination with a code and a reason, and saves nothing', async () => {
    const before = (await api.get('/sign-in-exp')).body;
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [
        'email sign-up without an Email connector',
        {
          signUp: { identifiers: ['email'], password: false, verify: true },
          signIn: { methods: [method('email', false, true)] },
        },
        'sign_in_experiences.enabled_connector_not_found',
        'needs an Email connector',
      ],
      [
        'email code sign-in without an Email connector',
        { signIn: { methods: [method('username', true, false), method('email', false, true)] } },
        'sign_in_experiences.enabled_connector_not_found',
        'needs an Email connector',
      ],
      [
        'phone code sign-in without an SMS connector',
        { signIn: { methods: [method('username', true, false), method('phone', true, true)] } },
        'sign_in_experiences.enabled_connector_not_found',
        'needs an SMS connector',
      ],
      [
        'username sign-up without a password',
        { signUp: { identifiers: ['username'], password: false, verify: false } },
        'sign_in_experiences.username_requires_password',
        'needs "create a password"',
      ],
      [
        'a sign-in method with neither password nor code',
        { signIn: { methods: [method('username', false, false)] } },
        'sign_in_experiences.sign_in_method_without_factor',
        'needs a password, a verification code or both',
      ],
      [
        'a username receiving a code',
        { signIn: { methods: [method('username', true, true)] } },
        'sign_in_experiences.username_cannot_receive_code',
        'cannot receive a verification code',
      ],
      [
        'the sign-up identifier missing from the sign-in methods',
        { signIn: { methods: [method('phone', true, false)] } },
        'sign_in_experiences.miss_sign_up_identifier_in_sign_in',
        'must also be a sign-in method',
      ],
      [
        'no sign-in method and no social connector',
        { signUp: { identifiers: [], password: true, verify: false }, signIn: { methods: [] } },
        'sign_in_experiences.empty_sign_in_methods',
        'no way to sign in',
      ],
      [
        'social targets without a social connector',
        { socialSignInConnectorTargets: ['github'] },
        'sign_in_experiences.enabled_connector_not_found',
        'No social connector is set up for: github',
      ],
      [
        'two sign-up identifiers other than email or phone',
        { signUp: { identifiers: ['username', 'email'], password: true, verify: true } },
        'sign_in_experiences.invalid_sign_up_identifiers',
        'must be one of',
      ],
      [
        'a minimum password length above the maximum',
        { passwordPolicy: { length: { min: 20, max: 10 } } },
        'sign_in_experiences.invalid_password_policy',
        'is above the maximum',
      ],
      [
        'mandatory MFA without factors',
        { mfa: { factors: [], policy: 'Mandatory' } },
        'sign_in_experiences.at_least_one_authentication_factor',
        'at least one factor',
      ],
      [
        'a manual agreement without a link',
        { agreeToTermsPolicy: 'Manual' },
        'sign_in_experiences.empty_content_url_of_terms_of_use',
        'terms of use or a privacy policy link',
      ],
    ];
    for (const [label, patch, code, reason] of cases) {
      const { status, body } = await api.patch('/sign-in-exp', patch);
      expect(status, `${label}: ${JSON.stringify(body)}`).toBe(400);
      expect(body.code, label).toBe(code);
      expect(body.message, label).toContain(reason);
    }
    expect((await api.get('/sign-in-exp')).body).toEqual(before);
  });

  it('forces verification for email and phone sign-up, and sign-in methods matching the sign-up password', async () => {
    await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(fakes.smtp.port),
    });
    const noVerify = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: false },
      signIn: { methods: [method('email', false, true)] },
    });
    expect(noVerify.body.code).toBe('sign_in_experiences.passwordless_requires_verify');
    const passwordNotAccepted = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: true, verify: true },
      signIn: { methods: [method('email', false, true)] },
    });
    expect(passwordNotAccepted.body.code).toBe('sign_in_experiences.password_sign_in_must_be_enabled');
    const codeNotAccepted = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: true },
      signIn: { methods: [method('email', true, false)] },
    });
    expect(codeNotAccepted.body.code).toBe('sign_in_experiences.code_sign_in_must_be_enabled');
  });

  it('accepts a valid whole, keeps unpatched fields, and validates field types', async () => {
    const ok = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: true },
      signIn: { methods: [method('email', false, true), method('username', true, false)] },
      color: { primaryColor: '#112233', isDarkModeEnabled: true, darkPrimaryColor: '#445566' },
      termsOfUseUrl: 'https://example.com/terms',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.signUp.identifiers).toEqual(['email']);
    expect(ok.body.languageInfo).toEqual({ autoDetect: true, fallbackLanguage: 'en' });
    expect((await api.get('/sign-in-exp')).body).toEqual(ok.body);
    const badColor = await api.patch('/sign-in-exp', {
      color: { primaryColor: 'red', isDarkModeEnabled: true, darkPrimaryColor: '#445566' },
    });
    expect(badColor.status).toBe(400);
    expect(badColor.body.details).toContain('color.primaryColor');
    const policy = await api.patch('/sign-in-exp', { passwordPolicy: { length: { min: 12 } } });
    expect(policy.body.passwordPolicy).toMatchObject({ length: { min: 12, max: 256 }, rejects: { pwned: true } });
  });

  it('checks passwords against the policy, with the user’s own identifiers', async () => {
    await api.patch('/sign-in-exp', {
      passwordPolicy: { length: { min: 8 }, characterTypes: { min: 3 }, rejects: { words: ['tessera'] } },
    });
    const check = (body: unknown) => api.post('/sign-in-exp/default/check-password', body);
    expect((await check({ password: 'Plain-Sailing-92' })).body).toEqual({ result: true, issues: [] });
    expect((await check({ password: 'qwertyuiop' })).body.issues.map((i: { code: string }) => i.code)).toEqual([
      'password_rejected.character_types',
      'password_rejected.pwned',
      'password_rejected.restricted.sequence',
    ]);
    expect((await check({ password: 'My-Tessera-92' })).body.issues).toEqual([
      { code: 'password_rejected.restricted.words', interpolation: { words: 'tessera' } },
    ]);
    const user = await createUser(server, { username: 'marigold', primaryEmail: 'mary@example.com' });
    const personal = await check({ password: 'Marigold-Fields-9', userId: user.id });
    expect(personal.body.issues).toEqual([{ code: 'password_rejected.restricted.user_info' }]);
    expect((await check({ password: 'x', userId: 'nobody' })).status).toBe(404);
  });

  it('publishes a public projection with the enabled social connectors, without a token', async () => {
    const social = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme', name: { en: 'Acme' }, logo: 'https://acme.example/logo.png' },
      config: oauth.config({}),
    });
    expect(social.status, JSON.stringify(social.body)).toBe(200);
    expect((await api.patch('/sign-in-exp', { socialSignInConnectorTargets: ['acme'] })).status).toBe(200);
    const response = await fetch(`${server.url}/api/.well-known/sign-in-exp`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.socialConnectors).toEqual([
      { id: social.body.id, target: 'acme', name: { en: 'Acme' }, logo: 'https://acme.example/logo.png' },
    ]);
    expect(body).toMatchObject({
      signInMode: 'SignInAndRegister',
      forgotPassword: { email: true, phone: false },
      passwordlessConnectors: { email: true, sms: false },
    });
    expect(JSON.stringify(body)).not.toContain('smtp-secret-password');
    expect(JSON.stringify(body)).not.toContain('clientSecret');
  });
});
