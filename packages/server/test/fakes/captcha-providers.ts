import { expectHeader, startHttpFake } from './http-fake.js';

/**
 * The two CAPTCHA verify endpoints Tessera calls, as their providers document them.
 *
 * Cloudflare Turnstile: POST /turnstile/v0/siteverify, form-encoded `secret`, `response` and
 * `remoteip`; answers 200 `{ success, "error-codes": [...] }` (a wrong secret is
 * `invalid-input-secret`, a bad token `invalid-input-response`).
 *
 * Google reCAPTCHA Enterprise: POST /v1/projects/{project}/assessments?key={API key}, JSON
 * `{ event: { token, siteKey, expectedAction, userIpAddress } }`; answers 200 with
 * `tokenProperties.valid` and `riskAnalysis.score`, or a Google error body for a wrong key.
 */
export const captchaKeys = {
  turnstile: { siteKey: '1x00000000000000000000AA', secretKey: 'turnstile-secret-value-0123' },
  recaptcha: { siteKey: 'recaptcha-site-key-6Lc', secretKey: 'recaptcha-api-key-AIza0123', projectId: 'tessera-test' },
};
/** Tokens the fakes know: one passes, one is a bot by score (reCAPTCHA), every other one is refused. */
export const captchaTokens = { good: 'widget-token-good', lowScore: 'widget-token-low-score' };

export async function startTurnstileFake() {
  return startHttpFake((request, violation) => {
    if (request.method !== 'POST' || request.path !== '/turnstile/v0/siteverify') {
      violation(`unexpected ${request.method} ${request.path}`);
      return { status: 404, body: { success: false, 'error-codes': ['bad-request'] } };
    }
    expectHeader(request, 'content-type', (value) => value.startsWith('application/x-www-form-urlencoded'), violation);
    const form = new URLSearchParams(request.body);
    const names = [...form.keys()].sort().join(',');
    if (names !== 'remoteip,response,secret') violation(`form fields are ${names}`);
    if (!form.get('remoteip')) violation('remoteip is empty');
    if (form.get('secret') !== captchaKeys.turnstile.secretKey)
      return { status: 200, body: { success: false, 'error-codes': ['invalid-input-secret'] } };
    if (form.get('response') !== captchaTokens.good)
      return { status: 200, body: { success: false, 'error-codes': ['invalid-input-response'] } };
    return {
      status: 200,
      body: { success: true, challenge_ts: new Date().toISOString(), hostname: 'localhost', 'error-codes': [] },
    };
  });
}

export async function startRecaptchaEnterpriseFake() {
  return startHttpFake((request, violation) => {
    const url = new URL(request.path, 'http://fake');
    const expectedPath = `/v1/projects/${captchaKeys.recaptcha.projectId}/assessments`;
    if (request.method !== 'POST' || url.pathname !== expectedPath) {
      violation(`unexpected ${request.method} ${url.pathname}`);
      return { status: 404, body: { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } } };
    }
    expectHeader(request, 'content-type', (value) => value.startsWith('application/json'), violation);
    if (url.searchParams.get('key') !== captchaKeys.recaptcha.secretKey)
      return {
        status: 400,
        body: {
          error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' },
        },
      };
    const body = JSON.parse(request.body) as { event?: Record<string, unknown> };
    const event = body.event ?? {};
    if (event.siteKey !== captchaKeys.recaptcha.siteKey) violation(`siteKey is ${String(event.siteKey)}`);
    if (event.expectedAction !== 'interaction') violation(`expectedAction is ${String(event.expectedAction)}`);
    if (typeof event.userIpAddress !== 'string' || !event.userIpAddress) violation('userIpAddress is missing');
    const token = event.token;
    const valid = token === captchaTokens.good || token === captchaTokens.lowScore;
    return {
      status: 200,
      body: {
        name: `projects/${captchaKeys.recaptcha.projectId}/assessments/0123456789`,
        event,
        tokenProperties: valid
          ? { valid: true, invalidReason: 'INVALID_REASON_UNSPECIFIED', action: 'interaction', hostname: 'localhost' }
          : { valid: false, invalidReason: 'MALFORMED' },
        riskAnalysis: { score: token === captchaTokens.good ? 0.9 : valid ? 0.1 : 0, reasons: [] },
      },
    };
  });
}
