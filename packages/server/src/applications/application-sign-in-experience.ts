import { z } from 'zod';
import { RequestError } from '../http/request-error.js';
import { text } from '../management/fields.js';
import { brandingSchema, hexColor, httpUrl } from '../sign-in-experience/index.js';
import type { ApplicationExtrasStore, ApplicationSignInExperienceRow } from './application-extras.store.js';
import type { Application } from './applications.schemas.js';

/** An empty string clears a link, as Logto accepts it. */
const link = z.union([httpUrl, z.literal('')]).nullable();

export const applicationSignInExperienceBody = z.strictObject({
  color: z
    .strictObject({ primaryColor: hexColor, isDarkModeEnabled: z.boolean(), darkPrimaryColor: hexColor })
    .partial()
    .optional(),
  branding: brandingSchema.optional(),
  customCss: text(65_536).nullable().optional(),
  displayName: text(256).nullable().optional(),
  // Optional, as Logto accepts a body with only the look.
  termsOfUseUrl: link.optional(),
  privacyPolicyUrl: link.optional(),
});
export type ApplicationSignInExperienceInput = z.output<typeof applicationSignInExperienceBody>;

export const applicationSignInExperienceSchema = z.object({
  applicationId: z.string(),
  color: z.object({
    primaryColor: z.string().optional(),
    isDarkModeEnabled: z.boolean().optional(),
    darkPrimaryColor: z.string().optional(),
  }),
  branding: z.object({
    logoUrl: z.string().optional(),
    darkLogoUrl: z.string().optional(),
    favicon: z.string().optional(),
    darkFavicon: z.string().optional(),
  }),
  customCss: z.string().nullable(),
  displayName: z.string().nullable(),
  termsOfUseUrl: z.string().nullable(),
  privacyPolicyUrl: z.string().nullable(),
});
export type ApplicationSignInExperience = z.output<typeof applicationSignInExperienceSchema>;

const toView = (row: ApplicationSignInExperienceRow): ApplicationSignInExperience => ({
  applicationId: row.application_id,
  color: JSON.parse(row.color),
  branding: JSON.parse(row.branding),
  customCss: row.custom_css,
  displayName: row.display_name,
  termsOfUseUrl: row.terms_of_use_url,
  privacyPolicyUrl: row.privacy_policy_url,
});

/**
 * Logto's application-level sign-in experience: a third-party app's own logo, colours, name and
 * terms links, shown instead of the realm's on the pages of the interactions it starts.
 */
export function createApplicationSignInExperienceService(deps: {
  applications: { get(id: string): Promise<Application> };
  store: ApplicationExtrasStore;
}) {
  async function thirdPartyApp(id: string): Promise<Application> {
    const app = await deps.applications.get(id);
    if (!app.isThirdParty) throw new RequestError('application.third_party_application_only', 422);
    return app;
  }

  return {
    async get(applicationId: string): Promise<ApplicationSignInExperience> {
      await thirdPartyApp(applicationId);
      const row = await deps.store.signInExperience(applicationId);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toView(row);
    },

    /** Replaces the whole record; answers whether it was created (201) or updated (200). */
    async put(applicationId: string, input: ApplicationSignInExperienceInput) {
      await thirdPartyApp(applicationId);
      const row: ApplicationSignInExperienceRow = {
        application_id: applicationId,
        color: JSON.stringify(input.color ?? {}),
        branding: JSON.stringify(input.branding ?? {}),
        custom_css: input.customCss ?? null,
        display_name: input.displayName ?? null,
        terms_of_use_url: input.termsOfUseUrl || null,
        privacy_policy_url: input.privacyPolicyUrl || null,
      };
      const created = await deps.store.putSignInExperience(row);
      return { created, value: toView(row) };
    },

    /** For the sign-in pages: the app's values, or undefined (unknown app, first-party app, nothing set). */
    async overlayFor(applicationId: string): Promise<ApplicationSignInExperience | undefined> {
      const row = await deps.store.signInExperience(applicationId);
      return row ? toView(row) : undefined;
    },
  };
}

export type ApplicationSignInExperienceService = ReturnType<typeof createApplicationSignInExperienceService>;
