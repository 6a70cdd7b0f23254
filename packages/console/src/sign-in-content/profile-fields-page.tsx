import { addressKeys, createFieldBody, type FieldType, fieldTypes, fullnameKeys } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { type CodeFields, useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { Page } from '../ui/page';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import { type ProfileField, useProfileFields, useReload } from './queries';
import './sign-in-content.css';

const dateFormats = ['yyyy-MM-dd', 'MM/dd/yyyy', 'dd/MM/yyyy'] as const;

interface Draft {
  name: string;
  type: FieldType;
  label: string;
  description: string;
  required: boolean;
  /** Select: one option per line. */
  options: string;
  /** Regex: the pattern; Date: one of dateFormats. */
  format: string;
}

const draftOf = (field?: ProfileField): Draft => {
  const config = (field?.config ?? {}) as { options?: Array<{ value: string }>; format?: string };
  return {
    name: field?.name ?? '',
    type: field?.type ?? 'Text',
    label: field?.label ?? '',
    description: field?.description ?? '',
    required: field?.required ?? false,
    options: (config.options ?? []).map((option) => option.value).join('\n'),
    format: config.format ?? (field?.type === 'Date' ? 'yyyy-MM-dd' : ''),
  };
};

/** The type's config as the API takes it; an Address or Fullname keeps its parts, or gets all of them. */
function configOf(draft: Draft, field?: ProfileField): Record<string, unknown> | undefined {
  const lines = draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  switch (draft.type) {
    case 'Select':
      return { options: lines.map((value) => ({ value })) };
    case 'Regex':
      return { format: draft.format };
    case 'Date':
      return { format: draft.format || 'yyyy-MM-dd' };
    case 'Address':
    case 'Fullname': {
      if (field?.type === draft.type) return field.config;
      const names = draft.type === 'Address' ? addressKeys : fullnameKeys;
      return { parts: names.map((name) => ({ enabled: true, name, type: 'Text', required: false })) };
    }
    default:
      return undefined;
  }
}

function FieldForm({ field, close }: { field?: ProfileField; close: () => void }) {
  const { t } = useI18n();
  const reload = useReload();
  const announce = useStatus();
  const [draft, setDraft] = useState(() => draftOf(field));
  const codeFields: CodeFields = {
    'custom_profile_fields.name_exists': { field: 'name', message: t('signInContent.fields.nameTaken') },
    'custom_profile_fields.name_conflict_built_in_prop': {
      field: 'name',
      message: t('signInContent.fields.nameBuiltIn'),
    },
    'custom_profile_fields.name_conflict_sign_in_identifier': {
      field: 'name',
      message: t('signInContent.fields.nameBuiltIn'),
    },
    'custom_profile_fields.invalid_regex_format': {
      field: 'config.format',
      message: t('signInContent.fields.badRegex'),
    },
    'custom_profile_fields.invalid_options': { field: 'config.options', message: t('signInContent.fields.badOptions') },
  };
  const form = useForm(createFieldBody, codeFields);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((old) => ({ ...old, [key]: value }));
  const config = configOf(draft, field);
  const submit = () =>
    form.submit(
      {
        name: draft.name.trim(),
        type: draft.type,
        label: draft.label.trim() || undefined,
        description: draft.description.trim() || undefined,
        required: draft.type === 'Checkbox' ? false : draft.required,
        ...(config ? { config } : {}),
      },
      async ({ name, ...settings }) => {
        // Checked by createFieldBody above; zod types Checkbox's `required` apart from the OpenAPI document.
        if (field)
          await unwrap(
            api.PUT('/api/custom-profile-fields/{name}', { params: { path: { name } }, body: settings as never }),
          );
        else await unwrap(api.POST('/api/custom-profile-fields', { body: { name, ...settings } as never }));
        await reload();
        announce(t('signInContent.fields.saved', { name }), 'success');
      },
    );
  const error = (path: string, message: string) => (form.errors[path] ? message : undefined);
  return (
    <DialogForm submitLabel={t('signInContent.fields.save')} onSubmit={submit} onClose={close}>
      {!field && (
        <>
          <TextField
            label={t('signInContent.fields.name')}
            description={t('signInContent.fields.nameHelp')}
            value={draft.name}
            onChange={set('name')}
            error={
              form.errors.name &&
              (Object.values(codeFields).some((entry) => entry.message === form.errors.name)
                ? form.errors.name
                : t('signInContent.fields.badName'))
            }
            autoFocus
          />
          <Select
            label={t('signInContent.fields.type')}
            options={fieldTypes.map((type) => ({ id: type, label: t(`signInContent.fields.type.${type}`) }))}
            value={draft.type}
            onChange={(type) =>
              setDraft((old) => ({
                ...old,
                type,
                format: type === 'Date' ? 'yyyy-MM-dd' : type === 'Regex' ? '' : old.format,
              }))
            }
          />
        </>
      )}
      <TextField
        label={t('signInContent.fields.label')}
        description={t('signInContent.fields.labelHelp')}
        value={draft.label}
        onChange={set('label')}
        error={error('label', t('signInContent.fields.badLabel'))}
      />
      <TextField
        label={t('signInContent.fields.description')}
        value={draft.description}
        onChange={set('description')}
        error={error('description', t('signInContent.fields.badDescription'))}
      />
      {draft.type === 'Select' && (
        <TextAreaField
          label={t('signInContent.fields.options')}
          description={t('signInContent.fields.optionsHelp')}
          value={draft.options}
          onChange={set('options')}
          error={form.errors['config.options'] && t('signInContent.fields.badOptions')}
        />
      )}
      {draft.type === 'Regex' && (
        <TextField
          label={t('signInContent.fields.pattern')}
          description={t('signInContent.fields.patternHelp')}
          value={draft.format}
          onChange={set('format')}
          error={form.errors['config.format'] && t('signInContent.fields.badRegex')}
        />
      )}
      {draft.type === 'Date' && (
        <Select
          label={t('signInContent.fields.dateFormat')}
          options={dateFormats.map((format) => ({ id: format, label: format }))}
          value={draft.format as (typeof dateFormats)[number]}
          onChange={set('format')}
        />
      )}
      {draft.type !== 'Checkbox' && (
        <Checkbox
          label={t('signInContent.fields.required')}
          description={t('signInContent.fields.requiredHelp')}
          isSelected={draft.required}
          onChange={set('required')}
        />
      )}
    </DialogForm>
  );
}

/** Console › Sign-in experience › Profile fields: what sign-up asks new users for, in order. */
export default function ProfileFieldsPage() {
  const { t } = useI18n();
  const fields = useProfileFields();
  const reload = useReload();
  const announce = useStatus();
  const createReason = useWriteReason('POST', '/api/custom-profile-fields');
  const editReason = useWriteReason('PUT', '/api/custom-profile-fields/{name}');
  const orderReason = useWriteReason('POST', '/api/custom-profile-fields/properties/sie-order');
  const deleteReason = useWriteReason('DELETE', '/api/custom-profile-fields/{name}');
  const [moving, setMoving] = useState(false);
  const move = async (list: readonly ProfileField[], from: number, to: number) => {
    const names = list.map((field) => field.name);
    const [name] = names.splice(from, 1);
    names.splice(to, 0, name as string);
    setMoving(true);
    try {
      await unwrap(
        api.POST('/api/custom-profile-fields/properties/sie-order', {
          body: { order: names.map((entry, sieOrder) => ({ name: entry, sieOrder })) },
        }),
      );
      await reload();
      announce(t('signInContent.fields.moved', { name: name as string, position: to + 1 }), 'success');
    } catch (failure) {
      announce(failure instanceof Error ? failure.message : String(failure), 'error');
    } finally {
      setMoving(false);
    }
  };
  return (
    <>
      <BackLink href="/console/sign-in-experience" label={t('nav.signInExperience')} />
      <Page title={t('signInContent.fields.title')} intro={t('signInContent.fields.intro')}>
        <FormDialog
          triggerLabel={t('signInContent.fields.create')}
          title={t('signInContent.fields.create')}
          disabledReason={createReason}
        >
          {(close) => <FieldForm close={close} />}
        </FormDialog>
        <WhenLoaded query={fields}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('signInContent.fields.empty')}</p>
            ) : (
              <ol className="content-list" aria-label={t('signInContent.fields.list')}>
                {list.map((field, index) => {
                  const name = field.label || field.name;
                  return (
                    <li key={field.name}>
                      <span>
                        <strong>{name}</strong> <code>{field.name}</code> ·{' '}
                        {t(`signInContent.fields.type.${field.type}`)}
                        {field.required ? ` · ${t('signInContent.fields.requiredShort')}` : ''}
                      </span>
                      <Button
                        variant="quiet"
                        isDisabled={moving || index === 0}
                        disabledReason={orderReason}
                        onPress={() => move(list, index, index - 1)}
                      >
                        {t('signInContent.fields.moveUp', { name })}
                      </Button>
                      <Button
                        variant="quiet"
                        isDisabled={moving || index === list.length - 1}
                        disabledReason={orderReason}
                        onPress={() => move(list, index, index + 1)}
                      >
                        {t('signInContent.fields.moveDown', { name })}
                      </Button>
                      <FormDialog
                        triggerVariant="secondary"
                        triggerLabel={t('signInContent.fields.edit', { name })}
                        title={t('signInContent.fields.edit', { name })}
                        disabledReason={editReason}
                      >
                        {(close) => <FieldForm field={field} close={close} />}
                      </FormDialog>
                      <ConfirmDialog
                        triggerLabel={t('signInContent.fields.delete', { name })}
                        title={t('signInContent.fields.deleteTitle', { name })}
                        losses={[t('signInContent.fields.deleteLoss')]}
                        confirmLabel={t('signInContent.delete')}
                        disabledReason={deleteReason}
                        onConfirm={async () => {
                          await unwrap(
                            api.DELETE('/api/custom-profile-fields/{name}', { params: { path: { name: field.name } } }),
                          );
                          await reload();
                          announce(t('signInContent.fields.deleted', { name }), 'success');
                        }}
                      />
                    </li>
                  );
                })}
              </ol>
            )
          }
        </WhenLoaded>
      </Page>
    </>
  );
}
