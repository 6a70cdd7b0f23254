import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendGridConfig, smtpConfig } from './fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { startSilentServer } from './fakes/smtp.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`E-mail connectors against a local SMTP server and SendGrid fake (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    fakes = await startProviderFakes(500);
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
  });
  afterEach(() => {
    expect(fakes.sendGrid.violations).toEqual([]);
    fakes.sendGrid.mode = 'normal';
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  const smtpTest = (config: unknown, email = 'alice@example.test') =>
    api.post('/connectors/simple-mail-transfer-protocol/test', { email, config });
  const sendGridTest = (config: unknown, email = 'bob@example.test') =>
    api.post('/connectors/sendgrid-email-service/test', { email, config });

  it('SMTP: authenticates and delivers the Generic template with code 000000', async () => {
    const { status } = await smtpTest(smtpConfig(fakes.smtp.port));
    expect(status).toBe(204);
    const mail = fakes.smtp.messages.at(-1);
    expect(mail).toMatchObject({ from: 'no-reply@tessera.test', to: ['alice@example.test'] });
    expect(mail?.headers.subject).toBe('Code 000000');
    expect(mail?.headers.from).toBe('Tessera <no-reply@tessera.test>');
    expect(mail?.headers['content-type']).toMatch(/^text\/plain/);
    expect(mail?.body.trim()).toBe('Your code is 000000.');
    expect(fakes.smtp.logins.at(-1)).toBe('mailer@tessera.test');
  });

  it('SMTP: an HTML template goes out as text/html for its usage type', async () => {
    const { body: saved } = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(fakes.smtp.port),
    });
    expect(saved.config.auth).toEqual({ user: 'mailer@tessera.test', pass: '********' });
    await server.services.connectors.sendMessage('Email', {
      to: 'carol@example.test',
      type: 'ForgotPassword',
      payload: { code: '424242' },
    });
    const mail = fakes.smtp.messages.at(-1);
    expect(mail?.headers['content-type']).toMatch(/^text\/html/);
    expect(mail?.body).toContain('<p>Reset code: <b>424242</b></p>');
  });

  it('SMTP: wrong credentials, a silent server, refused connections and a missing STARTTLS are clear errors', async () => {
    const config = smtpConfig(fakes.smtp.port);
    const credentials = await smtpTest({ ...config, auth: { ...config.auth, pass: 'wrong' } });
    expect(credentials.status).toBe(400);
    expect(credentials.body.code).toBe('connector.authorization_failed');
    expect(credentials.body.message).toContain('The SMTP server refused the credentials (535');

    const silent = await startSilentServer();
    try {
      const hung = await smtpTest(smtpConfig(silent.port));
      expect(hung.status).toBe(502);
      expect(hung.body).toMatchObject({ code: 'connector.general', data: { upstream: 'timeout' } });
      expect(hung.body.message).toContain('did not answer within 0.5 s');
    } finally {
      await silent.close();
    }

    await silent.close().catch(() => undefined);
    const refused = await smtpTest(smtpConfig(silent.port));
    expect(refused.status).toBe(502);
    expect(refused.body.data.upstream).toBe('network');

    const startTls = await smtpTest({ ...config, tlsMode: 'starttls' });
    expect(startTls.status).toBe(400);
    expect(startTls.body.code).toBe('connector.invalid_config');
    expect(startTls.body.message).toContain('The TLS mode does not match the SMTP server');
    expect(startTls.body.message).toContain('STARTTLS');
  });

  it('SendGrid: posts Mail Send JSON with the Bearer key and gets 202', async () => {
    const { status } = await sendGridTest(sendGridConfig());
    expect(status).toBe(204);
    expect(fakes.sendGrid.messages.at(-1)).toEqual({
      to: 'bob@example.test',
      from: { email: 'no-reply@tessera.test', name: 'Tessera' },
      subject: 'Your code',
      type: 'text/plain',
      value: 'Your code is 000000.',
    });
    const request = fakes.sendGrid.requests.at(-1);
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('SendGrid: a bad key, an unverified sender and 5xx/timeouts are clear errors with SendGrid’s words', async () => {
    const key = await sendGridTest({ ...sendGridConfig(), apiKey: 'SG.wrong' });
    expect(key.status).toBe(400);
    expect(key.body.code).toBe('connector.authorization_failed');
    expect(key.body.message).toContain('The provided authorization grant is invalid, expired, or revoked');

    const sender = await sendGridTest({ ...sendGridConfig(), fromEmail: 'someone@else.test' });
    expect(sender.status).toBe(400);
    expect(sender.body.code).toBe('connector.invalid_config');
    expect(sender.body.message).toContain('from: The from address does not match a verified Sender Identity');

    fakes.sendGrid.mode = 'server_error';
    expect((await sendGridTest(sendGridConfig())).status).toBe(502);
    fakes.sendGrid.mode = 'hang';
    const hung = await sendGridTest(sendGridConfig());
    expect(hung.status).toBe(502);
    expect(hung.body.data.upstream).toBe('timeout');
  });

  it('a failed send leaves the stored connector untouched', async () => {
    const { body: saved } = await api.post('/connectors', {
      connectorId: 'sendgrid-email-service',
      config: sendGridConfig(),
    });
    fakes.sendGrid.mode = 'server_error';
    await expect(
      server.services.connectors.sendMessage('Email', {
        to: 'dave@example.test',
        type: 'Register',
        payload: { code: '1' },
      }),
    ).rejects.toMatchObject({ code: 'connector.general', status: 502 });
    expect((await api.get(`/connectors/${saved.id}`)).body).toEqual(saved);
    const smtpLeft = (await api.get('/connectors')).body.filter((c: { type: string }) => c.type === 'Email');
    expect(smtpLeft.map((c: { id: string }) => c.id)).toEqual([saved.id]);
  });
});
