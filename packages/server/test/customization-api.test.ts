import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import type { ManagementApi } from './support/management-client.js';
import { authorizationRequest } from './support/oidc-fixtures.js';
import { dialect } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  appCallback,
  connectorDataOf,
  consentAtProvider,
  createAcmeConnector,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/** A received mail's body as text, whatever transfer encoding the mailer chose. */
function decodedBody(mail: { headers: Record<string, string>; body: string } | undefined): string {
  if (!mail) return '';
  const encoding = mail.headers['content-transfer-encoding'];
  if (encoding === 'base64') return Buffer.from(mail.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      mail.body
        .replace(/=\r?\n/g, '')
        .replace(/=([\dA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return mail.body;
}

/**
 * Logto's customization APIs: custom phrases (and the public phrases the sign-in pages read),
 * email templates (and the e-mail connector sending with them, per language), custom profile
 * fields (and sign-up collecting them), and the public `.well-known` documents.
 */
describe(`custom phrases, email templates, custom profile fields (${dialect})`, () => {
  let env: CodeSignInServer;
  let api: ManagementApi;
  const publicGet = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${env.server.url}/api${path}`, { headers });

  beforeAll(async () => {
    env = await startCodeSignInServer();
    api = env.api;
  });
  afterAll(async () => {
    await env.close();
  });

  /** An interaction opened by the app (with these ui_locales), bound to the event. */
  /** Gives the required profile fields valid values, submits, and answers the user the app gets. */
  async function completeProfileAndSubmit(
    browser: Browser,
    request: Awaited<ReturnType<typeof interaction>>['request'],
  ) {
    const values = { company: 'Navy', fullname: { givenName: 'Grace', familyName: 'Hopper' } };
    expectOk(await browser.api('POST', '/profile', { type: 'extraProfile', values }), 204, 'profile');
    return (await submitToApp(env.config, browser, request)).sub;
  }

  async function interaction(event: string, uiLocales?: string) {
    const browser = new Browser(env.server.url);
    const request = await authorizationRequest(env.config, {
      redirect_uri: appCallback,
      scope: 'openid profile',
      ...(uiLocales && { ui_locales: uiLocales }),
    });
    await (await browser.follow(request.url)).response?.body?.cancel();
    expectOk(await browser.api('PUT', '', { interactionEvent: event }), 204, 'start');
    return { browser, request };
  }

  describe('custom phrases', () => {
    it('creates, reads, lists, replaces and deletes the phrases of a language', async () => {
      const put = await api.put('/custom-phrases/zh-cn', {
        action: { sign_in: '立即登录', create_account: '' },
        input: { username: '账号' },
      });
      expect(put.status, JSON.stringify(put.body)).toBe(201);
      // One spelling per language; empty phrases dropped, as Logto does.
      expect(put.body).toMatchObject({
        languageTag: 'zh-CN',
        translation: { action: { sign_in: '立即登录' }, input: { username: '账号' } },
      });
      expect(put.body.translation.action).not.toHaveProperty('create_account');
      expect((await api.get('/custom-phrases/zh-CN')).body.translation.input.username).toBe('账号');

      const replaced = await api.put('/custom-phrases/zh-CN', { action: { sign_in: '登录吧' } });
      expect(replaced.status).toBe(201);
      expect(replaced.body.id).toBe(put.body.id);
      expect(replaced.body.translation).toEqual({ action: { sign_in: '登录吧' } });
      expect((await api.put('/custom-phrases/fr', { action: { sign_in: 'Se connecter' } })).status).toBe(201);
      const list = await api.get('/custom-phrases');
      expect(list.body.map((p: { languageTag: string }) => p.languageTag)).toEqual(['fr', 'zh-CN']);

      expect((await api.delete('/custom-phrases/fr')).status).toBe(204);
      expect((await api.get('/custom-phrases/fr')).status).toBe(404);
      expect((await api.delete('/custom-phrases/fr')).body.code).toBe('entity.not_found');
    });

    it('refuses bad language tags and translations that are not nested text', async () => {
      const badTag = await api.put('/custom-phrases/not_a_tag!', { action: { sign_in: 'x' } });
      expect(badTag.status).toBe(400);
      expect(badTag.body.code).toBe('guard.invalid_params');
      for (const body of [{ action: { sign_in: 5 } }, { action: ['x'] }, 'text', { 'bad key': 'x' }]) {
        const answer = await api.put('/custom-phrases/de', body);
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(answer.body.code).toBe('guard.invalid_input');
      }
      expect((await api.get('/custom-phrases/de')).status).toBe(404);
    });

    it('keeps the default language’s phrases: deleting them is refused with 409', async () => {
      await api.put('/custom-phrases/en', { action: { sign_in: 'Log in' } });
      const refused = await api.delete('/custom-phrases/en');
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('localization.cannot_delete_default_language');
      expect((await api.get('/custom-phrases/en')).status).toBe(200);
      await api.delete('/custom-phrases/zh-CN');
    });

    it('answers the public phrases of the language lng or the browser asks for, with Content-Language', async () => {
      await api.put('/custom-phrases/zh-CN', { action: { sign_in: '立即登录' } });
      await api.put('/custom-phrases/fr', { action: { sign_in: 'Se connecter' } });
      const chinese = await publicGet('/.well-known/phrases?lng=zh-Hans-CN');
      expect(chinese.status).toBe(200);
      expect(chinese.headers.get('content-language')).toBe('zh-CN');
      expect(await chinese.json()).toEqual({ action: { sign_in: '立即登录' } });
      // A custom language is chosen like a built-in one, from Accept-Language by weight.
      const french = await publicGet('/.well-known/phrases', { 'accept-language': 'de;q=0.9, fr-CA, en;q=0.5' });
      expect(french.headers.get('content-language')).toBe('fr');
      expect(await french.json()).toEqual({ action: { sign_in: 'Se connecter' } });
      // Nothing matching: the default language.
      const other = await publicGet('/.well-known/phrases?lng=ja');
      expect(other.headers.get('content-language')).toBe('en');
      expect(await other.json()).toEqual({ action: { sign_in: 'Log in' } });
      expect((await publicGet('/.well-known/phrases?lng=<b>')).status).toBe(400);
      // Auto-detection off: always the default language.
      await api.patch('/sign-in-exp', { languageInfo: { autoDetect: false, fallbackLanguage: 'en' } });
      expect((await publicGet('/.well-known/phrases?lng=fr')).headers.get('content-language')).toBe('en');
      await api.patch('/sign-in-exp', { languageInfo: { autoDetect: true, fallbackLanguage: 'en' } });
      await api.delete('/custom-phrases/fr');
      await api.delete('/custom-phrases/zh-CN');
    });
  });

  describe('email templates', () => {
    const details = (subject: string, content: string) => ({ subject, content, contentType: 'text/plain' });

    it('puts, lists with filters, reads, patches and deletes templates', async () => {
      const put = await api.put('/email-templates', {
        templates: [
          { languageTag: 'en', templateType: 'SignIn', details: details('Sign in', 'EN sign-in {{code}}') },
          { languageTag: 'zh-CN', templateType: 'SignIn', details: details('登录', '中文登录 {{code}}') },
          { languageTag: 'en', templateType: 'Register', details: details('Welcome', 'EN register {{code}}') },
        ],
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toHaveLength(3);
      expect(put.body[0]).toMatchObject({ tenantId: 'default', languageTag: 'en', templateType: 'SignIn' });
      expect(typeof put.body[0].createdAt).toBe('number');

      // The same language and type again replaces the details and keeps the id.
      const again = await api.put('/email-templates', {
        templates: [{ languageTag: 'en', templateType: 'SignIn', details: details('Sign in!', 'EN sign-in {{code}}') }],
      });
      expect(again.body[0].id).toBe(put.body[0].id);
      expect(again.body[0].details.subject).toBe('Sign in!');

      expect((await api.get('/email-templates')).body).toHaveLength(3);
      expect((await api.get('/email-templates?languageTag=en')).body).toHaveLength(2);
      expect((await api.get('/email-templates?templateType=SignIn')).body).toHaveLength(2);
      expect((await api.get('/email-templates?languageTag=zh-CN&templateType=SignIn')).body[0].details.subject).toBe(
        '登录',
      );
      expect((await api.get(`/email-templates/${put.body[2].id}`)).body.details.content).toBe('EN register {{code}}');

      const patched = await api.patch(`/email-templates/${put.body[2].id}/details`, { subject: 'Hello {{code}}' });
      expect(patched.status).toBe(200);
      expect(patched.body.details).toEqual({ ...details('Hello {{code}}', 'EN register {{code}}') });

      expect((await api.delete(`/email-templates/${put.body[2].id}`)).status).toBe(204);
      expect((await api.get(`/email-templates/${put.body[2].id}`)).status).toBe(404);
      expect((await api.delete(`/email-templates/${put.body[2].id}`)).status).toBe(404);
      expect((await api.patch('/email-templates/nope/details', { subject: 'x' })).status).toBe(404);
    });

    it('refuses bad templates, and a bulk delete without a filter', async () => {
      const bad = [
        { templates: [] },
        { templates: [{ languageTag: 'en', templateType: 'Nope', details: details('a', 'b') }] },
        { templates: [{ languageTag: 'en!', templateType: 'SignIn', details: details('a', 'b') }] },
        { templates: [{ languageTag: 'en', templateType: 'SignIn', details: { subject: 'a' } }] },
        { templates: [{ languageTag: 'en', templateType: 'SignIn', details: { ...details('a', 'b'), extra: 1 } }] },
        {
          templates: [
            { languageTag: 'en', templateType: 'Generic', details: details('a', 'b') },
            { languageTag: 'EN', templateType: 'Generic', details: details('a', 'b') },
          ],
        },
      ];
      for (const body of bad) {
        const answer = await api.put('/email-templates', body);
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(answer.body.code).toBe('guard.invalid_input');
      }
      expect((await api.get('/email-templates?templateType=Nope')).status).toBe(400);
      const wipe = await api.delete('/email-templates');
      expect(wipe.status).toBe(422);
      expect((await api.get('/email-templates')).body.length).toBeGreaterThan(0);
    });

    it('sends the code e-mail with the template of the interaction’s language, else the default language’s, else the connector’s own', async () => {
      const sendCode = async (uiLocales: string | undefined, email: string) => {
        const { browser } = await interaction('SignIn', uiLocales);
        expectOk(
          await browser.api('POST', '/verification/verification-code', {
            identifier: { type: 'email', value: email },
            interactionEvent: 'SignIn',
          }),
          200,
          'send code',
        );
        const mail = env.fakes.smtp.messages.at(-1);
        expect(mail?.to).toEqual([email]);
        return { headers: mail?.headers ?? {}, body: decodedBody(mail) };
      };
      const chinese = await sendCode('zh-CN', 'zh@example.com');
      expect(chinese.body).toMatch(/中文登录 \d{6}/);
      const english = await sendCode(undefined, 'en@example.com');
      expect(english.body).toMatch(/EN sign-in \d{6}/);
      expect(english.headers.subject).toBe('Sign in!');
      // A language without its own template: the default language's (en).
      const french = await sendCode('fr', 'fr@example.com');
      expect(french.body).toMatch(/EN sign-in \d{6}/);

      // No SignIn template left in any language: the connector's own Generic template.
      const removed = await api.delete('/email-templates?templateType=SignIn');
      expect(removed.status).toBe(200);
      expect(removed.body).toEqual({ rowCount: 2 });
      const own = await sendCode('zh-CN', 'own@example.com');
      expect(own.body).toMatch(/Your code is \d{6}\./);
    });

    it('HTML templates get their placeholders HTML-escaped; plain text ones do not', async () => {
      await api.put('/email-templates', {
        templates: [
          {
            languageTag: 'en',
            templateType: 'SignIn',
            details: {
              subject: 'Code',
              content: '<p>Code: <b>{{code}}</b> for {{ email }}</p>',
              replyTo: 'help@example.com',
              sendFrom: 'Ada Support',
            },
          },
        ],
      });
      const { browser } = await interaction('SignIn');
      await browser.api('POST', '/verification/verification-code', {
        identifier: { type: 'email', value: 'html@example.com' },
        interactionEvent: 'SignIn',
      });
      const mail = env.fakes.smtp.messages.at(-1);
      expect(mail?.headers['content-type']).toContain('text/html');
      expect(mail?.headers.from).toBe('Ada Support <no-reply@tessera.test>');
      expect(mail?.headers['reply-to']).toBe('help@example.com');
      expect(decodedBody(mail)).toMatch(/<p>Code: <b>\d{6}<\/b> for \{\{ email \}\}<\/p>/);
      await api.delete('/email-templates?languageTag=en');
    });

    it('an invitation e-mail uses its language’s OrganizationInvitation template, its values HTML-escaped', async () => {
      await api.put('/email-templates', {
        templates: [
          {
            languageTag: 'zh-CN',
            templateType: 'OrganizationInvitation',
            details: { subject: '邀请', content: '<p>{{organizationName}}：<a href="{{link}}">加入</a></p>' },
          },
        ],
      });
      const organization = await api.post('/organizations', { name: 'Tom & Jerry <Ltd>' });
      const invited = await api.post('/organization-invitations', {
        invitee: 'invitee@example.com',
        organizationId: organization.body.id,
        expiresAt: Date.now() + 3_600_000,
        messagePayload: { link: 'https://app.example.com/join?a=1&b=2', locale: 'zh-CN' },
      });
      expect(invited.status, JSON.stringify(invited.body)).toBe(201);
      const body = decodedBody(env.fakes.smtp.messages.at(-1));
      expect(body).toContain(
        '<p>Tom &#38; Jerry &#60;Ltd&#62;：<a href="https://app.example.com/join?a=1&#38;b=2">加入</a></p>',
      );
    });
  });

  describe('custom profile fields', () => {
    const company = { name: 'company', type: 'Text', label: 'Company', required: true, config: { maxLength: 20 } };
    const age = { name: 'age', type: 'Number', label: 'Age', required: false, config: { minValue: 18 } };

    it('creates, lists in order, reads, replaces, reorders and deletes fields', async () => {
      const created = await api.post('/custom-profile-fields', company);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ ...company, description: null, sieOrder: 1 });
      const batch = await api.post('/custom-profile-fields/batch', [
        age,
        {
          name: 'fullname',
          type: 'Fullname',
          required: false,
          config: {
            parts: [
              { enabled: true, name: 'givenName', type: 'Text', label: 'Given name', required: true },
              { enabled: true, name: 'familyName', type: 'Text', label: 'Family name', required: false },
            ],
          },
        },
      ]);
      expect(batch.status, JSON.stringify(batch.body)).toBe(201);
      expect(batch.body.map((f: { sieOrder: number }) => f.sieOrder)).toEqual([2, 3]);
      expect((await api.get('/custom-profile-fields/age')).body.config).toEqual({ minValue: 18 });

      const replaced = await api.put('/custom-profile-fields/age', {
        type: 'Number',
        label: 'Your age',
        required: false,
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ name: 'age', label: 'Your age', config: {} });

      const ordered = await api.post('/custom-profile-fields/properties/sie-order', {
        order: [
          { name: 'fullname', sieOrder: 1 },
          { name: 'company', sieOrder: 2 },
          { name: 'age', sieOrder: 3 },
        ],
      });
      expect(ordered.status).toBe(200);
      expect(ordered.body.map((f: { name: string }) => f.name)).toEqual(['fullname', 'company', 'age']);
      expect((await api.get('/custom-profile-fields')).body.map((f: { name: string }) => f.name)).toEqual([
        'fullname',
        'company',
        'age',
      ]);
      expect((await api.delete('/custom-profile-fields/age')).status).toBe(204);
      expect((await api.get('/custom-profile-fields/age')).status).toBe(404);
      expect((await api.delete('/custom-profile-fields/age')).status).toBe(404);
      expect((await api.put('/custom-profile-fields/age', age)).status).toBe(400); // name is not a settable field
      expect((await api.put('/custom-profile-fields/nope', { type: 'Url', required: false })).status).toBe(404);
    });

    it('refuses bad fields with Logto’s codes', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ...company }, 'custom_profile_fields.name_exists'],
        [{ ...company, name: 'username' }, 'custom_profile_fields.name_conflict_sign_in_identifier'],
        [{ ...company, name: 'primaryEmail' }, 'custom_profile_fields.name_conflict_sign_in_identifier'],
        [{ name: 'address', type: 'Text', required: false }, 'custom_profile_fields.name_conflict_built_in_prop'],
        // Logto's reserved custom data keys.
        ...['onboarding', 'guideRequests', 'adminConsolePreferences', 'defaultTenantId'].map(
          (name): [unknown, string] => [{ ...company, name }, 'custom_profile_fields.name_conflict_custom_data'],
        ),
        [
          { ...company, name: 'x1', config: { minLength: 5, maxLength: 2 } },
          'custom_profile_fields.invalid_min_max_input',
        ],
        [
          { name: 'code', type: 'Regex', required: false, config: { format: '([a-z' } },
          'custom_profile_fields.invalid_regex_format',
        ],
        [
          { name: 'plan', type: 'Select', required: false, config: { options: [{ value: 'a' }, { value: 'a' }] } },
          'custom_profile_fields.invalid_options',
        ],
        [{ ...company, name: 'has space' }, 'guard.invalid_input'],
        [{ ...company, type: 'Color' }, 'guard.invalid_input'],
        [{ name: 'plan', type: 'Select', required: false }, 'guard.invalid_input'],
        [{ name: 'agree', type: 'Checkbox', required: true }, 'guard.invalid_input'],
        [{ ...company, name: 'x2', extra: true }, 'guard.invalid_input'],
      ];
      for (const [body, code] of cases) {
        const answer = await api.post('/custom-profile-fields', body);
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(answer.body.code, JSON.stringify(answer.body)).toBe(code);
      }
      // A batch with one bad field creates none of them.
      const batch = await api.post('/custom-profile-fields/batch', [
        { name: 'ok1', type: 'Url', required: false },
        { name: 'ok1', type: 'Url', required: false },
      ]);
      expect(batch.status).toBe(400);
      expect((await api.get('/custom-profile-fields/ok1')).status).toBe(404);
      expect((await api.post('/custom-profile-fields/batch', [])).status).toBe(400);
      const unknown = await api.post('/custom-profile-fields/properties/sie-order', {
        order: [{ name: 'nope', sieOrder: 1 }],
      });
      expect(unknown.status).toBe(404);
    });

    it('sign-up collects them: required ones first, each problem in words, values on the new user', async () => {
      const view = await (await publicGet('/.well-known/sign-in-exp')).json();
      expect(view.customProfileFields.map((f: { name: string }) => f.name)).toEqual(['fullname', 'company']);

      const { browser, request } = await interaction('Register');
      const { verificationId } = expectOk(
        await browser.api('POST', '/verification/new-password-identity', {
          identifier: { type: 'username', value: 'grace' },
          password: 'a-Long-enough-passw0rd',
        }),
        200,
        'new identity',
      ).body;
      expectOk(await browser.api('POST', '/identification', { verificationId }), 201, 'identify');
      const early = await browser.api('POST', '/submit');
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'user.missing_profile', data: { missingProfile: ['extraProfile'] } });

      const invalid = await browser.api('POST', '/profile', {
        type: 'extraProfile',
        values: { company: 'A company name far too long', fullname: { familyName: 'Hopper' }, shoe: '42' },
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.code).toBe('custom_profile_fields.invalid_values');
      expect(invalid.body.data.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'shoe', message: 'There is no profile field named shoe.' }),
          {
            name: 'company',
            message: 'Company must be at most 20 characters.',
            code: 'profile_field.max_length',
            interpolation: { label: 'Company', max: 20 },
          },
          expect.objectContaining({ name: 'fullname.givenName', message: 'Given name is required.' }),
        ]),
      );

      // Names no field may have, refused with what they conflict with (as Logto).
      const reserved: Array<[Record<string, unknown>, string]> = [
        [{ company: 'Navy', primaryEmail: 'g@example.com' }, 'name_conflict_sign_in_identifier'],
        [{ company: 'Navy', onboarding: 'done' }, 'name_conflict_custom_data'],
        [{ company: 'Navy', preferredUsername: 'grace' }, 'name_conflict_built_in_prop'],
      ];
      for (const [values, code] of reserved) {
        const answer = await browser.api('POST', '/profile', { type: 'extraProfile', values });
        expect(answer.status, JSON.stringify(answer.body)).toBe(400);
        expect(answer.body.code).toBe(`custom_profile_fields.${code}`);
      }

      const user = await api.get(`/users/${await completeProfileAndSubmit(browser, request)}`);
      expect(user.body.customData).toEqual({ company: 'Navy' });
      expect(user.body.profile).toMatchObject({ givenName: 'Grace', familyName: 'Hopper' });
    });

    it('holds social sign-up too until the required fields have values, as Logto', async () => {
      const fake = await startOAuth2Fake();
      try {
        const created = await createAcmeConnector(api, fake.config({ tokenEndpointResponseType: 'json' }));
        expect(created.status, JSON.stringify(created.body)).toBe(200);
        const { browser, request } = await interaction('Register');
        const started = await startSocial(browser, created.body.id, 'Register');
        const data = connectorDataOf(await consentAtProvider(started.authorizationUri));
        const verified = expectOk(await verifySocial(browser, created.body.id, data), 200, 'verify');
        const { verificationId } = verified.body;
        expectOk(await browser.api('POST', '/identification', { verificationId }), 201, 'identify');
        const early = await browser.api('POST', '/submit');
        expect(early.body).toMatchObject({ code: 'user.missing_profile', data: { missingProfile: ['extraProfile'] } });
        const sub = await completeProfileAndSubmit(browser, request);
        expect((await api.get(`/users/${sub}`)).body.customData).toEqual({ company: 'Navy' });
      } finally {
        await fake.close();
      }
    });

    it('adds profile fields during sign-up only', async () => {
      const { browser } = await interaction('SignIn');
      const answer = await browser.api('POST', '/profile', { type: 'extraProfile', values: { company: 'x' } });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('session.not_supported_for_event');
    });
  });

  describe('well-known documents', () => {
    it('serves the experience settings under both names', async () => {
      const experience = await publicGet('/.well-known/experience?appId=whatever');
      expect(experience.status).toBe(200);
      const body = await experience.json();
      expect(body).toMatchObject({ id: 'default', signInMode: 'SignInAndRegister' });
      expect(Array.isArray(body.customProfileFields)).toBe(true);
      expect(body).toEqual(await (await publicGet('/.well-known/sign-in-exp')).json());
    });

    it('answers the user endpoint of the default tenant, 404 for others', async () => {
      const known = await publicGet('/.well-known/endpoints/default');
      expect(known.status).toBe(200);
      expect(await known.json()).toEqual({ user: new URL(env.server.url).toString() });
      const other = await publicGet('/.well-known/endpoints/other');
      expect(other.status).toBe(404);
      expect((await other.json()).code).toBe('entity.not_found');
    });

    it('documents the end-user routes in user.openapi.json, apart from the Management API', async () => {
      const answer = await publicGet('/.well-known/user.openapi.json');
      expect(answer.status).toBe(200);
      const document = (await answer.json()) as { paths: Record<string, unknown> };
      const paths = Object.keys(document.paths);
      expect(paths).toContain('/api/my-account');
      expect(paths.some((path) => path.startsWith('/api/verifications'))).toBe(true);
      expect(paths.some((path) => path.startsWith('/api/users'))).toBe(false);
      const management = (await (await publicGet('/.well-known/management.openapi.json')).json()) as typeof document;
      expect(Object.keys(management.paths)).toContain('/api/custom-phrases/{languageTag}');
      expect(Object.keys(management.paths)).not.toContain('/api/my-account');
    });
  });
});
