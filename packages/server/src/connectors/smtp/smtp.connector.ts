import type { default as Nodemailer } from 'nodemailer';
import { z } from 'zod';
import {
  ConnectorError,
  defineConnector,
  messageTemplate,
  renderTemplate,
  secret,
  templateList,
  usageTypeField,
} from '../kit/index.js';

const provider = 'SMTP server';

const address = /^[^<>@\s]+@[^<>@\s]+$/;
const fromEmail = z
  .string()
  .max(320)
  .refine((value) => {
    const named = /^[^<>]*<([^<>]+)>$/.exec(value.trim());
    return address.test(named ? (named[1] as string) : value);
  }, 'must be an e-mail address, optionally with a name: "Example <no-reply@example.com>"');

const configSchema = z
  .object({
    host: z.string().min(1).max(253).describe('Host name of the SMTP server'),
    port: z.number().int().min(1).max(65_535).default(587).describe('Port: 587 for STARTTLS, 465 for TLS'),
    tlsMode: z
      .enum(['starttls', 'secure', 'none'])
      .default('starttls')
      .describe(
        'starttls: plain connection upgraded with STARTTLS, refused when the server cannot; secure: TLS from the first byte (port 465); none: never encrypt (local relays only)',
      ),
    auth: z
      .object({
        user: z.string().min(1).max(320).describe('User name'),
        pass: secret(z.string().min(1).max(1024), 'Password or app password'),
      })
      .strict()
      .optional()
      .describe('Credentials, when the server asks for them'),
    fromEmail: fromEmail.describe('Sender address: "no-reply@example.com" or "Example <no-reply@example.com>"'),
    templates: templateList(
      z
        .object({
          usageType: usageTypeField,
          contentType: z.enum(['text/plain', 'text/html']).describe('Content type of the message body'),
          subject: z.string().min(1).max(998).describe('Subject line; may use {{code}}'),
          content: z.string().min(1).describe('Message body with the {{code}} placeholder'),
        })
        .strict(),
      ['content'],
    ).describe('E-mails by usage type'),
  })
  .strict();

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

function failure(error: SmtpFailure, timeoutMs: number): ConnectorError {
  const said = error.response ?? error.message;
  const data = { provider, providerCode: error.responseCode ?? error.code, providerMessage: said };
  if (error.code === 'EAUTH')
    return new ConnectorError('authorization_failed', {
      ...data,
      message: `The SMTP server refused the credentials (${said}). Check auth.user and auth.pass.`,
    });
  if (error.code === 'ETLS')
    return new ConnectorError('invalid_config', {
      ...data,
      message: `The TLS mode does not match the SMTP server (${error.message}). Check tlsMode and port.`,
    });
  if (error.code === 'ETIMEDOUT')
    return new ConnectorError('general', {
      ...data,
      upstream: 'timeout',
      message: `The SMTP server did not answer within ${timeoutMs / 1000} s (${said}).`,
    });
  if (error.responseCode && error.responseCode >= 500)
    return new ConnectorError('invalid_request_parameters', {
      ...data,
      message: `The SMTP server refused the e-mail (${said}).`,
    });
  const upstream = error.responseCode ? 'server_error' : 'network';
  return new ConnectorError('general', {
    ...data,
    upstream,
    message: `The e-mail could not be handed to the SMTP server (${said}).`,
  });
}

/** Any SMTP server, through nodemailer; one connection per message, closed after it. */
export const smtp = defineConnector({
  type: 'Email',
  metadata: {
    id: 'simple-mail-transfer-protocol',
    target: 'smtp',
    platform: null,
    name: { en: 'SMTP' },
    description: { en: 'Send one-time codes by e-mail through any SMTP server.' },
    logo: '/connectors/smtp.svg',
    configExample: {
      host: 'smtp.example.com',
      port: 587,
      tlsMode: 'starttls',
      auth: { user: 'no-reply@example.com', pass: '<password>' },
      fromEmail: 'Example <no-reply@example.com>',
      templates: [
        { usageType: 'Generic', contentType: 'text/plain', subject: 'Your code', content: 'Your code is {{code}}.' },
      ],
    },
  },
  configSchema,
  async sendMessage(message, config, { timeoutMs }) {
    const { to, payload } = message;
    const template = messageTemplate(message, config.templates, provider, (own) => own.contentType === 'text/html');
    const { html } = template;
    const nodemailer: typeof Nodemailer = (await import('nodemailer')).default;
    const transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.tlsMode === 'secure',
      requireTLS: config.tlsMode === 'starttls',
      ignoreTLS: config.tlsMode === 'none',
      auth: config.auth,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    const body = renderTemplate(template.content, payload, { html });
    try {
      await transport.sendMail({
        // A template's sender name goes with the configured address.
        from: template.sendFrom
          ? { name: template.sendFrom, address: /<([^>]+)>/.exec(config.fromEmail)?.[1] ?? config.fromEmail }
          : config.fromEmail,
        to,
        ...(template.replyTo && { replyTo: template.replyTo }),
        subject: renderTemplate(template.subject, payload),
        ...(html ? { html: body } : { text: body }),
      });
    } catch (error) {
      throw failure(error as SmtpFailure, timeoutMs);
    } finally {
      transport.close();
    }
  },
});
