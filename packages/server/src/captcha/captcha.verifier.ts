import { ConnectorError, createProviderHttp } from '../connectors/index.js';
import type { CaptchaConfig, CaptchaType } from './captcha.schemas.js';

/** The providers' public endpoints; the server configuration may point them at local fakes for tests. */
export const captchaProviderBaseUrls: Record<CaptchaType, string> = {
  Turnstile: 'https://challenges.cloudflare.com',
  RecaptchaEnterprise: 'https://recaptchaenterprise.googleapis.com',
};

const providerNames: Record<CaptchaType, string> = {
  Turnstile: 'Cloudflare Turnstile',
  RecaptchaEnterprise: 'Google reCAPTCHA Enterprise',
};

/** Logto's score threshold for reCAPTCHA Enterprise assessments. */
const minimumScore = 0.5;
/** The assessment's expected action: the sign-in pages execute the widget with it, as Logto's do. */
export const recaptchaAction = 'interaction';

/** The provider could not give an answer (timeout, network, 5xx, refused our keys): not the user's fault. */
export class CaptchaUnavailableError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Turnstile answers these when the server's own secret is wrong: a setup problem, not a bad token. */
const turnstileSetupErrors = new Set(['missing-input-secret', 'invalid-input-secret']);

/**
 * Checks a widget token with the provider, server side. Answers whether it passed; throws
 * CaptchaUnavailableError when the provider gave no usable answer. Neither the secret key nor
 * the token appears in any error.
 */
export function createCaptchaVerifier(options: {
  baseUrlOverrides: Partial<Record<CaptchaType, string>>;
  timeoutMs: number;
}) {
  const http = (type: CaptchaType) =>
    createProviderHttp({
      provider: providerNames[type],
      baseUrl: options.baseUrlOverrides[type] ?? captchaProviderBaseUrls[type],
      timeoutMs: options.timeoutMs,
    });

  async function send(type: CaptchaType, path: string, init: Parameters<ReturnType<typeof http>['request']>[1]) {
    try {
      return await http(type).request(path, init);
    } catch (error) {
      if (error instanceof ConnectorError) throw new CaptchaUnavailableError(error.message);
      throw error;
    }
  }

  async function turnstile(secretKey: string, token: string, remoteIp: string): Promise<boolean> {
    const form = new URLSearchParams({ secret: secretKey, response: token, remoteip: remoteIp });
    const answer = await send('Turnstile', 'turnstile/v0/siteverify', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const body = answer.json;
    if (answer.status !== 200 || !isObject(body) || typeof body.success !== 'boolean')
      throw new CaptchaUnavailableError(`Cloudflare Turnstile gave an unexpected answer (HTTP ${answer.status}).`);
    const codes = Array.isArray(body['error-codes']) ? body['error-codes'] : [];
    if (!body.success && codes.some((code) => turnstileSetupErrors.has(String(code))))
      throw new CaptchaUnavailableError('Cloudflare Turnstile refused the secret key: check the CAPTCHA settings.');
    return body.success;
  }

  async function recaptcha(
    config: Extract<CaptchaConfig, { type: 'RecaptchaEnterprise' }>,
    token: string,
    remoteIp: string,
  ): Promise<boolean> {
    const path = `v1/projects/${encodeURIComponent(config.projectId)}/assessments?key=${encodeURIComponent(config.secretKey)}`;
    const answer = await send('RecaptchaEnterprise', path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        event: { token, siteKey: config.siteKey, expectedAction: recaptchaAction, userIpAddress: remoteIp },
      }),
    });
    const body = answer.json;
    if (answer.status !== 200 || !isObject(body) || !isObject(body.tokenProperties))
      throw new CaptchaUnavailableError(
        `Google reCAPTCHA Enterprise refused the assessment (HTTP ${answer.status}): check the project ID and API key.`,
      );
    if (body.tokenProperties.valid !== true) return false;
    // A checkbox widget proves itself by the valid token; an invisible one by its score too.
    if (config.mode === 'checkbox') return true;
    const score = isObject(body.riskAnalysis) ? body.riskAnalysis.score : undefined;
    return typeof score === 'number' && score >= minimumScore;
  }

  return {
    verify(config: CaptchaConfig, token: string, remoteIp: string): Promise<boolean> {
      return config.type === 'Turnstile'
        ? turnstile(config.secretKey, token, remoteIp)
        : recaptcha(config, token, remoteIp);
    },
  };
}

export type CaptchaVerifier = ReturnType<typeof createCaptchaVerifier>;
