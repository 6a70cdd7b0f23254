import type { TemplateType } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { canonicalLanguageTag } from '../management/fields.js';
import type {
  EmailTemplate,
  EmailTemplateDetails,
  EmailTemplateFilter,
  NewEmailTemplate,
} from './email-templates.schemas.js';
import type { EmailTemplateRow, EmailTemplatesStore } from './email-templates.store.js';

const toTemplate = (row: EmailTemplateRow): EmailTemplate => ({
  tenantId: 'default',
  id: row.id,
  languageTag: row.language_tag,
  templateType: row.template_type as TemplateType,
  details: JSON.parse(row.details) as EmailTemplateDetails,
  createdAt: Number(row.created_at),
});

const canonical = (filter: EmailTemplateFilter) => ({
  ...filter,
  languageTag: filter.languageTag && canonicalLanguageTag(filter.languageTag),
});

/**
 * Logto's email templates: per language and usage type, used by the Email connector in place of
 * its own templates. A message in a language without one uses the default language's.
 */
export function createEmailTemplatesService(deps: {
  store: EmailTemplatesStore;
  defaultLanguage: () => Promise<string>;
  clock: () => number;
}) {
  const { store, defaultLanguage, clock } = deps;

  async function findOrThrow(id: string): Promise<EmailTemplateRow> {
    const row = await store.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  return {
    list: async (filter: EmailTemplateFilter) => (await store.list(canonical(filter))).map(toTemplate),
    get: async (id: string) => toTemplate(await findOrThrow(id)),

    /** Creates or replaces each template (by language and type); answers them as stored. */
    async putMany(templates: NewEmailTemplate[]): Promise<EmailTemplate[]> {
      const now = clock();
      const stored: EmailTemplate[] = [];
      for (const template of templates) {
        const languageTag = canonicalLanguageTag(template.languageTag);
        await store.upsert({
          id: generateId(),
          language_tag: languageTag,
          template_type: template.templateType,
          details: JSON.stringify(template.details),
          created_at: now,
        });
        stored.push(toTemplate((await store.find(languageTag, template.templateType)) as EmailTemplateRow));
      }
      return stored;
    },

    async updateDetails(id: string, details: Partial<EmailTemplateDetails>): Promise<EmailTemplate> {
      const row = await findOrThrow(id);
      const merged = { ...(JSON.parse(row.details) as EmailTemplateDetails), ...details };
      await store.setDetails(id, JSON.stringify(merged));
      return toTemplate(await findOrThrow(id));
    },

    async remove(id: string): Promise<void> {
      if (!(await store.remove(id))) throw new RequestError('entity.not_found', 404);
    },

    /** Bulk delete by filter; at least one filter, so one request never wipes every template. */
    async removeWhere(filter: EmailTemplateFilter): Promise<{ rowCount: number }> {
      if (filter.languageTag === undefined && filter.templateType === undefined)
        throw new RequestError('guard.invalid_query', 422, {
          message: 'Give languageTag, templateType or both: deleting every email template at once is refused.',
        });
      return { rowCount: await store.removeWhere(canonical(filter)) };
    },

    /** The template for a message: its language's (`en-GB` → `en-GB`), else the default language's. */
    async forMessage(locale: string | undefined, type: TemplateType): Promise<EmailTemplateDetails | undefined> {
      const requested = locale && locale.length <= 16 ? canonicalLanguageTag(locale) : undefined;
      const languages = [requested, await defaultLanguage()].filter(Boolean) as string[];
      for (const language of languages) {
        const row = await store.find(language, type);
        if (row) return toTemplate(row).details;
      }
      return undefined;
    },
  };
}

export type EmailTemplatesService = ReturnType<typeof createEmailTemplatesService>;
