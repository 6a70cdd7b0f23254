import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunConfig, sendGridConfig, smtpConfig, twilioConfig } from './fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`Management API: connectors (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  const rawConnectorRows = () => server.services.db.selectFrom('connectors').selectAll().execute();

  it('lists the installed factories with their config schema, secret keys and README', async () => {
    const { status, body } = await api.get('/connector-factories');
    expect(status).toBe(200);
    expect(body.map((factory: { id: string }) => factory.id)).toEqual([
      'twilio-short-message-service',
      'aliyun-short-message-service',
      'simple-mail-transfer-protocol',
      'sendgrid-email-service',
      'oauth2',
      'oidc',
      'github-universal',
      'google-universal',
    ]);
    const twilio = (await api.get('/connector-factories/twilio-short-message-service')).body;
    expect(twilio).toMatchObject({ type: 'Sms', target: 'twilio', platform: null, isStandard: false, isDemo: false });
    expect(twilio.secretKeys).toEqual(['authToken']);
    expect(twilio.configSchema.properties.authToken).toMatchObject({ type: 'string', secret: true });
    expect(twilio.configSchema.required).toEqual(['accountSID', 'authToken', 'fromMessagingServiceSID', 'templates']);
    expect(twilio.readme).toContain('# Twilio SMS');
    expect(JSON.parse(twilio.configTemplate)).toHaveProperty('templates');
    const smtp = (await api.get('/connector-factories/simple-mail-transfer-protocol')).body;
    expect(smtp.secretKeys).toEqual(['auth.pass']);
    expect((await api.get('/connector-factories/nope')).status).toBe(404);
  });

  it('refuses a config with missing and wrongly typed fields, naming each, and saves nothing', async () => {
    const { status, body } = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: { accountSID: 42, fromMessagingServiceSID: 'MG1', templates: [{ usageType: 'SignIn', content: 7 }] },
    });
    expect(status).toBe(400);
    expect(body.code).toBe('connector.invalid_config');
    for (const field of ['accountSID', 'authToken', 'fromMessagingServiceSID', 'templates.0.content'])
      expect(body.message).toContain(`${field}:`);
    expect(body.data.issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['accountSID', 'authToken', 'fromMessagingServiceSID', 'templates.0.content']),
    );
    expect(await rawConnectorRows()).toEqual([]);
  });

  it('refuses templates without {{code}} or without a required usage type, saying which', async () => {
    const noCode = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: { ...twilioConfig(), templates: [{ usageType: 'Generic', content: 'Your code is ready.' }] },
    });
    expect(noCode.status).toBe(400);
    expect(noCode.body.message).toContain(
      "templates.0.content: the Generic template's content must contain the {{code}}",
    );

    const missing = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: { ...smtpConfig(25), templates: [smtpConfig(25).templates[1]] },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('templates: a Generic template is required');
    expect(missing.body.message).toContain('missing: SignIn, Register');

    const aliyun = await api.post('/connectors', {
      connectorId: 'aliyun-short-message-service',
      config: { ...aliyunConfig(), templates: [{ usageType: 'SignIn', templateCode: 'SMS_1' }] },
    });
    expect(aliyun.body.message).toContain('(missing: Register, ForgotPassword)');
    expect(await rawConnectorRows()).toEqual([]);
  });

  it('creates, reads, updates and deletes a connector; secrets masked in answers, sealed in the database', async () => {
    const created = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      connectorId: 'twilio-short-message-service',
      type: 'Sms',
      target: 'twilio',
      metadata: {},
      syncProfile: false,
      config: { ...twilioConfig(), authToken: '********' },
    });
    const { id } = created.body;
    expect(id).toMatch(/^[a-z0-9]{21}$/);
    expect((await api.get(`/connectors/${id}`)).body.config.authToken).toBe('********');
    expect((await api.get('/connectors')).body.map((c: { id: string }) => c.id)).toContain(id);
    expect((await api.get('/connectors?target=twilio')).body).toHaveLength(1);
    expect((await api.get('/connectors?target=other')).body).toHaveLength(0);

    const stored = JSON.stringify(await rawConnectorRows());
    expect(stored).not.toContain(twilioConfig().authToken);
    expect(stored).not.toContain(twilioConfig().accountSID);

    // The mask sent back keeps the stored token; the changed template is saved.
    const templates = [{ usageType: 'Generic', content: 'Code: {{code}}' }];
    const patched = await api.patch(`/connectors/${id}`, { config: { ...created.body.config, templates } });
    expect(patched.status).toBe(200);
    expect(patched.body.config).toMatchObject({ authToken: '********', templates });
    const opened = await server.services.connectors.findWithConfig(id);
    expect(opened.config.authToken).toBe(twilioConfig().authToken);

    const bad = await api.patch(`/connectors/${id}`, { config: { ...created.body.config, accountSID: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('accountSID:');
    expect((await api.get(`/connectors/${id}`)).body.config.accountSID).toBe(twilioConfig().accountSID);

    expect((await api.delete(`/connectors/${id}`)).status).toBe(204);
    expect((await api.get(`/connectors/${id}`)).status).toBe(404);
    expect((await api.delete(`/connectors/${id}`)).status).toBe(404);
  });

  it('refuses a masked secret with nothing stored behind it', async () => {
    const { status, body } = await api.post('/connectors', {
      connectorId: 'sendgrid-email-service',
      config: { ...sendGridConfig(), apiKey: '********' },
    });
    expect(status).toBe(400);
    expect(body.message).toContain('apiKey: holds the mask');
  });

  it('keeps one active SMS and one active e-mail connector: a new one replaces the old', async () => {
    const twilio = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    const aliyun = await api.post('/connectors', {
      connectorId: 'aliyun-short-message-service',
      config: aliyunConfig(),
    });
    const smtp = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(25),
    });
    const sendGrid = await api.post('/connectors', { connectorId: 'sendgrid-email-service', config: sendGridConfig() });
    for (const response of [twilio, aliyun, smtp, sendGrid]) expect(response.status).toBe(200);
    const ids = (await api.get('/connectors')).body.map((connector: { id: string }) => connector.id).sort();
    expect(ids).toEqual([aliyun.body.id, sendGrid.body.id].sort());
    expect((await api.get(`/connectors/${twilio.body.id}`)).status).toBe(404);
    expect(JSON.stringify(await rawConnectorRows())).not.toContain(aliyunConfig().accessKeySecret);
  });

  it('refuses metadata overrides on non-standard connectors and unknown factories', async () => {
    const overridden = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
      metadata: { name: { en: 'Mine' } },
    });
    expect(overridden.status).toBe(400);
    expect(overridden.body.code).toBe('connector.cannot_overwrite_metadata_for_non_standard_connector');
    const unknown = await api.post('/connectors', { connectorId: 'no-such-connector', config: {} });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('connector.not_found');
    expect(unknown.body.message).toContain('no-such-connector');
  });

  it('validates test-send requests before anything is sent', async () => {
    const path = '/connectors/twilio-short-message-service/test';
    const plus = await api.post(path, { phone: '+15551234567', config: twilioConfig() });
    expect(plus.status).toBe(400);
    expect(plus.body.code).toBe('guard.invalid_input');
    const both = await api.post(path, { phone: '15551234567', email: 'a@b.test', config: twilioConfig() });
    expect(both.status).toBe(400);
    const emailForSms = await api.post(path, { email: 'a@b.test', config: twilioConfig() });
    expect(emailForSms.status).toBe(400);
    expect(emailForSms.body.message).toContain('phone');
    const badDraft = await api.post(path, { phone: '15551234567', config: { ...twilioConfig(), authToken: '' } });
    expect(badDraft.status).toBe(400);
    expect(badDraft.body.code).toBe('connector.invalid_config');
    expect(badDraft.body.message).toContain('authToken:');
    expect((await api.post('/connectors/nope/test', { phone: '1', config: {} })).status).toBe(404);
    expect(fakes.twilio.requests).toHaveLength(0);
  });

  it('documents the connector routes in the OpenAPI document', async () => {
    const document = (await fetch(`${server.url}/api/swagger.json`).then((response) => response.json())) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/connector-factories',
        '/api/connector-factories/{id}',
        '/api/connectors',
        '/api/connectors/{id}',
        '/api/connectors/{factoryId}/test',
      ]),
    );
  });
});
