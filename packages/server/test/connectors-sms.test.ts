import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aliyunConfig, twilioConfig } from './fakes/configs.js';
import { startHttpFake } from './fakes/http-fake.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`SMS connectors against local Twilio and Aliyun fakes (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    fakes = await startProviderFakes(500);
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
  });
  afterEach(() => {
    for (const fake of [fakes.twilio, fakes.aliyun]) {
      expect(fake.violations).toEqual([]);
      fake.mode = 'normal';
    }
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  const twilioTest = (config: unknown, phone = '15551234567') =>
    api.post('/connectors/twilio-short-message-service/test', { phone, config });
  const aliyunTest = (config: unknown, phone = '8613800000000') =>
    api.post('/connectors/aliyun-short-message-service/test', { phone, config });

  it('Twilio: sends the Generic template with code 000000 to the E.164 number', async () => {
    const { status, body } = await twilioTest(twilioConfig());
    expect(status).toBe(204);
    expect(body).toBeUndefined();
    expect(fakes.twilio.messages.at(-1)).toEqual({
      to: '+15551234567',
      body: 'Your Tessera code is 000000.',
      messagingServiceSid: twilioConfig().fromMessagingServiceSID,
    });
    expect(await api.get('/connectors').then((response) => response.body)).toEqual([]);
  });

  it('Twilio: bad credentials, a refused number and rate limits are clear 4xx errors', async () => {
    const credentials = await twilioTest({ ...twilioConfig(), authToken: 'wrong' });
    expect(credentials.status).toBe(400);
    expect(credentials.body).toMatchObject({
      code: 'connector.authorization_failed',
      data: { provider: 'Twilio', providerStatus: 401, providerCode: 20003, providerMessage: 'Authenticate' },
    });
    expect(credentials.body.message).toContain('Twilio refused the credentials (error 20003: Authenticate');

    const number = await twilioTest(twilioConfig(), '1');
    expect(number.status).toBe(400);
    expect(number.body.code).toBe('connector.invalid_request_parameters');
    expect(number.body.message).toContain("Invalid 'To' Phone Number: +1");

    const limited = await twilioTest(twilioConfig(), '15005550009');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('connector.rate_limit_exceeded');
  });

  it('Twilio: a 5xx or a provider that hangs is a 502 naming the provider, and nothing is stored', async () => {
    const { body: saved } = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    fakes.twilio.mode = 'server_error';
    const failed = await twilioTest(twilioConfig());
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({
      code: 'connector.general',
      data: { upstream: 'server_error', providerStatus: 503 },
    });
    expect(failed.body.message).toContain('Twilio SMS failed on its side (HTTP 503)');

    fakes.twilio.mode = 'hang';
    const started = Date.now();
    const hung = await twilioTest({
      ...twilioConfig(),
      templates: [{ usageType: 'Generic', content: 'New {{code}}' }],
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(hung.status).toBe(502);
    expect(hung.body).toMatchObject({ code: 'connector.general', data: { upstream: 'timeout' } });
    expect(hung.body.message).toContain('Twilio SMS did not answer within 0.5 s');

    const after = await api.get(`/connectors/${saved.id}`);
    expect(after.body.config.templates).toEqual(twilioConfig().templates);
    expect(after.body.updatedAt).toBe(saved.updatedAt);
  });

  it('Twilio: an unreachable provider is a 502 saying it could not be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = await startHttpFake(() => ({ status: 200 }));
    await closed.close();
    const other = await startTestServer({
      TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: JSON.stringify({ 'twilio-short-message-service': closed.url }),
    });
    try {
      const otherApi = await managementApi(other);
      const { status, body } = await otherApi.post('/connectors/twilio-short-message-service/test', {
        phone: '15551234567',
        config: twilioConfig(),
      });
      expect(status).toBe(502);
      expect(body.data.upstream).toBe('network');
      expect(body.message).toContain('Twilio SMS could not be reached (ECONNREFUSED)');
    } finally {
      await other.stop();
    }
  });

  it('Aliyun: sends SendSms with a signature the fake recomputes, and the code as TemplateParam', async () => {
    const { status } = await aliyunTest(aliyunConfig());
    expect(status).toBe(204);
    expect(fakes.aliyun.messages.at(-1)).toEqual({
      phone: '8613800000000',
      signName: 'Tessera 测试',
      templateCode: 'SMS_100000001',
      templateParam: { code: '000000' },
    });
  });

  it('Aliyun: a wrong secret, an unknown key and flow control are clear errors with Aliyun’s code', async () => {
    const signature = await aliyunTest({ ...aliyunConfig(), accessKeySecret: 'wrong' });
    expect(signature.status).toBe(400);
    expect(signature.body).toMatchObject({
      code: 'connector.authorization_failed',
      data: { provider: 'Aliyun SMS', providerCode: 'SignatureDoesNotMatch', providerStatus: 400 },
    });
    expect(signature.body.message).toContain(
      'Aliyun SMS refused the message (SignatureDoesNotMatch: Specified signature',
    );

    const key = await aliyunTest({ ...aliyunConfig(), accessKeyId: 'LTAIunknown' });
    expect(key.body.data.providerCode).toBe('InvalidAccessKeyId.NotFound');

    const limited = await aliyunTest(aliyunConfig(), '8613900000009');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      code: 'connector.rate_limit_exceeded',
      data: { providerCode: 'isv.BUSINESS_LIMIT_CONTROL' },
    });
  });

  it('Aliyun: a 5xx and a timeout are 502s', async () => {
    fakes.aliyun.mode = 'server_error';
    expect((await aliyunTest(aliyunConfig())).body.data.upstream).toBe('server_error');
    fakes.aliyun.mode = 'hang';
    const hung = await aliyunTest(aliyunConfig());
    expect(hung.status).toBe(502);
    expect(hung.body.message).toContain('Aliyun Short Message Service did not answer');
  });

  it('sends through the active SMS connector with the template of the usage type, falling back to Generic', async () => {
    await api.post('/connectors', { connectorId: 'aliyun-short-message-service', config: aliyunConfig() });
    const send = (type: 'Register' | 'BindMfa') =>
      server.services.connectors.sendMessage('Sms', { to: '8613800000001', type, payload: { code: '123456' } });
    await send('Register');
    expect(fakes.aliyun.messages.at(-1)).toMatchObject({
      templateCode: 'SMS_100000002',
      templateParam: { code: '123456' },
    });
    await send('BindMfa');
    expect(fakes.aliyun.messages.at(-1)?.templateCode).toBe('SMS_100000001');
  });
});
