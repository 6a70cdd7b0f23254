import type { CaptchaPublicConfig } from './captcha.schemas.js';

/**
 * The origins the sign-in page may load the CAPTCHA widget from (script) and frame (its
 * challenge), as Cloudflare and Google document them; nothing when CAPTCHA is off.
 */
export function captchaCspSources(config: CaptchaPublicConfig | undefined): { script: string[]; frame: string[] } {
  if (!config) return { script: [], frame: [] };
  if (config.type === 'Turnstile')
    return { script: ['https://challenges.cloudflare.com'], frame: ['https://challenges.cloudflare.com'] };
  const host = `https://${config.domain || 'www.google.com'}/recaptcha/`;
  return {
    script: [host, 'https://www.gstatic.com/recaptcha/'],
    frame: [host, 'https://recaptcha.google.com/recaptcha/'],
  };
}
