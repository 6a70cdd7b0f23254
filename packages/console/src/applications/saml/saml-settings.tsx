import {
  type NameIdFormat,
  nameIdFormats,
  type SamlUserClaim,
  samlBindings,
  samlUserClaims,
  updateSamlApplicationSchema,
} from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { SettingsForm } from '../../authorization/shared/settings-form';
import { useForm } from '../../authorization/shared/use-form';
import { useWriteReason } from '../../authorization/shared/write-access';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Select } from '../../ui/select';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { nameIdKey } from './create-saml-application';
import type { SamlApplication } from './saml-queries';

interface MappingRow {
  /** Stable across edits, so a removed row takes its own field state with it. */
  key: number;
  claim: SamlUserClaim;
  name: string;
}

let rowKeys = 0;
const nextKey = () => ++rowKeys;

interface Draft {
  name: string;
  description: string;
  entityId: string;
  acsUrl: string;
  nameIdFormat: NameIdFormat;
  mapping: MappingRow[];
  encryptAssertion: boolean;
  encryptionCertificate: string;
}

function draftOf(app: SamlApplication): Draft {
  return {
    name: app.name,
    description: app.description ?? '',
    entityId: app.entityId ?? '',
    acsUrl: app.acsUrl?.url ?? '',
    nameIdFormat: app.nameIdFormat,
    mapping: Object.entries(app.attributeMapping).map(([claim, name]) => ({
      key: nextKey(),
      claim: claim as SamlUserClaim,
      name,
    })),
    encryptAssertion: app.encryption?.encryptAssertion === true,
    encryptionCertificate: app.encryption?.certificate ?? '',
  };
}

/** User claim → SAML attribute name, one row each. */
function AttributeMapping({
  rows,
  onChange,
  errorOf,
  readOnly,
}: {
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  errorOf: (index: number) => string | undefined;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const unused = samlUserClaims.find((claim) => !rows.some((row) => row.claim === claim));
  const update = (index: number, change: Partial<MappingRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="attribute-mapping">
      <legend>{t('applications.saml.attributeMapping')}</legend>
      <p className="note">{t('applications.saml.attributeMappingHelp')}</p>
      {rows.map((row, index) => (
        <div className="mapping-row" key={row.key}>
          <Select<SamlUserClaim>
            label={t('applications.saml.claim', { number: index + 1 })}
            options={samlUserClaims.map((id) => ({ id, label: id }))}
            value={row.claim}
            onChange={(claim) => update(index, { claim })}
            isDisabled={readOnly}
          />
          <TextField
            label={t('applications.saml.attributeName', { number: index + 1 })}
            value={row.name}
            onChange={(name) => update(index, { name })}
            error={errorOf(index)}
            isReadOnly={readOnly}
          />
          <Button
            onPress={() => onChange(rows.filter((_, at) => at !== index))}
            isDisabled={readOnly}
            aria-label={t('applications.saml.removeAttribute', { number: index + 1 })}
          >
            {t('applications.saml.remove')}
          </Button>
        </div>
      ))}
      {unused && (
        <Button onPress={() => onChange([...rows, { key: nextKey(), claim: unused, name: '' }])} isDisabled={readOnly}>
          {t('applications.saml.addAttribute')}
        </Button>
      )}
    </fieldset>
  );
}

/** Name, the service provider's details, NameID, attribute mapping and encryption, saved together; and deletion. */
export function SamlSettings({ app }: { app: SamlApplication }) {
  const { t } = useI18n();
  const saveReason = useWriteReason('PATCH', '/api/saml-applications/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/saml-applications/{id}');
  const [draft, setDraft] = useState(() => draftOf(app));
  const [duplicate, setDuplicate] = useState<string>();
  const form = useForm(updateSamlApplicationSchema);
  const readOnly = saveReason !== undefined;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((old) => ({ ...old, [key]: value }));

  const save = async () => {
    const mapping = draft.mapping.map((row) => ({ ...row, name: row.name.trim() }));
    const claims = mapping.map((row) => row.claim);
    const repeated = claims.find((claim, index) => claims.indexOf(claim) !== index);
    setDuplicate(repeated && t('applications.saml.claimRepeated', { claim: repeated }));
    if (repeated) return false;
    const certificate = draft.encryptionCertificate.trim();
    const body = {
      name: draft.name.trim(),
      description: draft.description.trim() || null,
      entityId: draft.entityId.trim() || null,
      acsUrl: draft.acsUrl.trim() ? { binding: samlBindings.post, url: draft.acsUrl.trim() } : null,
      nameIdFormat: draft.nameIdFormat,
      attributeMapping: Object.fromEntries(mapping.map((row) => [row.claim, row.name])),
      encryption: draft.encryptAssertion
        ? { encryptAssertion: true, encryptThenSign: false, certificate: certificate || undefined }
        : { encryptAssertion: false },
    };
    return form.submit(body, (valid) =>
      unwrap(api.PATCH('/api/saml-applications/{id}', { params: { path: { id: app.id } }, body: valid })),
    );
  };
  const attributeError = (index: number) => {
    const claim = draft.mapping[index]?.claim;
    return claim && form.errors[`attributeMapping.${claim}`] ? t('applications.saml.attributeNameRequired') : undefined;
  };

  return (
    <section aria-label={t('applications.settings')}>
      <SettingsForm
        onSubmit={save}
        disabledReason={saveReason}
        submitLabel={t('applications.save')}
        doneMessage={t('applications.saved')}
      >
        <TextField
          label={t('applications.name')}
          value={draft.name}
          onChange={set('name')}
          error={form.errors.name}
          isReadOnly={readOnly}
        />
        <TextField
          label={t('applications.description')}
          value={draft.description}
          onChange={set('description')}
          error={form.errors.description}
          isReadOnly={readOnly}
        />
        <h2>{t('applications.saml.serviceProvider')}</h2>
        <TextField
          label={t('applications.saml.entityId')}
          description={t('applications.saml.entityIdHelp')}
          value={draft.entityId}
          onChange={set('entityId')}
          error={form.errors.entityId}
          isReadOnly={readOnly}
        />
        <TextField
          label={t('applications.saml.acsUrl')}
          description={t('applications.saml.acsUrlHelp')}
          value={draft.acsUrl}
          onChange={set('acsUrl')}
          error={form.errors['acsUrl.url'] && t('applications.saml.acsUrlInvalid')}
          isReadOnly={readOnly}
        />
        <Select<NameIdFormat>
          label={t('applications.saml.nameIdFormat')}
          options={nameIdFormats.map((id) => ({ id, label: t(nameIdKey(id)) }))}
          value={draft.nameIdFormat}
          onChange={set('nameIdFormat')}
          isDisabled={readOnly}
        />
        <AttributeMapping rows={draft.mapping} onChange={set('mapping')} errorOf={attributeError} readOnly={readOnly} />
        {duplicate && (
          <p role="alert" className="field-error">
            {duplicate}
          </p>
        )}
        <h2>{t('applications.saml.encryption')}</h2>
        <Checkbox
          label={t('applications.saml.encryptAssertion')}
          description={t('applications.saml.encryptAssertionHelp')}
          isSelected={draft.encryptAssertion}
          onChange={set('encryptAssertion')}
          isReadOnly={readOnly}
        />
        {draft.encryptAssertion && (
          <TextAreaField
            label={t('applications.saml.encryptionCertificate')}
            description={t('applications.saml.encryptionCertificateHelp')}
            value={draft.encryptionCertificate}
            onChange={set('encryptionCertificate')}
            error={
              form.errors.encryption || form.errors['encryption.certificate']
                ? t('applications.saml.certificateInvalid')
                : undefined
            }
            rows={6}
            code
            isReadOnly={readOnly}
          />
        )}
      </SettingsForm>
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('applications.delete')}
          title={t('applications.deleteTitle', { name: app.name })}
          losses={[t('applications.lossSignIn', { name: app.name }), t('applications.saml.lossCertificates')]}
          confirmLabel={t('applications.deleteConfirm', { name: app.name })}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/saml-applications/{id}', { params: { path: { id: app.id } } }));
            navigate('/console/applications');
          }}
        />
      </div>
    </section>
  );
}
