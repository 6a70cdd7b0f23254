import { useQuery } from '@tanstack/react-query';
import { createSamlSecretSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { useCan } from '../../api/can';
import { api, unwrap } from '../../api/client';
import { useAfterWrite, useRunWrite } from '../../authorization/shared/run-write';
import { useForm } from '../../authorization/shared/use-form';
import { useWriteReason } from '../../authorization/shared/write-access';
import { useI18n } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { LoadError } from '../../ui/load-error';
import { NumberField } from '../../ui/number-field';
import { DataTable, type TableColumn } from '../../ui/table';
import { formatMoment } from '../../users/format';
import { identityProviderUrls, type SamlApplication, samlSecretsKey } from './saml-queries';

function AddCertificateForm({ app, close }: { app: SamlApplication; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [years, setYears] = useState(3);
  const form = useForm(createSamlSecretSchema);
  const submit = () =>
    form.submit({ lifeSpanInYears: years }, async (body) => {
      await unwrap(api.POST('/api/saml-applications/{id}/secrets', { params: { path: { id: app.id } }, body }));
      await afterWrite(t('applications.saml.certificateCreated'));
    });
  return (
    <DialogForm submitLabel={t('applications.saml.createCertificate')} onSubmit={submit} onClose={close}>
      <NumberField
        label={t('applications.saml.lifeSpan')}
        description={t('applications.saml.lifeSpanHelp')}
        value={years}
        onChange={setYears}
        minValue={1}
        maxValue={20}
        error={form.errors.lifeSpanInYears}
      />
    </DialogForm>
  );
}

/** What to copy into the service provider: metadata URL, entity ID, SSO URL, and the active certificate. */
function ProviderDetails({ app, activeCertificate }: { app: SamlApplication; activeCertificate?: string }) {
  const { t } = useI18n();
  const urls = identityProviderUrls(app.id);
  const rows: Array<[string, string]> = [
    [t('applications.saml.metadataUrl'), urls.metadataUrl],
    [t('applications.saml.idpEntityId'), urls.entityId],
    [t('applications.saml.ssoUrl'), urls.ssoUrl],
    [t('applications.saml.idpInitiatedUrl'), urls.idpInitiatedUrl],
  ];
  return (
    <section aria-labelledby="saml-idp-heading">
      <h2 id="saml-idp-heading">{t('applications.saml.forServiceProvider')}</h2>
      <p className="note">{t('applications.saml.forServiceProviderHelp')}</p>
      <dl className="saml-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <code>{value}</code> <CopyButton value={value} label={t('applications.saml.copy', { what: label })} />
            </dd>
          </div>
        ))}
      </dl>
      {activeCertificate && (
        <p>
          <a
            href={`data:application/x-pem-file;charset=utf-8,${encodeURIComponent(activeCertificate)}`}
            download={`tessera-saml-${app.id}.pem`}
          >
            {t('applications.saml.downloadCertificate')}
          </a>{' '}
          <CopyButton value={activeCertificate} label={t('applications.saml.copyCertificate')} />
        </p>
      )}
    </section>
  );
}

/** The signing certificates: exactly one active; a new one is inactive until activated (rotation). */
export function SamlIdentityProvider({ app }: { app: SamlApplication }) {
  const { t, language } = useI18n();
  const runWrite = useRunWrite();
  const afterWrite = useAfterWrite();
  const readable = useCan('GET', '/api/saml-applications/{id}/secrets');
  const addReason = useWriteReason('POST', '/api/saml-applications/{id}/secrets');
  const activateReason = useWriteReason('PATCH', '/api/saml-applications/{id}/secrets/{secretId}');
  const deleteReason = useWriteReason('DELETE', '/api/saml-applications/{id}/secrets/{secretId}');
  const secrets = useQuery({
    queryKey: samlSecretsKey(app.id),
    queryFn: () => unwrap(api.GET('/api/saml-applications/{id}/secrets', { params: { path: { id: app.id } } })),
    enabled: readable.allowed,
  });
  const rows = secrets.data ?? [];
  const path = (secretId: string) => ({ params: { path: { id: app.id, secretId } } });
  const columns: TableColumn<(typeof rows)[number]>[] = [
    {
      id: 'fingerprint',
      name: t('applications.saml.fingerprint'),
      isRowHeader: true,
      cell: (secret) => <code className="fingerprint">{secret.fingerprints.sha256.formatted}</code>,
    },
    {
      id: 'created',
      name: t('applications.secret.created'),
      cell: (secret) => formatMoment(secret.createdAt, language),
    },
    {
      id: 'expires',
      name: t('applications.secret.expires'),
      cell: (secret) =>
        secret.expiresAt < Date.now()
          ? t('applications.secret.expired', { date: formatMoment(secret.expiresAt, language) })
          : formatMoment(secret.expiresAt, language),
    },
    {
      id: 'status',
      name: t('applications.saml.status'),
      cell: (secret) => (secret.active ? t('applications.saml.active') : t('applications.saml.inactive')),
    },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (secret) =>
        secret.active ? null : (
          <div className="row-actions">
            <Button
              disabledReason={activateReason}
              aria-label={t('applications.saml.activateNamed', {
                fingerprint: secret.fingerprints.sha256.formatted.slice(0, 11),
              })}
              onPress={() =>
                runWrite(
                  () =>
                    unwrap(
                      api.PATCH('/api/saml-applications/{id}/secrets/{secretId}', {
                        ...path(secret.id),
                        body: { active: true },
                      }),
                    ),
                  t('applications.saml.activated'),
                )
              }
            >
              {t('applications.saml.activate')}
            </Button>
            <ConfirmDialog
              triggerLabel={t('applications.saml.deleteCertificateNamed', {
                fingerprint: secret.fingerprints.sha256.formatted.slice(0, 11),
              })}
              title={t('applications.saml.deleteCertificateTitle')}
              losses={[t('applications.saml.lossCertificate')]}
              confirmLabel={t('applications.saml.deleteCertificate')}
              disabledReason={deleteReason}
              onConfirm={async () => {
                await unwrap(api.DELETE('/api/saml-applications/{id}/secrets/{secretId}', path(secret.id)));
                await afterWrite(t('applications.saml.certificateDeleted'));
              }}
            />
          </div>
        ),
    },
  ];
  return (
    <>
      <ProviderDetails app={app} activeCertificate={rows.find((secret) => secret.active)?.certificate} />
      <section aria-labelledby="saml-certificates-heading">
        <h2 id="saml-certificates-heading">{t('applications.saml.certificates')}</h2>
        <p className="note">{t('applications.saml.certificatesHelp')}</p>
        {secrets.error ? (
          <LoadError error={secrets.error} onRetry={() => secrets.refetch()} />
        ) : (
          <>
            <div className="toolbar">
              <FormDialog
                triggerLabel={t('applications.saml.createCertificate')}
                title={t('applications.saml.createCertificate')}
                disabledReason={addReason}
              >
                {(close) => <AddCertificateForm app={app} close={close} />}
              </FormDialog>
            </div>
            <DataTable
              label={t('applications.saml.certificates')}
              columns={columns}
              rows={rows}
              page={1}
              pageSize={Math.max(rows.length, 1)}
              total={rows.length}
              isLoading={secrets.isPending}
              emptyText={t('applications.saml.noCertificates')}
            />
          </>
        )}
      </section>
    </>
  );
}
