import { z } from 'zod';
import { captchaPublicConfigSchema } from '../captcha/captcha.schemas.js';
import { customProfileFieldSchema } from '../custom-profile-fields/custom-profile-fields.schemas.js';
import { languageTag, text } from '../management/fields.js';

/**
 * The sign-in experience settings in Logto's shape (`SignInExperience`, camelCase). Each
 * top-level field is replaced whole by a PATCH; the merged result is then checked as a whole
 * by the rules in sign-in-experience.rules.ts.
 */
export const httpUrl = text(2048).pipe(z.url({ protocol: /^https?$/ }));
const url = httpUrl;
export const hexColor = text(32).regex(/^#[\dA-Fa-f]{3,8}$/, 'must be a hex colour such as #5D34F2');

export const signUpIdentifiers = ['username', 'email', 'phone'] as const;
export type SignUpIdentifier = (typeof signUpIdentifiers)[number];
export const signInModes = ['SignIn', 'Register', 'SignInAndRegister'] as const;
export const mfaFactors = ['Totp', 'WebAuthn', 'BackupCode', 'EmailVerificationCode', 'PhoneVerificationCode'] as const;
export const mfaPolicies = [
  'UserControlled',
  'Mandatory',
  'PromptOnlyAtSignIn',
  'PromptAtSignInAndSignUp',
  'NoPrompt',
  'PromptAtSignInAndSignUpMandatory',
  'PromptOnlyAtSignInMandatory',
] as const;
export const forgotPasswordMethods = ['EmailVerificationCode', 'PhoneVerificationCode'] as const;

export const signInMethodSchema = z.strictObject({
  identifier: z.enum(signUpIdentifiers),
  password: z.boolean(),
  verificationCode: z.boolean(),
  isPasswordPrimary: z.boolean().default(true),
});
export type SignInMethod = z.output<typeof signInMethodSchema>;

export const passwordPolicySchema = z.strictObject({
  length: z
    .strictObject({ min: z.int().min(1).max(256).default(8), max: z.int().min(1).max(256).default(256) })
    .default({ min: 8, max: 256 }),
  characterTypes: z.strictObject({ min: z.int().min(1).max(4).default(1) }).default({ min: 1 }),
  rejects: z
    .strictObject({
      pwned: z.boolean().default(true),
      repetitionAndSequence: z.boolean().default(true),
      userInfo: z.boolean().default(true),
      words: z.array(text(128).min(1)).max(500).default([]),
    })
    .default({ pwned: true, repetitionAndSequence: true, userInfo: true, words: [] }),
});
export type PasswordPolicy = z.output<typeof passwordPolicySchema>;

export const brandingSchema = z.strictObject({
  logoUrl: url.optional(),
  darkLogoUrl: url.optional(),
  favicon: url.optional(),
  darkFavicon: url.optional(),
});

/** Every settable field; a PATCH takes any subset of them. */
const fields = {
  color: z.strictObject({ primaryColor: hexColor, isDarkModeEnabled: z.boolean(), darkPrimaryColor: hexColor }),
  branding: brandingSchema,
  hideLogtoBranding: z.boolean(),
  languageInfo: z.strictObject({
    autoDetect: z.boolean(),
    fallbackLanguage: languageTag,
  }),
  termsOfUseUrl: url.nullable(),
  privacyPolicyUrl: url.nullable(),
  agreeToTermsPolicy: z.enum(['Automatic', 'ManualRegistrationOnly', 'Manual']),
  signUp: z.strictObject({
    identifiers: z.array(z.enum(signUpIdentifiers)).max(3),
    password: z.boolean(),
    verify: z.boolean(),
    secondaryIdentifiers: z
      .array(
        z.strictObject({ identifier: z.enum([...signUpIdentifiers, 'emailOrPhone']), verify: z.boolean().optional() }),
      )
      .max(4)
      .optional(),
  }),
  signIn: z.strictObject({ methods: z.array(signInMethodSchema).max(3) }),
  socialSignIn: z.strictObject({
    automaticAccountLinking: z.boolean().optional(),
    skipRequiredIdentifiers: z.boolean().optional(),
  }),
  socialSignInConnectorTargets: z.array(text(128).min(1)).max(50),
  signInMode: z.enum(signInModes),
  customCss: text(65_536).nullable(),
  customContent: z.record(text(64), text(65_536)),
  passwordPolicy: passwordPolicySchema,
  mfa: z.strictObject({
    factors: z.array(z.enum(mfaFactors)).max(5),
    policy: z.enum(mfaPolicies),
    organizationRequiredMfaPolicy: z.enum(['NoPrompt', 'Mandatory']).optional(),
  }),
  singleSignOnEnabled: z.boolean(),
  passkeySignIn: z.strictObject({
    enabled: z.boolean().describe('Users may sign in with a passkey as the first factor'),
    showPasskeyButton: z.boolean().describe('The sign-in page shows a "Sign in with a passkey" button'),
    allowAutofill: z.boolean().describe('The identifier field offers passkeys in the browser autofill'),
  }),
  forgotPasswordMethods: z.array(z.enum(forgotPasswordMethods)).max(2),
  verificationCodePolicy: z.strictObject({
    expirationDuration: z.int().min(60).max(3600).describe('Seconds a code stays valid'),
    maxRetryAttempts: z.int().min(1).max(100).describe('Wrong codes accepted before the code is dead'),
  }),
  supportEmail: text(320).pipe(z.email()).nullable(),
  supportWebsiteUrl: url.nullable(),
  unknownSessionRedirectUrl: url.nullable(),
  // The fields below are stored and answered as Logto does; which of them act is listed in
  // docs/logto-compatibility-fields.md.
  customUiAssets: z.strictObject({ id: text(128).min(1), createdAt: z.number() }).nullable(),
  passwordExpiration: z.strictObject({
    enabled: z.boolean(),
    validPeriodDays: z.int().min(1).max(3650),
    enabledAt: z.number().optional(),
  }),
  adaptiveMfa: z.strictObject({ enabled: z.boolean().optional() }),
  trustedDevice: z.strictObject({ enabled: z.boolean().optional(), durationDays: z.int().min(1).max(365).optional() }),
  captchaPolicy: z.strictObject({ enabled: z.boolean().optional() }),
  sentinelPolicy: z.strictObject({
    maxAttempts: z.int().min(1).max(1000).optional(),
    lockoutDuration: z.int().min(1).max(10_080).optional().describe('Minutes'),
  }),
  emailBlocklistPolicy: z.strictObject({
    blockDisposableAddresses: z.boolean().optional(),
    blockSubaddressing: z.boolean().optional(),
    customAllowlist: z.array(text(256).min(1)).max(500).optional(),
    customBlocklist: z.array(text(256).min(1)).max(500).optional(),
  }),
  signUpProfileFields: z
    .array(z.strictObject({ name: text(128).min(1) }))
    .max(100)
    .nullable(),
  usernamePolicy: z.strictObject({
    caseSensitive: z.boolean(),
    minLength: z.int().min(1).max(128),
    maxLength: z.int().min(1).max(128),
    allowedChars: z.strictObject({
      lowercase: z.boolean(),
      uppercase: z.boolean(),
      numbers: z.boolean(),
      underscore: z.boolean(),
    }),
  }),
};

export const signInExperienceSettingsSchema = z.strictObject(fields);
export type SignInExperienceSettings = z.output<typeof signInExperienceSettingsSchema>;

export const signInExperiencePatchSchema = z.strictObject(fields).partial();
export type SignInExperiencePatch = z.output<typeof signInExperiencePatchSchema>;

export const signInExperienceSchema = signInExperienceSettingsSchema.extend({ id: z.string(), tenantId: z.string() });
export type SignInExperience = z.output<typeof signInExperienceSchema>;

export const defaultSignInExperience: SignInExperienceSettings = {
  color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#8B6DFF' },
  branding: {},
  hideLogtoBranding: false,
  languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
  termsOfUseUrl: null,
  privacyPolicyUrl: null,
  agreeToTermsPolicy: 'Automatic',
  signUp: { identifiers: ['username'], password: true, verify: false },
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  socialSignIn: {},
  socialSignInConnectorTargets: [],
  signInMode: 'SignInAndRegister',
  customCss: null,
  customContent: {},
  passwordPolicy: {
    length: { min: 8, max: 256 },
    characterTypes: { min: 1 },
    rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
  },
  mfa: { factors: [], policy: 'UserControlled' },
  singleSignOnEnabled: false,
  passkeySignIn: { enabled: false, showPasskeyButton: true, allowAutofill: false },
  forgotPasswordMethods: ['EmailVerificationCode', 'PhoneVerificationCode'],
  verificationCodePolicy: { expirationDuration: 600, maxRetryAttempts: 5 },
  supportEmail: null,
  supportWebsiteUrl: null,
  unknownSessionRedirectUrl: null,
  customUiAssets: null,
  passwordExpiration: { enabled: false, validPeriodDays: 90 },
  adaptiveMfa: {},
  trustedDevice: {},
  captchaPolicy: {},
  sentinelPolicy: {},
  emailBlocklistPolicy: {},
  signUpProfileFields: null,
  usernamePolicy: {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  },
};

export const checkPasswordBodySchema = z.strictObject({
  password: text(256),
  userId: text(64).min(1).optional().describe('Checks the password against this user’s identifiers too'),
});
export const passwordIssueSchema = z.object({
  code: z.string(),
  interpolation: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const checkPasswordResponse = z.object({ result: z.boolean(), issues: z.array(passwordIssueSchema) });

/** What pages read without a token: everything but the email blocklist (as Logto strips it). */
export const publicSignInExperienceSchema = signInExperienceSchema.omit({ emailBlocklistPolicy: true }).extend({
  socialConnectors: z.array(
    z.object({ id: z.string(), target: z.string(), name: z.record(z.string(), z.string()), logo: z.string() }),
  ),
  forgotPassword: z.object({ email: z.boolean(), phone: z.boolean() }),
  passwordlessConnectors: z.object({ email: z.boolean(), sms: z.boolean() }),
});
export type PublicSignInExperience = z.output<typeof publicSignInExperienceSchema>;

/** The public view with what other modules add: the custom profile fields sign-up collects. */
export const fullSignInExperienceSchema = publicSignInExperienceSchema.extend({
  ssoConnectors: z
    .array(z.object({ id: z.string(), connectorName: z.string(), logo: z.string(), darkLogo: z.string().optional() }))
    .describe('Enterprise SSO connectors (while singleSignOnEnabled): what the sign-in button shows'),
  customProfileFields: z.array(customProfileFieldSchema),
  captchaConfig: captchaPublicConfigSchema
    .optional()
    .describe('Present when CAPTCHA is on (a provider and captchaPolicy.enabled): what the widget needs'),
});
export type FullSignInExperience = z.output<typeof fullSignInExperienceSchema>;
/** Logto's per-application and per-organization views: their look laid over the tenant's. */
export const fullSignInExperienceQuery = z.object({
  organizationId: text(64).optional(),
  appId: text(64).optional(),
});
