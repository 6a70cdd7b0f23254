import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import type { ConnectorsService } from '../connectors/index.js';
import { RequestError } from '../http/request-error.js';
import type { UsersService } from '../users/index.js';
import { checkPassword, type PasswordIssue } from './password-policy.js';
import { type ConnectorAvailability, checkSettings } from './sign-in-experience.rules.js';
import {
  defaultSignInExperience,
  type PublicSignInExperience,
  type SignInExperience,
  type SignInExperiencePatch,
  type SignInExperienceSettings,
  signInExperienceSettingsSchema,
} from './sign-in-experience.schemas.js';
import type { SignInExperienceStore } from './sign-in-experience.store.js';

const id = 'default';

/** The settings: read over the defaults, patched field by field, checked as a whole before saving. */
export function createSignInExperienceService(deps: {
  store: SignInExperienceStore;
  connectors: ConnectorsService;
  users: UsersService;
  clock: () => number;
  /** The parsed settings are cached and dropped on every node when they change. */
  cache: CacheTopics;
  /** The custom profile fields' names: `signUpProfileFields` may name these only. */
  profileFieldNames?: () => Promise<string[]>;
}) {
  const { store, connectors, users, clock } = deps;
  const cached = createSharedCache<SignInExperienceSettings>(deps.cache, 'sign-in-experience', { clock });

  /** Logto's checks of `signUpProfileFields`: known fields, each once. */
  async function guardSignUpProfileFields(fields: SignInExperiencePatch['signUpProfileFields']): Promise<void> {
    if (!fields || !deps.profileFieldNames) return;
    const names = fields.map((field) => field.name);
    const known = new Set(await deps.profileFieldNames());
    const missing = [...new Set(names.filter((name) => !known.has(name)))];
    if (missing.length > 0)
      throw new RequestError('custom_profile_fields.entity_not_exists_with_names', 404, {
        message: `No profile field named ${missing.join(', ')}.`,
        data: { names: missing },
      });
    const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
    if (repeated.length > 0)
      throw new RequestError('guard.invalid_input', 400, {
        message: `Sign-up profile fields are named more than once: ${repeated.join(', ')}.`,
        data: { duplicateNames: repeated },
      });
  }

  /** Read several times by every sign-in: parsed once per change. */
  function settings(): Promise<SignInExperienceSettings> {
    return cached.get(id, async () => {
      const stored = (await store.find(id)) ?? {};
      // Stored fields that no longer parse (an older shape) fall back to their default rather than fail every sign-in.
      const merged = { ...defaultSignInExperience, ...stored };
      const parsed = signInExperienceSettingsSchema.safeParse(merged);
      return parsed.success ? parsed.data : defaultSignInExperience;
    });
  }

  async function availability(): Promise<
    ConnectorAvailability & { social: PublicSignInExperience['socialConnectors'] }
  > {
    const all = await connectors.list();
    const social = all
      .filter((c) => c.type === 'Social')
      .map((c) => ({ id: c.id, target: c.target, name: c.name, logo: c.logo }));
    return {
      email: all.some((c) => c.type === 'Email'),
      sms: all.some((c) => c.type === 'Sms'),
      socialTargets: new Set(social.map((c) => c.target)),
      social,
    };
  }

  const withId = (value: SignInExperienceSettings): SignInExperience => ({ ...value, id, tenantId: 'default' });

  return {
    settings,

    async get(): Promise<SignInExperience> {
      return withId(await settings());
    },

    async update(patch: SignInExperiencePatch): Promise<SignInExperience> {
      await guardSignUpProfileFields(patch.signUpProfileFields);
      const next = { ...(await settings()), ...patch };
      checkSettings(next, await availability());
      await store.save(id, next, clock());
      cached.changed(id);
      return withId(next);
    },

    /** What the sign-in pages (and custom UIs) may read without a token. */
    async publicView(): Promise<PublicSignInExperience> {
      const value = await settings();
      const found = await availability();
      const enabled = new Set(value.socialSignInConnectorTargets);
      const methods = new Set(value.forgotPasswordMethods);
      const { emailBlocklistPolicy: _hidden, ...shown } = withId(value);
      return {
        ...shown,
        socialConnectors: value.socialSignInConnectorTargets.flatMap((target) =>
          found.social.filter((c) => c.target === target && enabled.has(c.target)),
        ),
        forgotPassword: {
          email: found.email && methods.has('EmailVerificationCode'),
          phone: found.sms && methods.has('PhoneVerificationCode'),
        },
        passwordlessConnectors: { email: found.email, sms: found.sms },
      };
    },

    /** Checks a password against the policy, and the user's own identifiers when a user is named. */
    async checkPassword(password: string, userId?: string): Promise<{ result: boolean; issues: PasswordIssue[] }> {
      const { passwordPolicy } = await settings();
      let info: Array<string | null> = [];
      if (userId) {
        const user = await users.get(userId);
        info = [user.username, user.primaryEmail, user.primaryPhone, user.name];
      }
      const issues = checkPassword(password, info, passwordPolicy);
      return { result: issues.length === 0, issues };
    },
  };
}

export type SignInExperienceService = ReturnType<typeof createSignInExperienceService>;
