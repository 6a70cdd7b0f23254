import { z } from 'zod';
import {
  ConnectorError,
  defineConnector,
  messageTemplate,
  type ProviderResponse,
  renderTemplate,
  secret,
  templateList,
  usageTypeField,
} from '../kit/index.js';

const provider = 'SendGrid';

const configSchema = z
  .object({
    apiKey: secret(z.string().min(1).max(512), 'API key with the Mail Send permission (SG.…)'),
    fromEmail: z.email().describe('A verified sender address (Single Sender or authenticated domain)'),
    fromName: z.string().min(1).max(256).optional().describe('Display name of the sender'),
    templates: templateList(
      z
        .object({
          usageType: usageTypeField,
          type: z.enum(['text/plain', 'text/html']).describe('Content type of the message body'),
          subject: z.string().min(1).max(998).describe('Subject line; may use {{code}}'),
          content: z.string().min(1).describe('Message body with the {{code}} placeholder'),
        })
        .strict(),
      ['content'],
    ).describe('E-mails by usage type'),
  })
  .strict();

/** SendGrid's error body: `{ errors: [{ message, field, help }] }`. */
const sendGridErrors = z.object({
  errors: z.array(z.object({ message: z.string(), field: z.string().nullish() })).min(1),
});

function refusal(response: ProviderResponse): ConnectorError {
  const body = sendGridErrors.safeParse(response.json);
  const said = body.success
    ? body.data.errors.map((error) => (error.field ? `${error.field}: ${error.message}` : error.message)).join('; ')
    : `HTTP ${response.status}`;
  const data = { provider, providerStatus: response.status, providerMessage: said };
  if (response.status === 401)
    return new ConnectorError('authorization_failed', {
      ...data,
      message: `SendGrid refused the API key (${said}). Create a key with the Mail Send permission.`,
    });
  if (response.status === 403)
    return new ConnectorError('invalid_config', {
      ...data,
      message: `SendGrid refused to send (${said}). Check that fromEmail is a verified sender.`,
    });
  if (response.status === 429)
    return new ConnectorError('rate_limit_exceeded', { ...data, message: `SendGrid is rate limiting (${said}).` });
  return new ConnectorError('invalid_request_parameters', {
    ...data,
    message: `SendGrid refused the e-mail (${said}).`,
  });
}

/** SendGrid Mail Send (v3): JSON with a Bearer API key; 202 means accepted for delivery. */
export const sendGrid = defineConnector({
  type: 'Email',
  apiBaseUrl: 'https://api.sendgrid.com',
  metadata: {
    id: 'sendgrid-email-service',
    target: 'sendgrid-mail',
    platform: null,
    name: { en: 'SendGrid Email' },
    description: { en: 'Send one-time codes by e-mail through the SendGrid Mail Send API.' },
    logo: '/connectors/sendgrid.svg',
    configExample: {
      apiKey: '<SendGrid API key>',
      fromEmail: 'no-reply@example.com',
      fromName: 'Example',
      templates: [
        { usageType: 'Generic', type: 'text/plain', subject: 'Your code', content: 'Your code is {{code}}.' },
      ],
    },
  },
  configSchema,
  async sendMessage(message, config, { http }) {
    const { to, payload } = message;
    const template = messageTemplate(message, config.templates, provider, (own) => own.type === 'text/html');
    const { html } = template;
    const response = await http.request('/v3/mail/send', {
      method: 'POST',
      headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: to }] }],
        from: { email: config.fromEmail, ...(config.fromName && { name: config.fromName }) },
        subject: renderTemplate(template.subject, payload),
        ...(template.replyTo && { reply_to: { email: template.replyTo } }),
        content: [
          { type: html ? 'text/html' : 'text/plain', value: renderTemplate(template.content, payload, { html }) },
        ],
      }),
    });
    if (response.status === 202) return;
    if (response.status >= 400) throw refusal(response);
    throw new ConnectorError('invalid_response', {
      message: `SendGrid answered HTTP ${response.status} instead of 202 Accepted.`,
      provider,
      providerStatus: response.status,
    });
  },
});
