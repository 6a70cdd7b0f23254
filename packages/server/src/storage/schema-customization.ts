/**
 * Logto's customization tables: custom phrases (per language), email templates (per language and
 * usage type) and custom profile fields. JSON columns are JSON text.
 */
export interface CustomPhrasesTable {
  id: string;
  language_tag: string;
  /** The nested translation object. */
  translation: string;
  created_at: number;
  updated_at: number;
}

export interface EmailTemplatesTable {
  id: string;
  language_tag: string;
  template_type: string;
  /** `{ subject, content, contentType?, replyTo?, sendFrom? }`. */
  details: string;
  created_at: number;
}

export interface CustomProfileFieldsTable {
  id: string;
  name: string;
  type: string;
  label: string;
  description: string | null;
  required: number;
  config: string;
  sie_order: number;
  created_at: number;
}

export interface CustomizationDatabase {
  custom_phrases: CustomPhrasesTable;
  email_templates: EmailTemplatesTable;
  custom_profile_fields: CustomProfileFieldsTable;
}
