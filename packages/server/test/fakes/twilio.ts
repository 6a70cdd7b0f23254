import { randomBytes } from 'node:crypto';
import { expectHeader, type FakeReply, startHttpFake } from './http-fake.js';

/**
 * Twilio's Messages resource: POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded
 * To (E.164), MessagingServiceSid and Body, HTTP Basic with the account SID and auth token.
 * Answers 201 with the message resource, or Twilio's error body `{code, message, more_info, status}`.
 */
export const twilioAccount = {
  accountSID: `AC${'0123456789abcdef'.repeat(2)}`,
  authToken: 'twilio-auth-token-secret-value',
  fromMessagingServiceSID: `MG${'fedcba9876543210'.repeat(2)}`,
};

const twilioError = (status: number, code: number, message: string): FakeReply => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

export async function startTwilioFake() {
  const messages: Array<{ to: string; body: string; messagingServiceSid: string }> = [];
  const fake = await startHttpFake((request, violation) => {
    const path = `/2010-04-01/Accounts/${twilioAccount.accountSID}/Messages.json`;
    if (request.method !== 'POST' || request.path !== path) {
      violation(`unexpected ${request.method} ${request.path}`);
      return twilioError(404, 20404, 'The requested resource was not found');
    }
    const basic = `Basic ${Buffer.from(`${twilioAccount.accountSID}:${twilioAccount.authToken}`).toString('base64')}`;
    if (request.headers.authorization !== basic) return twilioError(401, 20003, 'Authenticate');
    expectHeader(request, 'content-type', (value) => value.startsWith('application/x-www-form-urlencoded'), violation);
    const form = new URLSearchParams(request.body);
    const [to, service, body] = [form.get('To'), form.get('MessagingServiceSid'), form.get('Body')];
    if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!/^\+[1-9]\d{6,14}$/.test(to)) return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`);
    if (service !== twilioAccount.fromMessagingServiceSID) violation(`MessagingServiceSid is ${service}`);
    if (!body) return twilioError(400, 21602, 'Message body is required.');
    if (to === '+15005550009') return twilioError(429, 20429, 'Too Many Requests');
    messages.push({ to, body, messagingServiceSid: service ?? '' });
    const sid = `SM${randomBytes(16).toString('hex')}`;
    return {
      status: 201,
      body: {
        account_sid: twilioAccount.accountSID,
        api_version: '2010-04-01',
        body,
        date_created: new Date().toUTCString(),
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from: null,
        messaging_service_sid: service,
        num_segments: '0',
        price: null,
        sid,
        status: 'accepted',
        to,
        uri: `/2010-04-01/Accounts/${twilioAccount.accountSID}/Messages/${sid}.json`,
      },
    };
  });
  return Object.assign(fake, { messages });
}
