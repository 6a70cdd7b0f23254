import { expectHeader, type FakeReply, startHttpFake } from './http-fake.js';

/**
 * SendGrid Mail Send v3: POST /v3/mail/send, JSON, `Authorization: Bearer <API key>`.
 * Answers 202 with no body, or SendGrid's `{errors: [{message, field, help}]}`.
 */
export const sendGridAccount = { apiKey: 'SG.fake-key.sendgrid-secret-value', verifiedSender: 'no-reply@tessera.test' };

const sendGridError = (status: number, message: string, field: string | null = null): FakeReply => ({
  status,
  body: { errors: [{ message, field, help: null }] },
});

interface MailSend {
  personalizations?: Array<{ to?: Array<{ email?: string }> }>;
  from?: { email?: string; name?: string };
  subject?: string;
  content?: Array<{ type?: string; value?: string }>;
}

export async function startSendGridFake() {
  const messages: Array<{
    to: string;
    from: { email?: string; name?: string };
    subject: string;
    type: string;
    value: string;
  }> = [];
  const fake = await startHttpFake((request, violation) => {
    if (request.method !== 'POST' || request.path !== '/v3/mail/send') {
      violation(`unexpected ${request.method} ${request.path}`);
      return sendGridError(404, 'Not found');
    }
    if (request.headers.authorization !== `Bearer ${sendGridAccount.apiKey}`)
      return sendGridError(401, 'The provided authorization grant is invalid, expired, or revoked');
    expectHeader(request, 'content-type', (value) => value.startsWith('application/json'), violation);
    let mail: MailSend;
    try {
      mail = JSON.parse(request.body) as MailSend;
    } catch {
      return sendGridError(400, 'Bad Request');
    }
    const to = mail.personalizations?.[0]?.to?.[0]?.email;
    if (!to)
      return sendGridError(400, 'The to array is required for all personalization objects.', 'personalizations.0.to');
    if (!mail.from?.email) return sendGridError(400, 'The from object must be provided for every email send.', 'from');
    if (mail.from.email !== sendGridAccount.verifiedSender)
      return sendGridError(
        403,
        'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.',
        'from',
      );
    if (!mail.subject) return sendGridError(400, 'The subject is required.', 'subject');
    const [content] = mail.content ?? [];
    if (!content?.value || !['text/plain', 'text/html'].includes(content.type ?? ''))
      return sendGridError(
        400,
        'The content value must be a string at least one character in length.',
        'content.0.value',
      );
    messages.push({ to, from: mail.from, subject: mail.subject, type: content.type ?? '', value: content.value });
    return { status: 202 };
  });
  return Object.assign(fake, { messages });
}
