import { startAliyunSmsFake } from './aliyun-sms.js';
import { startSendGridFake } from './sendgrid.js';
import { startSmtpFake } from './smtp.js';
import { startTwilioFake } from './twilio.js';

/**
 * Every provider fake, and the internal test setting that points the connectors at them. The
 * short timeout lets the "provider hangs" tests finish quickly.
 */
export async function startProviderFakes(timeoutMs = 1000) {
  const [twilio, aliyun, sendGrid, smtp] = await Promise.all([
    startTwilioFake(),
    startAliyunSmsFake(),
    startSendGridFake(),
    startSmtpFake(),
  ]);
  const env = {
    TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: JSON.stringify({
      'twilio-short-message-service': twilio.url,
      'aliyun-short-message-service': aliyun.url,
      'sendgrid-email-service': sendGrid.url,
    }),
    TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS: String(timeoutMs),
  };
  return {
    twilio,
    aliyun,
    sendGrid,
    smtp,
    env,
    close: () => Promise.all([twilio.close(), aliyun.close(), sendGrid.close(), smtp.close()]),
  };
}

export type ProviderFakes = Awaited<ReturnType<typeof startProviderFakes>>;
