import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { type FieldErrors, fieldErrorsOf } from '../api/form-errors';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { CodePanel } from '../ui/code-panel';
import { CopyButton } from '../ui/copy-button';
import { TextField } from '../ui/text-field';
import {
  redirectUriOf,
  type SsoConnector,
  type SsoProvider,
  samlServiceProviderOf,
  useRefreshSsoConnectors,
} from './queries';
import { keepTestSession } from './test-session';

type Property = { type?: string; description?: string; format?: string };
const mask = '********';
/** Fields with a label in words; others (a SAML provider's) show their config key. */
const fieldLabels = ['issuer', 'clientId', 'clientSecret', 'scope'] as const;

/** The provider's config fields, from its JSON schema (text fields; secrets as passwords). */
const fieldsOf = (provider: SsoProvider | undefined) =>
  Object.entries(
    ((provider?.configSchema as { properties?: Record<string, Property> } | undefined)?.properties ?? {}) as Record<
      string,
      Property
    >,
  ).filter(([, property]) => property.type === 'string');

/** A refused config: each issue next to its field, or the provider's answer next to the first one. */
function configErrors(error: unknown, firstField: string | undefined): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'connector.invalid_config') return undefined;
  const issues = (error.data as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues;
  if (Array.isArray(issues) && issues.length > 0) return fieldErrorsOf(issues);
  return { [firstField ?? '']: error.message };
}

/** Guided set-up: the redirect URI to register at the provider, then the fields that provider needs. */
export function SsoConnection({ connector, provider }: { connector: SsoConnector; provider?: SsoProvider }) {
  const { t } = useI18n();
  const reason = useWriteReason('PATCH', '/api/sso-connectors/{id}');
  const refresh = useRefreshSsoConnectors();
  const testReason = useWriteReason('POST', '/api/sso-connectors/{id}/test-sign-in');
  const [testError, setTestError] = useState<string>();
  const testConnection = async () => {
    setTestError(undefined);
    try {
      const started = await unwrap(
        api.POST('/api/sso-connectors/{id}/test-sign-in', { params: { path: { id: connector.id } }, body: {} }),
      );
      keepTestSession(started.state, started.testSession);
      location.assign(started.authorizationUri);
    } catch (error) {
      setTestError(error instanceof Error ? error.message : String(error));
    }
  };
  const fields = fieldsOf(provider);
  const secrets = new Set(provider?.secretKeys ?? []);
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map(([key]) => [key, String(connector.config[key] ?? '')])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const redirectUri = redirectUriOf(connector.id);
  const sp = samlServiceProviderOf(connector.id);
  // A SAML IdP is given Tessera's SP entity ID and ACS URL; an OIDC provider the redirect URI.
  const addresses =
    provider?.providerType === 'saml'
      ? [
          {
            label: t('sso.spEntityId'),
            help: t('sso.spEntityIdHelp'),
            value: sp.entityId,
            copy: t('sso.spEntityIdLabel'),
          },
          { label: t('sso.acsUrl'), help: t('sso.acsUrlHelp'), value: sp.acsUrl, copy: t('sso.acsUrlLabel') },
        ]
      : [
          {
            label: t('sso.redirectUri'),
            help: t('sso.redirectUriHelp'),
            value: redirectUri,
            copy: t('sso.redirectUriLabel'),
          },
        ];
  const labelOf = (key: string) => {
    const known = fieldLabels.find((name) => name === key);
    return known ? t(`sso.field.${known}`) : key;
  };
  const save = async () => {
    const config = Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== ''));
    setErrors({});
    try {
      await unwrap(api.PATCH('/api/sso-connectors/{id}', { params: { path: { id: connector.id } }, body: { config } }));
      await refresh();
      return true;
    } catch (error) {
      const found = configErrors(error, fields[0]?.[0]);
      if (!found) throw error;
      setErrors(found);
      return false;
    }
  };
  return (
    <section aria-label={t('sso.connection')}>
      {addresses.map((address) => (
        <div className="redirect-uri" key={address.label}>
          <TextField label={address.label} description={address.help} value={address.value} isReadOnly />
          <CopyButton value={address.value} label={address.copy} />
        </div>
      ))}
      <SettingsForm
        onSubmit={save}
        disabledReason={reason}
        doneMessage={t('sso.connectionSaved', { name: connector.connectorName })}
      >
        {fields.map(([key, property]) => (
          <TextField
            key={key}
            label={labelOf(key)}
            description={draft[key] === mask ? t('sso.secretKept') : property.description}
            type={secrets.has(key) ? 'password' : property.format === 'uri' ? 'url' : 'text'}
            value={draft[key] ?? ''}
            onChange={(value) => setDraft((current) => ({ ...current, [key]: value }))}
            error={errors[key]}
            isReadOnly={reason !== undefined}
          />
        ))}
      </SettingsForm>
      <div className="field">
        <Button
          onPress={testConnection}
          disabledReason={testReason ?? (connector.providerConfig ? undefined : t('sso.status.incomplete'))}
        >
          {t('sso.test')}
        </Button>
        <p className="note">{t('sso.testHelp')}</p>
        {testError && <p role="alert">{t('sso.testFailed', { message: testError })}</p>}
      </div>
      {connector.providerConfig && (
        <CodePanel
          caption={t('sso.providerConfig')}
          text={JSON.stringify(connector.providerConfig, null, 2)}
          copyLabel={t('sso.providerConfig')}
        />
      )}
    </section>
  );
}
