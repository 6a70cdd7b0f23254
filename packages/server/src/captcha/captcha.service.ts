import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import {
  type CaptchaConfig,
  type CaptchaProvider,
  type CaptchaPublicConfig,
  captchaConfigSchema,
} from './captcha.schemas.js';
import type { CaptchaProviderRow, CaptchaStore } from './captcha.store.js';
import { CaptchaUnavailableError, type CaptchaVerifier } from './captcha.verifier.js';

/** Answers show this in place of the secret key; sent back, it keeps the stored one. */
export const captchaSecretMask = '********';

/**
 * The CAPTCHA provider (one per realm) and the check of a widget token. The secret key is sealed
 * at rest and never answered; `enabled()` is the sign-in experience's `captchaPolicy.enabled`.
 */
export function createCaptchaService(deps: {
  store: CaptchaStore;
  box: SecretBox;
  clock: () => number;
  verifier: CaptchaVerifier;
  /** The sign-in experience's captchaPolicy, read at each call; set to off when the provider is removed. */
  policy: { enabled(): Promise<boolean>; disable(): Promise<void> };
}) {
  const { store, box, clock, verifier, policy } = deps;

  const configOf = (row: CaptchaProviderRow): CaptchaConfig =>
    captchaConfigSchema.parse(JSON.parse(box.open(row.config_sealed)));

  const answer = (row: CaptchaProviderRow): CaptchaProvider => ({
    tenantId: 'default',
    id: row.id,
    config: { ...configOf(row), secretKey: captchaSecretMask },
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  });

  async function stored(): Promise<CaptchaProviderRow> {
    const row = await store.find();
    if (!row) throw new RequestError('entity.not_found', 404, { message: 'No CAPTCHA provider is set up.' });
    return row;
  }

  /** The provider's config when CAPTCHA is on (a provider and the policy enabled), else undefined. */
  async function active(): Promise<CaptchaConfig | undefined> {
    if (!(await policy.enabled())) return undefined;
    const row = await store.find();
    return row ? configOf(row) : undefined;
  }

  return {
    get: async () => answer(await stored()),

    async put(config: CaptchaConfig): Promise<CaptchaProvider> {
      const row = await store.find();
      let next = config;
      if (config.secretKey === captchaSecretMask) {
        const kept = row ? configOf(row) : undefined;
        // The mask keeps the stored key only for the same provider: a key never moves to another one.
        if (kept?.type !== config.type)
          throw new RequestError('guard.invalid_input', 400, {
            message: 'Enter the secret key: there is no stored key of this provider to keep.',
            data: { issues: [{ path: ['config', 'secretKey'], message: 'Enter the secret key' }] },
          });
        next = { ...config, secretKey: kept.secretKey };
      }
      const now = clock();
      await store.upsert({
        id: row?.id ?? generateId(),
        config_sealed: box.seal(JSON.stringify(next)),
        created_at: row ? Number(row.created_at) : now,
        updated_at: now,
      });
      return answer(await stored());
    },

    /** Removes the provider and turns the policy off, as Logto does. */
    async delete(): Promise<void> {
      if ((await store.deleteAll()) === 0)
        throw new RequestError('entity.not_found', 404, { message: 'No CAPTCHA provider is set up.' });
      await policy.disable();
    },

    /** What the sign-in pages need to render the widget, when CAPTCHA is on. */
    async publicConfig(): Promise<CaptchaPublicConfig | undefined> {
      const config = await active();
      if (!config) return undefined;
      const { type, siteKey } = config;
      if (config.type === 'Turnstile') return { type, siteKey };
      return {
        type,
        siteKey,
        ...(config.domain && { domain: config.domain }),
        ...(config.mode && { mode: config.mode }),
      };
    },

    /** Whether the Experience API asks for a CAPTCHA now. */
    required: async (): Promise<boolean> => (await active()) !== undefined,

    /**
     * Checks a widget token with the provider. Answers false when CAPTCHA is off (nothing to check
     * against); throws `session.captcha_failed` (422) for a refused token, and the same code with
     * 503 when the provider could not answer.
     */
    async verify(token: string, remoteIp: string): Promise<boolean> {
      const config = await active();
      if (!config) return false;
      let passed: boolean;
      try {
        passed = await verifier.verify(config, token, remoteIp);
      } catch (error) {
        if (!(error instanceof CaptchaUnavailableError)) throw error;
        throw new RequestError('session.captcha_failed', 503, {
          message: `The CAPTCHA check could not be completed: ${error.message} Please try again in a moment.`,
        });
      }
      if (!passed)
        throw new RequestError('session.captcha_failed', 422, {
          message: 'The CAPTCHA check failed. Complete the CAPTCHA again and retry.',
        });
      return true;
    },
  };
}

export type CaptchaService = ReturnType<typeof createCaptchaService>;
