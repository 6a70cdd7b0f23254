import { z } from 'zod';
import { text } from '../management/fields.js';

/**
 * Logto's CAPTCHA provider (`/api/captcha-provider`): Cloudflare Turnstile or Google reCAPTCHA
 * Enterprise, one at a time. Zod only (the console validates its form with these).
 */
export const captchaTypes = ['Turnstile', 'RecaptchaEnterprise'] as const;
export type CaptchaType = (typeof captchaTypes)[number];
export const recaptchaEnterpriseModes = ['invisible', 'checkbox'] as const;

const key = (what: string) => text(512).min(1, `${what} is required`);

export const turnstileConfigSchema = z.strictObject({
  type: z.literal('Turnstile'),
  siteKey: key('The site key').describe('Public: the sign-in pages render the widget with it'),
  secretKey: key('The secret key').describe(
    'Sealed at rest; answered as `********`, and `********` sent back keeps it',
  ),
});

export const recaptchaEnterpriseConfigSchema = z.strictObject({
  type: z.literal('RecaptchaEnterprise'),
  siteKey: key('The site key').describe('Public: the sign-in pages render the widget with it'),
  secretKey: key('The API key').describe(
    'The Google Cloud API key of the assessments call; sealed at rest, answered as `********`',
  ),
  projectId: text(128)
    .min(1, 'The project ID is required')
    .regex(/^[\w.:-]+$/, 'A Google Cloud project ID holds letters, digits, dots, colons, hyphens and underscores'),
  domain: text(256)
    .regex(/^[\dA-Za-z.-]*$/, 'A host name such as www.recaptcha.net, without scheme or path')
    .optional()
    .describe('The host the widget script is loaded from: www.google.com by default, or www.recaptcha.net'),
  mode: z.enum(recaptchaEnterpriseModes).optional(),
});

export const captchaConfigSchema = z.discriminatedUnion('type', [
  turnstileConfigSchema,
  recaptchaEnterpriseConfigSchema,
]);
export type CaptchaConfig = z.output<typeof captchaConfigSchema>;

export const captchaProviderBody = z.strictObject({ config: captchaConfigSchema });

export const captchaProviderSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  config: captchaConfigSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CaptchaProvider = z.output<typeof captchaProviderSchema>;

/** What the sign-in pages read in `/api/.well-known/sign-in-exp` when CAPTCHA is on: never the secret. */
export const captchaPublicConfigSchema = z.object({
  type: z.enum(captchaTypes),
  siteKey: z.string(),
  domain: z.string().optional(),
  mode: z.enum(recaptchaEnterpriseModes).optional(),
});
export type CaptchaPublicConfig = z.output<typeof captchaPublicConfigSchema>;
