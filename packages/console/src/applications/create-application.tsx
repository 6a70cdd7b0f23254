import { type ApplicationType, createApplicationSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useForm } from '../authorization/shared/use-form';
import { type Framework, type FrameworkId, frameworkDataKey, frameworks } from '../guides/frameworks';
import { guideUris } from '../guides/guide-values';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { DialogForm } from '../ui/form-dialog';
import { RadioGroup } from '../ui/radio-group';
import { useStatus } from '../ui/status';
import { Switch } from '../ui/switch';
import { TextField } from '../ui/text-field';
import { typeKey } from './app-queries';

/** An app id that makes a native suggestion readable before the real one exists. */
const idPlaceholder = '<app-id>';
const noUris = { redirectUris: [], postLogoutRedirectUris: [] };

const isUri = (value: string) => {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

/** Native frameworks derive their redirect URI from the App ID: suggested after creation. */
const fromAppId = (type: ApplicationType) => type === 'Native';

/** What the redirect URI field starts with for a framework (empty when it needs the App ID). */
export function suggestedRedirectUri(framework: Framework): string {
  if (framework.type === 'MachineToMachine' || fromAppId(framework.type)) return '';
  return guideUris(framework.id, { id: idPlaceholder, oidcClientMetadata: noUris }).redirectUri;
}

/** The redirect and post sign-out URIs to create an app with, as its guide pairs them. */
function urisFor(framework: FrameworkId, appId: string, redirectUri: string) {
  // Not a URI: sent as typed, for the schema to refuse next to the field.
  if (redirectUri && !isUri(redirectUri)) return { redirectUris: [redirectUri], postLogoutRedirectUris: [] };
  const uris = guideUris(framework, {
    id: appId,
    oidcClientMetadata: { redirectUris: redirectUri ? [redirectUri] : [], postLogoutRedirectUris: [] },
  });
  const redirect = redirectUri || uris.redirectUri;
  // The post sign-out URI the guide pairs with this redirect URI, when it is a real URI.
  const signedOut =
    uris.redirectUri === redirect && uris.postSignOutRedirectUri && isUri(uris.postSignOutRedirectUri)
      ? [uris.postSignOutRedirectUri]
      : [];
  return { redirectUris: [redirect], postLogoutRedirectUris: signedOut };
}

/**
 * The create form: a framework (which fixes the type and the guide), a name, and the redirect
 * URI its guide suggests. Opens the new app's page, on its guide.
 */
export function CreateApplicationForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const announce = useStatus();
  const [frameworkId, setFrameworkId] = useState<FrameworkId>(frameworks[0]?.id ?? 'generic-spa');
  const framework = frameworks.find((entry) => entry.id === frameworkId) as Framework;
  const [name, setName] = useState('');
  const [thirdParty, setThirdParty] = useState(false);
  const [redirectUri, setRedirectUri] = useState(() => suggestedRedirectUri(framework));
  const form = useForm(createApplicationSchema);
  const choose = (id: FrameworkId) => {
    const next = frameworks.find((entry) => entry.id === id) as Framework;
    setFrameworkId(id);
    setRedirectUri(suggestedRedirectUri(next));
  };
  const needsUri = framework.type !== 'MachineToMachine';
  const entered = redirectUri.trim();
  const submit = () =>
    form.submit(
      {
        name: name.trim(),
        type: framework.type,
        customData: { [frameworkDataKey]: framework.id },
        ...(needsUri && thirdParty ? { isThirdParty: true } : {}),
        ...(needsUri && entered ? { oidcClientMetadata: urisFor(framework.id, idPlaceholder, entered) } : {}),
      },
      async (body) => {
        const created = await unwrap(api.POST('/api/applications', { body }));
        if (needsUri && !entered) {
          // The suggestion is made from the App ID, known only now.
          const oidcClientMetadata = urisFor(framework.id, created.id, '');
          await unwrap(
            api.PATCH('/api/applications/{id}', { params: { path: { id: created.id } }, body: { oidcClientMetadata } }),
          );
        }
        announce(t('applications.created', { name: created.name }), 'success');
        navigate(`/console/applications/${encodeURIComponent(created.id)}`);
      },
    );
  const nativeSuggestion = fromAppId(framework.type)
    ? guideUris(framework.id, { id: idPlaceholder, oidcClientMetadata: noUris }).redirectUri
    : '';
  return (
    <DialogForm submitLabel={t('applications.create')} onSubmit={submit} onClose={close}>
      <div className="framework-choice">
        <RadioGroup<FrameworkId>
          label={t('applications.framework')}
          options={frameworks.map((entry) => ({
            id: entry.id,
            label: entry.name,
            description: entry.sdk
              ? t('applications.frameworkOption', { type: t(typeKey(entry.type)), sdk: entry.sdk })
              : t(typeKey(entry.type)),
          }))}
          value={frameworkId}
          onChange={choose}
          error={form.errors.type}
        />
      </div>
      <TextField label={t('applications.name')} value={name} onChange={setName} error={form.errors.name} autoFocus />
      {needsUri && (
        <TextField
          label={t('applications.redirectUri')}
          type="url"
          value={redirectUri}
          onChange={setRedirectUri}
          description={
            fromAppId(framework.type)
              ? t('applications.redirectUriNative', { suggestion: nativeSuggestion })
              : framework.id === 'chrome-extension'
                ? `${t('applications.redirectUriHelp')} ${t('applications.redirectUriExtension')}`
                : t('applications.redirectUriHelp')
          }
          error={
            form.errors['oidcClientMetadata.redirectUris.0'] ||
            form.errors['oidcClientMetadata.postLogoutRedirectUris.0']
              ? t('applications.invalidUri')
              : undefined
          }
        />
      )}
      {needsUri && (
        <Switch
          label={t('applications.thirdPartyCreate')}
          description={t('applications.thirdPartyHelp')}
          isSelected={thirdParty}
          onChange={setThirdParty}
        />
      )}
    </DialogForm>
  );
}
