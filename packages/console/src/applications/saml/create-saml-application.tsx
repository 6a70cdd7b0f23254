import { createSamlApplicationSchema, type NameIdFormat, nameIdFormats, samlBindings } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useForm } from '../../authorization/shared/use-form';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { DialogForm } from '../../ui/form-dialog';
import { Select } from '../../ui/select';
import { useStatus } from '../../ui/status';
import { TextField } from '../../ui/text-field';
import { samlPagePath } from './saml-queries';

export const nameIdKey = (format: NameIdFormat) =>
  `applications.saml.nameId.${format.slice(format.lastIndexOf(':') + 1)}` as
    | 'applications.saml.nameId.persistent'
    | 'applications.saml.nameId.emailAddress'
    | 'applications.saml.nameId.transient'
    | 'applications.saml.nameId.unspecified';

/** Name, the service provider's entity ID and ACS URL, and the NameID format; the rest on the app's page. */
export function CreateSamlApplicationForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const announce = useStatus();
  const [name, setName] = useState('');
  const [entityId, setEntityId] = useState('');
  const [acsUrl, setAcsUrl] = useState('');
  const [nameIdFormat, setNameIdFormat] = useState<NameIdFormat>(nameIdFormats[0]);
  const form = useForm(createSamlApplicationSchema);
  const submit = () =>
    form.submit(
      {
        name: name.trim(),
        entityId: entityId.trim() || null,
        acsUrl: acsUrl.trim() ? { binding: samlBindings.post, url: acsUrl.trim() } : null,
        nameIdFormat,
      },
      async (body) => {
        const created = await unwrap(api.POST('/api/saml-applications', { body }));
        announce(t('applications.created', { name: created.name }), 'success');
        navigate(samlPagePath(created.id));
      },
    );
  return (
    <DialogForm submitLabel={t('applications.saml.create')} onSubmit={submit} onClose={close}>
      <TextField label={t('applications.name')} value={name} onChange={setName} error={form.errors.name} autoFocus />
      <TextField
        label={t('applications.saml.entityId')}
        description={t('applications.saml.entityIdHelp')}
        value={entityId}
        onChange={setEntityId}
        error={form.errors.entityId}
      />
      <TextField
        label={t('applications.saml.acsUrl')}
        description={t('applications.saml.acsUrlHelp')}
        value={acsUrl}
        onChange={setAcsUrl}
        error={form.errors['acsUrl.url']}
      />
      <Select<NameIdFormat>
        label={t('applications.saml.nameIdFormat')}
        options={nameIdFormats.map((id) => ({ id, label: t(nameIdKey(id)) }))}
        value={nameIdFormat}
        onChange={setNameIdFormat}
      />
    </DialogForm>
  );
}
