import { expect } from 'vitest';
import { smtpConfig, twilioConfig } from '../fakes/configs.js';
import type { ProviderFakes } from '../fakes/providers.js';
import type { ManagementApi } from './management-client.js';

/** Verification-code sign-in for the Experience API tests: the SMS and e-mail connectors and the methods using them. */

/** Sign-in by e-mail (password or code), phone (code) or username (password). */
export const codeSignInMethods = [
  { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: false },
  { identifier: 'phone', password: false, verificationCode: true, isPasswordPrimary: false },
  { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
];

/** Adds a Twilio connector (one Generic template) and an SMTP connector, both pointing at the provider fakes. */
export async function addCodeConnectors(api: ManagementApi, fakes: ProviderFakes): Promise<void> {
  const twilio = { ...twilioConfig(), templates: [{ usageType: 'Generic', content: 'Your code is {{code}}.' }] };
  expect((await api.post('/connectors', { connectorId: 'twilio-short-message-service', config: twilio })).status).toBe(
    200,
  );
  const mail = await api.post('/connectors', {
    connectorId: 'simple-mail-transfer-protocol',
    config: smtpConfig(fakes.smtp.port),
  });
  expect(mail.status).toBe(200);
}
