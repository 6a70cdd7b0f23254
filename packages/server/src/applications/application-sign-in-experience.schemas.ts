import { z } from 'zod';
import { text } from '../management/fields.js';
import { brandingSchema, hexColor, httpUrl } from '../sign-in-experience/sign-in-experience.schemas.js';

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
