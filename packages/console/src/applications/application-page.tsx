import { useEffect } from 'react';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useRunWrite } from '../authorization/shared/run-write';
import { useWriteReason } from '../authorization/shared/write-access';
import { frameworkOf } from '../guides/frameworks';
import GuidePanel from '../guides/guide-panel';
import { guideUris } from '../guides/guide-values';
import { type Translate, useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import type { PageProps } from '../routes';
import { Button } from '../ui/button';
import { Page } from '../ui/page';
import { RecordTabs } from '../ui/record-tabs';
import { AppBranding } from './app-branding';
import { AppConsentOrganizations } from './app-consent-organizations';
import { AppConsentScopes } from './app-consent-scopes';
import { type Application, typeKey, useApplication } from './app-queries';
import { ApplicationAccessControl } from './application-access-control';
import { ApplicationCredentials } from './application-credentials';
import { ApplicationSettings } from './application-settings';
import { samlPagePath } from './saml/saml-queries';
import { SignInTest } from './sign-in-test';
import '../authorization/authorization.css';
import './applications.css';

/** The URIs the guide uses that the app lacks and that can be added as they are (no placeholder). */
function addableUris(app: Application) {
  const uris = guideUris(frameworkOf(app).id, app);
  const ready = (field: 'redirectUri' | 'postSignOutRedirectUri') =>
    uris.missing.includes(field) && !uris[field].includes('<');
  const { redirectUris, postLogoutRedirectUris } = app.oidcClientMetadata;
  if (!ready('redirectUri') && !ready('postSignOutRedirectUri')) return undefined;
  return {
    redirectUris: ready('redirectUri') ? [...redirectUris, uris.redirectUri] : redirectUris,
    postLogoutRedirectUris: ready('postSignOutRedirectUri')
      ? [...postLogoutRedirectUris, uris.postSignOutRedirectUri]
      : postLogoutRedirectUris,
  };
}

function Guide({ app }: { app: Application }) {
  const { t } = useI18n();
  const runWrite = useRunWrite();
  const patchReason = useWriteReason('PATCH', '/api/applications/{id}');
  const addable = addableUris(app);
  const add = (oidcClientMetadata: NonNullable<typeof addable>) =>
    runWrite(
      () =>
        unwrap(api.PATCH('/api/applications/{id}', { params: { path: { id: app.id } }, body: { oidcClientMetadata } })),
      t('applications.guideUris.added'),
    );
  return (
    <>
      <SignInTest app={app} />
      <GuidePanel
        framework={frameworkOf(app)}
        app={{ ...app, protectedAppMetadata: null }}
        endpoint={location.origin}
        missingAction={
          addable && (
            <Button onPress={() => add(addable)} disabledReason={patchReason}>
              {t('applications.guideUris.add')}
            </Button>
          )
        }
      />
    </>
  );
}

/** A third-party app's tabs: what its users consent to, and its own branding. */
const thirdPartyTabs = (app: Application, t: Translate) => [
  { id: 'permissions', title: t('applications.tab.permissions'), content: <AppConsentScopes app={app} /> },
  {
    id: 'consent-organizations',
    title: t('applications.tab.consentOrganizations'),
    content: <AppConsentOrganizations app={app} />,
  },
  { id: 'branding', title: t('applications.tab.branding'), content: <AppBranding app={app} /> },
];

/** A SAML app is changed only through its own API: its page is the SAML one. */
function ToSamlPage({ id }: { id: string }) {
  useEffect(() => navigate(samlPagePath(id), { replace: true }), [id]);
  return null;
}

/** /console/applications/:id: the app's guide (with a test sign-in), settings, endpoints and secrets, access control. */
export default function ApplicationPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const app = useApplication(params.id);
  return (
    <>
      <BackLink href="/console/applications" label={t('applications.title')} />
      <WhenLoaded query={app}>
        {(data) =>
          data.type === 'SAML' ? (
            <ToSamlPage id={data.id} />
          ) : (
            <Page
              title={data.name}
              intro={[
                t(typeKey(data.type)),
                data.isThirdParty ? t('applications.thirdParty') : '',
                frameworkOf(data).name,
                data.description,
              ]
                .filter(Boolean)
                .join(' · ')}
            >
              <RecordTabs
                label={t('applications.sections', { name: data.name })}
                tabs={[
                  { id: 'guide', title: t('applications.tab.guide'), content: <Guide app={data} /> },
                  {
                    id: 'settings',
                    title: t('applications.tab.settings'),
                    content: <ApplicationSettings app={data} />,
                  },
                  {
                    id: 'credentials',
                    title: t('applications.tab.credentials'),
                    content: <ApplicationCredentials app={data} />,
                  },
                  ...(data.isThirdParty ? thirdPartyTabs(data, t) : []),
                  // Users sign in to every type but machine-to-machine.
                  ...(data.type === 'MachineToMachine'
                    ? []
                    : [
                        {
                          id: 'access',
                          title: t('applications.tab.access'),
                          content: <ApplicationAccessControl app={data} />,
                        },
                      ]),
                ]}
              />
            </Page>
          )
        }
      </WhenLoaded>
    </>
  );
}
