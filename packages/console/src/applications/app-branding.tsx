import { applicationSignInExperienceBody } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { WhenLoaded } from '../authorization/shared/record-query';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/text-field';
import type { Application } from './app-queries';
import { useAppSignInExperience } from './consent-queries';

const fields = [
  ['displayName', 'displayName'],
  ['logoUrl', 'branding.logoUrl'],
  ['darkLogoUrl', 'branding.darkLogoUrl'],
  ['primaryColor', 'color.primaryColor'],
  ['darkPrimaryColor', 'color.darkPrimaryColor'],
  ['termsOfUseUrl', 'termsOfUseUrl'],
  ['privacyPolicyUrl', 'privacyPolicyUrl'],
] as const;
type Field = (typeof fields)[number][0];
type Draft = Record<Field, string>;

type Saved = NonNullable<ReturnType<typeof useAppSignInExperience>['data']>;
const draftOf = (saved: Saved | null): Draft => ({
  displayName: saved?.displayName ?? '',
  logoUrl: saved?.branding.logoUrl ?? '',
  darkLogoUrl: saved?.branding.darkLogoUrl ?? '',
  primaryColor: saved?.color.primaryColor ?? '',
  darkPrimaryColor: saved?.color.darkPrimaryColor ?? '',
  termsOfUseUrl: saved?.termsOfUseUrl ?? '',
  privacyPolicyUrl: saved?.privacyPolicyUrl ?? '',
});

/** Only the values given: an empty field is left out (or cleared, for the links). */
const given = <T extends Record<string, string>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as Partial<T>;

function BrandingForm({ app, saved }: { app: Application; saved: Saved | null }) {
  const { t } = useI18n();
  const reason = useWriteReason('PUT', '/api/applications/{applicationId}/sign-in-experience');
  const [draft, setDraft] = useState(() => draftOf(saved));
  const form = useForm(applicationSignInExperienceBody);
  const trimmed = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim()])) as Draft;
  const body = {
    displayName: trimmed.displayName || null,
    branding: given({ logoUrl: trimmed.logoUrl, darkLogoUrl: trimmed.darkLogoUrl }),
    color: given({ primaryColor: trimmed.primaryColor, darkPrimaryColor: trimmed.darkPrimaryColor }),
    termsOfUseUrl: trimmed.termsOfUseUrl || null,
    privacyPolicyUrl: trimmed.privacyPolicyUrl || null,
  };
  return (
    <SettingsForm
      disabledReason={reason}
      doneMessage={t('applications.branding.saved')}
      onSubmit={() =>
        form.submit(body, (valid) =>
          unwrap(
            api.PUT('/api/applications/{applicationId}/sign-in-experience', {
              params: { path: { applicationId: app.id } },
              body: valid,
            }),
          ),
        )
      }
    >
      {fields.map(([field, path]) => (
        <TextField
          key={field}
          label={t(`applications.branding.${field}` as MessageKey)}
          description={t(`applications.branding.${field}Help` as MessageKey)}
          type={field.endsWith('Url') ? 'url' : 'text'}
          value={draft[field]}
          onChange={(value) => setDraft((old) => ({ ...old, [field]: value }))}
          error={
            form.errors[path] &&
            t(
              field.endsWith('Color')
                ? 'applications.branding.badColor'
                : field === 'displayName'
                  ? 'applications.branding.badName'
                  : 'applications.branding.badUrl',
            )
          }
          isReadOnly={reason !== undefined}
        />
      ))}
    </SettingsForm>
  );
}

/** A third-party app's own name, logos, colours and links on the sign-in and consent pages. */
export function AppBranding({ app }: { app: Application }) {
  const { t } = useI18n();
  const saved = useAppSignInExperience(app.id);
  return (
    <section aria-label={t('applications.tab.branding')}>
      <p className="note">{t('applications.branding.intro')}</p>
      <WhenLoaded query={saved}>{(data) => <BrandingForm app={app} saved={data} />}</WhenLoaded>
    </section>
  );
}
