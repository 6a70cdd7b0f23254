import { createSignInTestSchema, signInTestCallbackPath } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { useRunWrite } from '../authorization/shared/run-write';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useApiResources } from '../guides/api-resources';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';
import type { Application } from './app-queries';
import { SignInTestResult } from './sign-in-test-result';

interface Started {
  id: string;
  authorizationUrl: string;
  /** The browser refused to open the window: the page offers a link instead. */
  blocked: boolean;
}

/**
 * "Test sign-in": starts a real sign-in with this app's settings in a new window (the hosted
 * sign-in pages, then the test callback), waits for it and shows the claims Tessera returned.
 */
export function SignInTest({ app }: { app: Application }) {
  const { t } = useI18n();
  const runWrite = useRunWrite();
  const startReason = useWriteReason('POST', '/api/applications/{id}/sign-in-tests');
  const patchReason = useWriteReason('PATCH', '/api/applications/{id}');
  const resources = useApiResources();
  const [callback, setCallback] = useState(`${location.origin}${signInTestCallbackPath}`);
  const [resource, setResource] = useState('');
  const [scopes, setScopes] = useState('');
  const [started, setStarted] = useState<Started>();
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const form = useForm(createSignInTestSchema);
  const missing = !app.oidcClientMetadata.redirectUris.includes(callback);

  if (app.type === 'MachineToMachine')
    return (
      <section className="sign-in-test" aria-labelledby="sign-in-test-heading">
        <h2 id="sign-in-test-heading">{t('applications.test.title')}</h2>
        <p className="note">{t('applications.test.m2m')}</p>
      </section>
    );

  const addCallback = () =>
    runWrite(
      () =>
        unwrap(
          api.PATCH('/api/applications/{id}', {
            params: { path: { id: app.id } },
            body: { oidcClientMetadata: { redirectUris: [...app.oidcClientMetadata.redirectUris, callback] } },
          }),
        ),
      t('applications.test.callbackAdded'),
    );

  const start = async () => {
    setPending(true);
    setFailure(undefined);
    setStarted(undefined);
    try {
      const extra = scopes.split(/\s+/).filter(Boolean);
      await form.submit(
        { ...(extra.length > 0 ? { scopes: extra } : {}), ...(resource ? { resource } : {}) },
        async (body) => {
          const test = await unwrap(
            api.POST('/api/applications/{id}/sign-in-tests', { params: { path: { id: app.id } }, body }),
          );
          const opened = window.open(test.authorizationUrl, 'tessera-sign-in-test', 'popup,width=520,height=760');
          setStarted({ id: test.id, authorizationUrl: test.authorizationUrl, blocked: opened === null });
        },
      );
    } catch (error) {
      // The server knows its own callback (ENDPOINT), which may differ from this page's origin.
      const data = error instanceof ApiError ? (error.data as { redirectUri?: unknown } | undefined) : undefined;
      if (typeof data?.redirectUri === 'string') setCallback(data.redirectUri);
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="sign-in-test" aria-labelledby="sign-in-test-heading">
      <h2 id="sign-in-test-heading">{t('applications.test.title')}</h2>
      <p className="note">{t('applications.test.intro')}</p>
      {missing && (
        <div className="callback-missing" role="note">
          <p>{t('applications.test.callbackMissing', { uri: callback })}</p>
          <Button onPress={addCallback} disabledReason={patchReason}>
            {t('applications.test.addCallback')}
          </Button>
        </div>
      )}
      <div className="toolbar">
        <Select<string>
          label={t('applications.test.resource')}
          options={[
            { id: '', label: t('applications.test.noResource') },
            ...(resources.data ?? []).map((entry) => ({
              id: entry.indicator,
              label: `${entry.name} (${entry.indicator})`,
            })),
          ]}
          value={resource}
          onChange={setResource}
          error={form.errors.resource}
        />
        <TextField
          label={t('applications.test.scopes')}
          description={t('applications.test.scopesHelp')}
          value={scopes}
          onChange={setScopes}
          error={form.errors.scopes ?? Object.entries(form.errors).find(([key]) => key.startsWith('scopes.'))?.[1]}
        />
      </div>
      <Button variant="primary" onPress={start} isDisabled={pending} disabledReason={startReason}>
        {t('applications.test.start')}
      </Button>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {started && (
        <div className="sign-in-test-started">
          <p>{started.blocked ? t('applications.test.blocked') : t('applications.test.opened')}</p>
          <p>
            <Link href={started.authorizationUrl} target="_blank" rel="noopener">
              {t('applications.test.openAgain')}
            </Link>
          </p>
          <SignInTestResult applicationId={app.id} testId={started.id} />
        </div>
      )}
    </section>
  );
}
