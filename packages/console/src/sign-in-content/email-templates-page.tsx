import { emailTemplateDetailsSchema, templateTypeSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { z } from 'zod';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { Page } from '../ui/page';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import { type EmailTemplate, useEmailTemplates, useReload } from './queries';
import './sign-in-content.css';

type TemplateType = z.output<typeof templateTypeSchema>;
const templateTypes = templateTypeSchema.options;
const contentTypes = ['text/html', 'text/plain'] as const;
const all = '*';

/** A new template: its language and usage type, then the same fields as an edit. */
const newTemplateSchema = z.object({
  languageTag: z.string().trim().min(1),
  templateType: templateTypeSchema,
  details: emailTemplateDetailsSchema,
});

interface Draft {
  languageTag: string;
  templateType: TemplateType;
  subject: string;
  content: string;
  contentType: (typeof contentTypes)[number];
}

/** Creates a template (PUT upserts by language and type) or edits one's subject and content (PATCH details). */
function TemplateForm({ template, close }: { template?: EmailTemplate; close: () => void }) {
  const { t } = useI18n();
  const reload = useReload();
  const announce = useStatus();
  const [draft, setDraft] = useState<Draft>({
    languageTag: template?.languageTag ?? 'en',
    templateType: template?.templateType ?? 'SignIn',
    subject: template?.details.subject ?? '',
    content: template?.details.content ?? '',
    contentType: template?.details.contentType ?? 'text/html',
  });
  const form = useForm(newTemplateSchema);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((old) => ({ ...old, [key]: value }));
  const submit = () =>
    form.submit(
      {
        languageTag: draft.languageTag,
        templateType: draft.templateType,
        details: { subject: draft.subject, content: draft.content, contentType: draft.contentType },
      },
      async (body) => {
        if (template)
          await unwrap(
            api.PATCH('/api/email-templates/{id}/details', {
              params: { path: { id: template.id } },
              body: body.details,
            }),
          );
        else await unwrap(api.PUT('/api/email-templates', { body: { templates: [body] } }));
        await reload();
        announce(t('signInContent.templates.saved'), 'success');
      },
    );
  const badTag = form.errors.languageTag || form.errors['templates.0.languageTag'];
  return (
    <DialogForm submitLabel={t('signInContent.templates.save')} onSubmit={submit} onClose={close}>
      {!template && (
        <>
          <TextField
            label={t('signInContent.languageTag')}
            description={t('signInContent.languageTagHelp')}
            value={draft.languageTag}
            onChange={set('languageTag')}
            error={badTag && t('signInContent.badLanguageTag')}
          />
          <Select
            label={t('signInContent.templates.type')}
            options={templateTypes.map((type) => ({ id: type, label: t(`signInContent.templates.type.${type}`) }))}
            value={draft.templateType}
            onChange={set('templateType')}
          />
        </>
      )}
      <TextField
        label={t('signInContent.templates.subject')}
        value={draft.subject}
        onChange={set('subject')}
        error={form.errors['details.subject'] && t('signInContent.templates.subjectRequired')}
      />
      <TextAreaField
        label={t('signInContent.templates.content')}
        description={t('signInContent.templates.contentHelp')}
        value={draft.content}
        onChange={set('content')}
        rows={8}
        code
        error={form.errors['details.content'] && t('signInContent.templates.contentRequired')}
      />
      <Select
        label={t('signInContent.templates.contentType')}
        options={contentTypes.map((type) => ({ id: type, label: type }))}
        value={draft.contentType}
        onChange={set('contentType')}
      />
    </DialogForm>
  );
}

/** Console › Sign-in experience › Email templates: the messages the email connector sends, per language and use. */
export default function EmailTemplatesPage() {
  const { t } = useI18n();
  const reload = useReload();
  const announce = useStatus();
  const [language, setLanguage] = useState(all);
  const [type, setType] = useState<TemplateType | typeof all>(all);
  const templates = useEmailTemplates({
    languageTag: language === all ? undefined : language,
    templateType: type === all ? undefined : type,
  });
  const everything = useEmailTemplates({});
  const languages = [...new Set((everything.data ?? []).map((entry) => entry.languageTag))].sort();
  const writeReason = useWriteReason('PUT', '/api/email-templates');
  const editReason = useWriteReason('PATCH', '/api/email-templates/{id}/details');
  const deleteReason = useWriteReason('DELETE', '/api/email-templates/{id}');
  const typeName = (entry: TemplateType) => t(`signInContent.templates.type.${entry}`);
  return (
    <>
      <BackLink href="/console/sign-in-experience" label={t('nav.signInExperience')} />
      <Page title={t('signInContent.templates.title')} intro={t('signInContent.templates.intro')}>
        <div className="content-filters">
          <Select
            label={t('signInContent.templates.filterLanguage')}
            options={[
              { id: all, label: t('signInContent.templates.allLanguages') },
              ...languages.map((tag) => ({ id: tag, label: tag })),
            ]}
            value={language}
            onChange={setLanguage}
          />
          <Select<TemplateType | typeof all>
            label={t('signInContent.templates.filterType')}
            options={[
              { id: all, label: t('signInContent.templates.allTypes') },
              ...templateTypes.map((entry) => ({ id: entry, label: typeName(entry) })),
            ]}
            value={type}
            onChange={setType}
          />
          <FormDialog
            triggerLabel={t('signInContent.templates.add')}
            title={t('signInContent.templates.add')}
            disabledReason={writeReason}
          >
            {(close) => <TemplateForm close={close} />}
          </FormDialog>
        </div>
        <WhenLoaded query={templates}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('signInContent.templates.empty')}</p>
            ) : (
              <ul className="content-list" aria-label={t('signInContent.templates.list')}>
                {list.map((entry) => {
                  const name = t('signInContent.templates.name', {
                    type: typeName(entry.templateType),
                    tag: entry.languageTag,
                  });
                  return (
                    <li key={entry.id}>
                      <span>
                        <strong>{name}</strong> {entry.details.subject}
                      </span>
                      <FormDialog
                        triggerVariant="secondary"
                        triggerLabel={t('signInContent.templates.edit', { name })}
                        title={t('signInContent.templates.edit', { name })}
                        disabledReason={editReason}
                      >
                        {(close) => <TemplateForm template={entry} close={close} />}
                      </FormDialog>
                      <ConfirmDialog
                        triggerLabel={t('signInContent.templates.delete', { name })}
                        title={t('signInContent.templates.deleteTitle', { name })}
                        losses={[t('signInContent.templates.deleteLoss')]}
                        confirmLabel={t('signInContent.delete')}
                        disabledReason={deleteReason}
                        onConfirm={async () => {
                          await unwrap(api.DELETE('/api/email-templates/{id}', { params: { path: { id: entry.id } } }));
                          await reload();
                          announce(t('signInContent.templates.deleted', { name }), 'success');
                        }}
                      />
                    </li>
                  );
                })}
              </ul>
            )
          }
        </WhenLoaded>
      </Page>
    </>
  );
}
