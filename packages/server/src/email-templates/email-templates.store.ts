import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { EmailTemplatesTable } from '../storage/schema-customization.js';

export type EmailTemplateRow = Selectable<EmailTemplatesTable>;

interface Filter {
  languageTag?: string;
  templateType?: string;
}

/** Email templates, one per language tag and template type. SQL only. */
export function createEmailTemplatesStore(db: Kysely<Database>) {
  return {
    list: ({ languageTag, templateType }: Filter) =>
      db
        .selectFrom('email_templates')
        .selectAll()
        .$if(languageTag !== undefined, (q) => q.where('language_tag', '=', languageTag as string))
        .$if(templateType !== undefined, (q) => q.where('template_type', '=', templateType as string))
        .orderBy('language_tag')
        .orderBy('template_type')
        .execute(),
    findById: (id: string) => db.selectFrom('email_templates').selectAll().where('id', '=', id).executeTakeFirst(),
    find: (languageTag: string, templateType: string) =>
      db
        .selectFrom('email_templates')
        .selectAll()
        .where('language_tag', '=', languageTag)
        .where('template_type', '=', templateType)
        .executeTakeFirst(),
    /** Insert, or replace the details of the template with the same language and type (one statement each). */
    async upsert(row: EmailTemplateRow): Promise<void> {
      await db
        .insertInto('email_templates')
        .values(row)
        .onConflict((oc) => oc.columns(['language_tag', 'template_type']).doUpdateSet({ details: row.details }))
        .execute();
    },
    async setDetails(id: string, details: string): Promise<void> {
      await db.updateTable('email_templates').set({ details }).where('id', '=', id).execute();
    },
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('email_templates').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async removeWhere({ languageTag, templateType }: Filter): Promise<number> {
      const result = await db
        .deleteFrom('email_templates')
        .$if(languageTag !== undefined, (q) => q.where('language_tag', '=', languageTag as string))
        .$if(templateType !== undefined, (q) => q.where('template_type', '=', templateType as string))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type EmailTemplatesStore = ReturnType<typeof createEmailTemplatesStore>;
