import { useState } from 'react';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { DialogForm } from '../../ui/form-dialog';
import { NameFields } from './name-fields';
import { usePermissionNameErrors } from './permission-errors';
import { useAfterWrite } from './run-write';
import { useForm } from './use-form';

type PermissionSchema = z.ZodType<{ name: string; description?: string | null }>;

/** Creates a permission (of an API, or of the organization template): a name without spaces and a description. */
export function CreatePermissionForm<S extends PermissionSchema>(props: {
  schema: S;
  create: (body: z.output<S>) => Promise<unknown>;
  close: () => void;
}) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const form = useForm(props.schema, usePermissionNameErrors());
  const submit = () =>
    form.submit({ name: name.trim(), description: description.trim() || null }, async (body) => {
      await props.create(body);
      await afterWrite(t('authorization.permissionCreated', { name: body.name }));
    });
  return (
    <DialogForm submitLabel={t('authorization.createPermission')} onSubmit={submit} onClose={props.close}>
      <NameFields
        nameLabel={t('authorization.permissionName')}
        nameHelp={t('authorization.permissionNameHelp')}
        name={name}
        onName={setName}
        description={description}
        onDescription={setDescription}
        errors={form.errors}
        autoFocus
      />
    </DialogForm>
  );
}
