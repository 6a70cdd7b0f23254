import { z } from 'zod';
import {
  ConnectorError,
  defineConnector,
  findTemplate,
  type ProviderResponse,
  renderTemplate,
  secret,
  templateList,
  usageTypeField,
} from '../kit/index.js';

const provider = 'Twilio';

const configSchema = z
  .object({
    accountSID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio account SID: AC followed by 32 hex digits')
      .describe('Account SID, from the Twilio Console home page (AC…)'),
    authToken: secret(z.string().min(1), 'Auth token of the account, from the Twilio Console'),
    fromMessagingServiceSID: z
      .string()
      .regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID: MG followed by 32 hex digits')
      .describe('SID of the Messaging Service that sends the messages (MG…)'),
    templates: templateList(
      z
        .object({
          usageType: usageTypeField,
          content: z.string().min(1).max(1600).describe('Message text with the {{code}} placeholder'),
        })
        .strict(),
      ['content'],
    ).describe('Message texts by usage type'),
  })
  .strict();

/** Twilio's error body: `{ code, message, more_info, status }`. */
const twilioError = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string().optional(),
  more_info: z.string().optional(),
});

function refusal(response: ProviderResponse): ConnectorError {
  const body = twilioError.safeParse(response.json);
  const { code, message: providerMessage, more_info: moreInfo } = body.success ? body.data : {};
  const said = [code && `error ${code}`, providerMessage, moreInfo && `see ${moreInfo}`].filter(Boolean).join(': ');
  const data = { provider, providerStatus: response.status, providerCode: code, providerMessage };
  if (response.status === 401 || code === 20003)
    return new ConnectorError('authorization_failed', {
      ...data,
      message: `Twilio refused the credentials (${said || 'HTTP 401'}). Check the account SID and auth token.`,
    });
  if (response.status === 429 || code === 20429)
    return new ConnectorError('rate_limit_exceeded', { ...data, message: `Twilio is rate limiting (${said}).` });
  return new ConnectorError('invalid_request_parameters', {
    ...data,
    message: `Twilio refused the message (${said || `HTTP ${response.status}`}).`,
  });
}

/** Twilio Programmable Messaging: the Messages resource, form-encoded, HTTP Basic with SID and token. */
export const twilioSms = defineConnector({
  type: 'Sms',
  apiBaseUrl: 'https://api.twilio.com',
  metadata: {
    id: 'twilio-short-message-service',
    target: 'twilio',
    platform: null,
    name: { en: 'Twilio SMS', 'zh-CN': 'Twilio 短信服务' },
    description: { en: 'Send one-time codes by SMS through a Twilio Messaging Service.' },
    logo: '/connectors/twilio.svg',
    configExample: {
      accountSID: 'AC0123456789abcdef0123456789abcdef',
      authToken: '<auth token>',
      fromMessagingServiceSID: 'MG0123456789abcdef0123456789abcdef',
      templates: [{ usageType: 'Generic', content: 'Your verification code is {{code}}.' }],
    },
  },
  configSchema,
  async sendMessage({ to, type, payload }, config, { http }) {
    const template = findTemplate(config.templates, type, provider);
    const response = await http.request(`/2010-04-01/Accounts/${encodeURIComponent(config.accountSID)}/Messages.json`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${config.accountSID}:${config.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({
        // Tessera keeps phone numbers as digits with the country code; Twilio wants E.164.
        To: to.startsWith('+') ? to : `+${to}`,
        MessagingServiceSid: config.fromMessagingServiceSID,
        Body: renderTemplate(template.content, payload),
      }).toString(),
    });
    if (response.status >= 400) throw refusal(response);
    const sid = (response.json as { sid?: unknown } | undefined)?.sid;
    if (typeof sid !== 'string')
      throw new ConnectorError('invalid_response', {
        message: `Twilio answered HTTP ${response.status} without a message SID.`,
        provider,
        providerStatus: response.status,
      });
  },
});
