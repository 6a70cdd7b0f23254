import { z } from 'zod';
import { templateTypes } from '../connectors/kit/kinds.js';
import { languageTag, text } from '../management/fields.js';

export const templateTypeSchema = z
  .enum(templateTypes)
  .describe('When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …');

/** Logto's `EmailTemplateDetails`: `{{code}}`, `{{link}}`… are filled in when a message is sent. */
export const emailTemplateDetailsSchema = z.strictObject({
  subject: text(1024).min(1).describe('The subject template'),
  content: text(100_000).min(1).describe('The body template'),
  contentType: z
    .enum(['text/html', 'text/plain'])
    .optional()
    .describe('The body’s type; text/html when absent (placeholders are HTML-escaped)'),
  replyTo: text(256).optional().describe('The Reply-To address'),
  sendFrom: text(256).optional().describe('The sender name'),
});
export type EmailTemplateDetails = z.output<typeof emailTemplateDetailsSchema>;

export const emailTemplateSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  languageTag: z.string(),
  templateType: templateTypeSchema,
  details: emailTemplateDetailsSchema,
  createdAt: z.number(),
});
export type EmailTemplate = z.output<typeof emailTemplateSchema>;

const newTemplate = z.strictObject({
  languageTag,
  templateType: templateTypeSchema,
  details: emailTemplateDetailsSchema,
});
export type NewEmailTemplate = z.output<typeof newTemplate>;

export const putEmailTemplatesBody = z.strictObject({
  templates: z
    .array(newTemplate)
    .min(1)
    .max(100)
    .refine(
      (templates) =>
        new Set(templates.map((t) => `${t.languageTag.toLowerCase()}\n${t.templateType}`)).size === templates.length,
      'each language tag and template type appears once',
    ),
});

export const emailTemplatesQuery = z.object({
  languageTag: languageTag.optional(),
  templateType: templateTypeSchema.optional(),
});
export type EmailTemplateFilter = z.output<typeof emailTemplatesQuery>;

export const updateEmailTemplateDetailsBody = emailTemplateDetailsSchema.partial();
