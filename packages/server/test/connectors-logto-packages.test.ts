import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aliyunAccount, startAliyunSmsFake } from './fakes/aliyun-sms.js';
import { type OAuth2Fake, oauth2Client, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { startTwilioFake, twilioAccount } from './fakes/twilio.js';
import { cli, ensureBuiltCli } from './support/cli.js';
import { codeSignInMethods } from './support/code-connectors.js';
import { expectOk, submitToApp } from './support/experience-steps.js';
import { type InterceptingProxy, startInterceptingProxy } from './support/intercepting-proxy.js';
import { managementApi } from './support/management-client.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { createAcmeConnector, openInteraction, socialApp, socialSignIn } from './support/social-sign-in.js';

/**
 * Logto's own connector packages, installed from the npm registry with `tessera connector add`,
 * loaded unchanged and run through the kit adapter. Twilio and Aliyun are called on their real
 * hosts (api.twilio.com, dysmsapi.aliyuncs.com): the operator's egress proxy setting sends them
 * through a local TLS-inspecting proxy whose CA the connector runtime trusts, and the proxy
 * hands them to the wire-format fakes. The OAuth 2.0 package (which calls with fetch) reaches
 * its token and user info endpoints on an https host through the same proxy.
 */
const packages = ['@logto/connector-twilio-sms', '@logto/connector-aliyun-sms', '@logto/connector-oauth'];

const usageTypes = ['SignIn', 'Register', 'ForgotPassword', 'Generic'];
const twilioConfig = () => ({
  ...twilioAccount,
  templates: usageTypes.map((usageType) => ({ usageType, content: `${usageType} code {{code}} from Tessera.` })),
});
const aliyunConfig = () => ({
  ...aliyunAccount,
  signName: 'Tessera 测试',
  templates: usageTypes.map((usageType, index) => ({ usageType, templateCode: `SMS_10000000${index}` })),
});

describe(`Logto connector packages from the npm registry (${dialect})`, { timeout: 120_000 }, () => {
  let directory: string;
  let dataDir: string;
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let proxy: InterceptingProxy;
  let twilio: Awaited<ReturnType<typeof startTwilioFake>>;
  let aliyun: Awaited<ReturnType<typeof startAliyunSmsFake>>;
  let oauth: OAuth2Fake;
  let appConfig: oidc.Configuration;
  let added: Awaited<ReturnType<typeof cli>>;
  let brokenAdd: Awaited<ReturnType<typeof cli>>;

  const testSend = (factoryId: string, phone: string, config: unknown) =>
    api.post(`/connectors/${factoryId}/test`, { phone, config });
  const cliEnv = () => ({ TESSERA_DATA_DIR: dataDir, TESSERA_CONNECTORS_DIR: directory });

  beforeAll(async () => {
    ensureBuiltCli();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-packages-'));
    directory = path.join(dataDir, 'connectors');
    added = await cli(cliEnv(), ['connector', 'add', ...packages]);
    // A package that installs but is not a connector the kit can run.
    const broken = path.join(dataDir, 'connector-broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(
      path.join(broken, 'package.json'),
      JSON.stringify({ name: 'connector-broken', version: '1.0.0', type: 'module', main: 'index.js' }),
    );
    fs.writeFileSync(path.join(broken, 'index.js'), "export default async () => ({ type: 'Sms', metadata: {} });\n");
    brokenAdd = await cli(cliEnv(), ['connector', 'add', broken]);

    [twilio, aliyun, oauth] = await Promise.all([startTwilioFake(), startAliyunSmsFake(), startOAuth2Fake()]);
    proxy = await startInterceptingProxy({
      'api.twilio.com': twilio.url,
      'dysmsapi.aliyuncs.com': aliyun.url,
      'oauth.acme.test': oauth.url,
    });
    server = await startTestServer({
      TESSERA_CONNECTORS_DIR: directory,
      TESSERA_CONNECTOR_PROXY: proxy.url,
      TESSERA_CONNECTOR_CA_FILE: proxy.caFile,
      TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS: '2000',
    });
    api = await managementApi(server);
    ({ config: appConfig } = await socialApp(server));
  });
  afterEach(() => {
    for (const fake of [twilio, aliyun, oauth]) expect(fake.violations).toEqual([]);
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([twilio?.close(), aliyun?.close(), oauth?.close(), proxy?.close()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('`connector add` installs the packages and `connector list` reports each, and the one that cannot load', async () => {
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/@logto\/connector-twilio-sms@[\d.]+ {2}factory twilio-short-message-service \(Sms/);
    expect(brokenAdd.code).toBe(1);
    expect(brokenAdd.stdout).toContain('connector-broken  NOT LOADED: metadata needs id, target and name.en');

    const listed = await cli(cliEnv(), ['connector', 'list', '--json']);
    expect(listed.code).toBe(1);
    const report = JSON.parse(listed.stdout);
    expect(report.loaded.map((p: { factoryId: string }) => p.factoryId).sort()).toEqual([
      'aliyun-short-message-service',
      'oauth2',
      'twilio-short-message-service',
    ]);
    expect(report.failed).toEqual([
      {
        package: 'connector-broken',
        error: 'metadata needs id, target and name.en; configGuard is not a zod schema; sendMessage is missing',
      },
    ]);
  });

  it('the server starts despite the broken package and lists the packages as factories with metadata and form', async () => {
    const { body: factories } = await api.get('/connector-factories');
    const ids = factories.map((factory: { id: string }) => factory.id);
    expect(ids).toEqual(
      expect.arrayContaining(['twilio-short-message-service', 'oauth2', 'simple-mail-transfer-protocol']),
    );
    expect(ids.filter((id: string) => id === 'oauth2')).toHaveLength(1);

    const { status, body: twilioFactory } = await api.get('/connector-factories/twilio-short-message-service');
    expect(status).toBe(200);
    expect(twilioFactory).toMatchObject({
      type: 'Sms',
      platform: null,
      name: { en: 'Twilio SMS Service' },
      packageName: expect.stringMatching(/^@logto\/connector-twilio-sms@\d+\.\d+\.\d+$/),
      logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      secretKeys: ['authToken'],
      configSchema: {
        type: 'object',
        required: expect.arrayContaining(['accountSID', 'authToken', 'templates']),
        properties: { authToken: { type: 'string', secret: true }, disableRiskCheck: { type: 'boolean' } },
      },
    });
    expect(twilioFactory.readme).toMatch(/Twilio/);
    expect(twilioFactory.formItems.map((item: { key: string }) => item.key)).toEqual([
      'accountSID',
      'authToken',
      'fromMessagingServiceSID',
      'disableRiskCheck',
      'templates',
    ]);
    const { body: oauthFactory } = await api.get('/connector-factories/oauth2');
    expect(oauthFactory).toMatchObject({
      type: 'Social',
      platform: 'Universal',
      isStandard: true,
      packageName: expect.stringMatching(/^@logto\/connector-oauth@/),
      secretKeys: ['clientSecret'],
      configSchema: {
        properties: {
          clientSecret: { type: 'string', secret: true },
          tokenEndpoint: { type: 'string' },
          tokenEndpointAuthMethod: {
            type: 'string',
            enum: ['client_secret_post', 'client_secret_basic', 'client_secret_jwt'],
          },
        },
      },
    });
  });

  it('Twilio package: its own configGuard checks the config, then the test code goes to api.twilio.com through the proxy', async () => {
    const incomplete = await testSend('twilio-short-message-service', '15551234567', {
      ...twilioConfig(),
      templates: twilioConfig().templates.slice(0, 2),
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('connector.invalid_config');
    expect(incomplete.body.message).toContain('Template with UsageType (ForgotPassword, Generic) should be provided!');
    expect(twilio.messages).toEqual([]);

    const sent = await testSend('twilio-short-message-service', '15551234567', twilioConfig());
    expect(sent.status, JSON.stringify(sent.body)).toBe(204);
    expect(twilio.messages.at(-1)).toEqual({
      to: '+15551234567',
      body: 'Generic code 000000 from Tessera.',
      messagingServiceSid: twilioAccount.fromMessagingServiceSID,
    });
    expect(proxy.connects).toContain('api.twilio.com:443');

    const refused = await testSend('twilio-short-message-service', '15551234567', {
      ...twilioConfig(),
      authToken: 'wrong',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('connector.general');
    expect(refused.body.message).toContain('Authenticate');
  });

  it('Aliyun package: the signed SendSms request reaches dysmsapi.aliyuncs.com through the proxy; its rate limit is a 429', async () => {
    const sent = await testSend('aliyun-short-message-service', '8613800000000', aliyunConfig());
    expect(sent.status, JSON.stringify(sent.body)).toBe(204);
    expect(aliyun.messages.at(-1)).toEqual({
      phone: '8613800000000',
      signName: 'Tessera 测试',
      templateCode: 'SMS_100000003',
      templateParam: { code: '000000' },
    });
    expect(proxy.connects).toContain('dysmsapi.aliyuncs.com:443');

    const limited = await testSend('aliyun-short-message-service', '8613900000009', aliyunConfig());
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('connector.rate_limit_exceeded');
    expect(limited.body.message).toContain('isv.BUSINESS_LIMIT_CONTROL');
  });

  it('a saved package connector keeps its secret masked and sends with the stored one', async () => {
    const created = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.config.authToken).toBe('********');
    expect(created.body.packageName).toMatch(/^@logto\/connector-twilio-sms@/);
    const sent = await testSend('twilio-short-message-service', '15557654321', {
      ...twilioConfig(),
      authToken: '********',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(204);
    expect(twilio.messages.at(-1)?.to).toBe('+15557654321');
  });

  it('a user signs in with an SMS code the Twilio package sent', async () => {
    const phoneCode = codeSignInMethods.filter((method) => method.identifier !== 'email');
    const settings = await api.patch('/sign-in-exp', { signIn: { methods: phoneCode } });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const user = await createUser(server, { primaryPhone: '15550003333' });
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, appConfig);
    expectOk(await browser.api('PUT', '', { interactionEvent: 'SignIn' }), 204, 'start');
    const identifier = { type: 'phone', value: '+1 555 000 3333' };
    const sent = await browser.api('POST', '/verification/verification-code', {
      identifier,
      interactionEvent: 'SignIn',
    });
    expectOk(sent, 200, 'send code');
    const message = twilio.messages.at(-1);
    expect(message?.to).toBe('+15550003333');
    const code = /^SignIn code (\d{6}) from Tessera\.$/.exec(message?.body ?? '')?.[1];
    expect(code).toBeDefined();
    const { verificationId } = sent.body;
    expectOk(
      await browser.api('POST', '/verification/verification-code/verify', { identifier, verificationId, code }),
      200,
      'verify code',
    );
    expectOk(await browser.api('POST', '/identification', { verificationId }), 204, 'identify');
    const claims = await submitToApp(appConfig, browser, request);
    expect(claims.sub).toBe(user.id);
  });

  it('a provider that never answers a package call is a 502 after the timeout, naming the provider', async () => {
    twilio.mode = 'hang';
    const started = Date.now();
    const hung = await testSend('twilio-short-message-service', '15551234567', twilioConfig());
    twilio.mode = 'normal';
    expect(hung.status).toBe(502);
    expect(hung.body.code).toBe('connector.general');
    expect(hung.body.message).toBe('Twilio SMS Service did not answer within 2 s; try again later.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('OAuth 2.0 package: a user signs in with it end to end (token and user info through the proxy), and again', async () => {
    oauth.expected.scope = 'profile email';
    const created = await createAcmeConnector(
      api,
      oauth.config({
        scope: 'profile email',
        tokenEndpointResponseType: 'json',
        tokenEndpoint: 'https://oauth.acme.test/oauth/token',
        userInfoEndpoint: 'https://oauth.acme.test/api/me',
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.config.clientSecret).toBe('********');
    oauth.signedIn.user = { id: 2024, displayName: 'Ada Lovelace', mail: 'ada@acme.test' };

    const first = await socialSignIn(server, appConfig, created.body.id);
    expect(first.registered).toBe(true);
    expect(first.claims.name).toBe('Ada Lovelace');
    const { body: user } = await api.get(`/users/${first.claims.sub}`);
    expect(user.identities.acme).toMatchObject({ userId: '2024', details: { id: '2024', name: 'Ada Lovelace' } });
    const [token] = oauth.to('/oauth/token').slice(-1);
    expect(Object.fromEntries(token!.form)).toMatchObject({
      grant_type: 'authorization_code',
      client_id: oauth2Client.clientId,
      client_secret: oauth2Client.clientSecret,
    });

    expect(proxy.connects).toContain('oauth.acme.test:443');

    // The package supports token storage (Logto's kit call): turned on, the next sign-in keeps its tokens.
    expect((await api.get('/connector-factories/oauth2')).body.isTokenStorageSupported).toBe(true);
    const secretsOf = (userId: string) =>
      server.services.db.selectFrom('secrets').selectAll().where('user_id', '=', userId).execute();
    expect(await secretsOf(first.claims.sub)).toHaveLength(0);
    expect((await api.patch(`/connectors/${created.body.id}`, { enableTokenStorage: true })).status).toBe(200);

    const second = await socialSignIn(server, appConfig, created.body.id);
    expect(second.registered).toBe(false);
    expect(second.claims.sub).toBe(first.claims.sub);
    const [kept] = await secretsOf(first.claims.sub);
    expect(kept).toMatchObject({ target: 'acme', identity_id: '2024', connector_id: created.body.id });
    expect(JSON.parse(kept?.metadata ?? '{}')).toMatchObject({ tokenType: 'Bearer', hasRefreshToken: false });
    // Only package calls use the proxy: the API calls, the sign-in pages and the direct authorize URL did not.
    expect(new Set(proxy.connects)).toEqual(
      new Set(['api.twilio.com:443', 'dysmsapi.aliyuncs.com:443', 'oauth.acme.test:443']),
    );
  });
});
